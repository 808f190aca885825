#pragma once

#include "crawl/trapguard.h"
#include "scan/frontier.h"
#include "scan/pageanalysis.h"
#include "scan/pairwork.h"
#include "scan/scanresult.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace sslrec {

class Fetcher;

/// Scans one origin (hostname): robots.txt on both schemes, sitemaps, the
/// crawl, every sampled page over HTTP and HTTPS, the comparisons, the TLS
/// probe, and finally the verdict. Lives in the engine's thread; the CPU
/// work (comparison, TLS validation) runs on the thread pool.
class OriginScan : public QObject
{
    Q_OBJECT

public:
    OriginScan(const ScanSettings &settings, const QString &host, Fetcher *fetcher, QObject *parent = nullptr);
    ~OriginScan() override;

    const QString &host() const { return m_result.host; }
    const OriginProgress &progress() const { return m_result.progress; }
    bool isFinished() const { return m_phase == Phase::Done; }
    /// Pages still to fetch or compare, for the ETA.
    int remainingPages() const;

    void start();
    /// Stops fetching; the origin finishes with what it has.
    void cancel();
    /// A URL of this origin found elsewhere (another origin's links).
    void addCandidate(const QString &pathAndQuery, PageSource source);
    /// Before start(): pages completed by an earlier run of this scan (resume)
    /// and the URLs it had discovered; the pages are not fetched again.
    void restore(const QList<PagePair> &pages, const QStringList &discovered);
    /// Seed and access-log paths, used only when the crawl finds too few.
    void setFallbackPaths(const QList<QPair<QString, PageSource>> &paths);

signals:
    void pageDiscovered(const QString &host, const QString &pathAndQuery, sslrec::PageSource source);
    void pageStateChanged(const QString &host, const QString &pathAndQuery, sslrec::PageState state);
    void pagePairCompleted(const sslrec::PagePair &pair);
    void crossOriginLink(const QUrl &url, sslrec::PageSource source);
    void tlsReportReady(const QString &host, const sslrec::TlsReport &report);
    void finished(const sslrec::OriginResult &result);

private:
    enum class Phase { Idle, Resolving, Robots, Crawling, Done };
    enum class Purpose { RobotsHttp, RobotsHttps, Sitemap, PageHttp, PageHttps, Refetch };
    struct Ticket
    {
        Purpose purpose;
        QString key; // path and query, or the sitemap URL
    };
    struct ActivePair
    {
        PagePair pair;
        bool httpDone = false;
        bool httpsDone = false;
        bool harvested = false; // links were read (or skipped) once; a re-fetch does not read them again
        FetchResult refetch;
    };

    void resolved(const QList<QHostAddress> &addresses, const QString &error);
    void begin();
    void startTlsProbe();
    quint64 fetch(Scheme scheme, const QString &pathAndQuery, Purpose purpose, const QString &key);
    void onFetched(quint64 id, const FetchResult &result);
    void onRobotsFetched();
    void onSitemapFetched(const QString &url, const FetchResult &result);
    void onPageFetched(Purpose purpose, const QString &path, const FetchResult &result);
    void pump();
    void startPair(const Frontier::Candidate &candidate);
    void considerRedirects(const PagePair &pair);
    void considerUrl(const QUrl &url, PageSource source);
    void considerLink(const PageLink &link, PageSource source);
    void judge(const QString &path);
    void onJudged(const QString &path, const PairJudgement &judgement);
    void completePair(const QString &path);
    void maybeFinish();
    void finish();
    OriginEvidence buildEvidence() const;
    bool tryBlockedVerdict(const PagePair &pair);

    ScanSettings m_settings;
    Fetcher *m_fetcher;
    Phase m_phase = Phase::Idle;
    OriginResult m_result;
    QHostAddress m_address;
    Frontier m_frontier;
    std::shared_ptr<const RobotsRules> m_robots;
    FetchResult m_robotsHttp;
    FetchResult m_robotsHttps;
    int m_robotsPending = 0;
    QHash<quint64, Ticket> m_tickets;
    QHash<QString, ActivePair> m_active;
    QSet<QString> m_sitemapsSeen;
    int m_sitemapsPending = 0;
    int m_judgesPending = 0;
    bool m_tlsDone = false;
    bool m_cancelled = false;
    bool m_fallbackUsed = false;
    int m_disallowed = 0;
    TrapGuard m_traps;
    QHash<TrapVerdict, int> m_trapped;
    int m_overflow = 0;
    QList<QPair<QString, PageSource>> m_fallback;
    QFutureWatcher<TlsReport> *m_tlsWatcher = nullptr;
};

} // namespace sslrec
