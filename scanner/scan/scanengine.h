#pragma once

#include "crawl/scope.h"
#include "scan/scanresult.h"
#include "scan/scansettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

class QTimer;

namespace sslrec {

class Fetcher;
class OriginScan;

/// Runs one scan: finds the domain's origins, scans each (OriginScan) in
/// parallel over one Fetcher, and reports as it goes. It is a plain QObject
/// with no thread of its own: the CLI runs it on the main thread, the GUI
/// moves it to a worker thread (ScanThread) and listens to its signals, which
/// carry plain values only. Many engines may run in one process.
class ScanEngine : public QObject
{
    Q_OBJECT

public:
    explicit ScanEngine(ScanSettings settings, QObject *parent = nullptr);
    ~ScanEngine() override;

    const ScanSettings &settings() const { return m_result.settings; }
    /// The result so far; complete once finished() was emitted.
    const ScanResult &result() const { return m_result; }
    ScanProgress progress() const;
    bool isRunning() const { return m_running; }

    /// Before start(): continue an interrupted scan. Origins that had their
    /// verdict are kept as they are; the others keep their completed pages
    /// (never fetched again) and re-queue the URLs they had discovered.
    void restore(const ScanResult &partial, const QHash<QString, QStringList> &discovered);

public slots:
    void start();
    void pause();
    void resume();
    /// Stops the scan; each origin gets a verdict from what it has.
    void cancel();

signals:
    void originAdded(const QString &host);
    void pageDiscovered(const QString &host, const QString &pathAndQuery, sslrec::PageSource source);
    void pageStateChanged(const QString &host, const QString &pathAndQuery, sslrec::PageState state);
    /// With both bodies; they are dropped from memory after this signal.
    void pagePairCompleted(const sslrec::PagePair &pair);
    void tlsReportReady(const QString &host, const sslrec::TlsReport &report);
    void originFinished(const sslrec::OriginResult &result);
    void progressChanged(const sslrec::ScanProgress &progress);
    void finished(const sslrec::ScanResult &result);

private:
    OriginScan *addOrigin(const QString &host);
    bool inScope(const QString &host) const;
    void onCrossOriginLink(const QUrl &url, PageSource source);
    void onOriginFinished(const OriginResult &result);
    void loadFallbackPaths();
    void tick();
    void finishIfDone();

    ScanResult m_result;
    Scope m_scope;
    Fetcher *m_fetcher = nullptr;
    QList<OriginScan *> m_origins;
    QHash<QString, OriginScan *> m_byHost;
    QList<QPair<QString, PageSource>> m_fallbackPaths;     // paths for the domain's own origins
    QHash<QString, QList<QPair<QString, PageSource>>> m_fallbackByHost; // absolute URLs by host
    ScanResult m_restored;
    QHash<QString, QStringList> m_restoredDiscovered;
    QSet<QString> m_restoredFinished;
    QTimer *m_ticker = nullptr;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    std::deque<QPair<qint64, quint64>> m_rateSamples; // (ms, requests sent)
    bool m_running = false;
    bool m_cancelled = false;
    int m_originsFinished = 0;
    int m_pendingLookups = 0;
    bool m_originCapNoted = false;
};

} // namespace sslrec
