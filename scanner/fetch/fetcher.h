#pragma once

#include "fetch/fetchtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <deque>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sslrec {

/// The one owner of the scan's network access (two QNetworkAccessManagers:
/// one for hosts reached by name, one for pinned addresses). GET only, no cookies,
/// no cache, redirects returned rather than followed, bodies capped, every
/// failure classified. Requests wait in a queue per (host, scheme) that runs
/// at most `concurrency` of them at once, optionally spaced by a delay, so a
/// slow origin never holds up the others.
///
/// A pinned address (--resolve) is reached by putting the address in the URL
/// while the Host header and the TLS peer name (SNI) stay the hostname; Qt
/// keys its connection cache by the peer name too, so two hostnames pinned
/// to one address never share a connection.
class Fetcher : public QObject
{
    Q_OBJECT

public:
    explicit Fetcher(FetchOptions options, QObject *parent = nullptr);
    ~Fetcher() override;

    /// Parallel requests per (host, scheme); at least 1.
    void setConcurrency(int perHostAndScheme);
    /// Pause between two request starts on one (host, scheme).
    void setDelay(int milliseconds);
    const FetchOptions &options() const { return m_options; }

    /// Queues a GET; finished(id, result) follows exactly once.
    quint64 enqueue(const FetchRequest &request);
    /// Stops starting queued requests (running ones complete).
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    /// Aborts everything; each pending request finishes with FetchError::Cancelled.
    void cancelAll();

    int queuedCount() const;
    int runningCount() const { return int(m_active.size()); }
    /// Requests sent since construction (for requests/second).
    quint64 startedCount() const { return m_started; }

signals:
    void finished(quint64 id, const sslrec::FetchResult &result);

private:
    struct Pending
    {
        quint64 id;
        FetchRequest request;
    };
    struct HostQueue
    {
        std::deque<Pending> waiting;
        int running = 0;
        qint64 lastStartMs = -1;
        bool delayTimerArmed = false;
    };
    struct Active;

    static QString queueKey(const FetchRequest &request);
    void pump(const QString &key);
    void start(const QString &key, Pending pending);
    void onReadyRead(Active *active);
    void onMetaData(Active *active);
    void onReplyFinished(Active *active);
    void abortWith(Active *active, FetchError error, const QString &message);
    void complete(Active *active, FetchResult result);
    void checkTimeouts();

    FetchOptions m_options;
    QNetworkAccessManager *m_nam = nullptr;    // hosts by name: HTTP/2, proxies
    QNetworkAccessManager *m_direct = nullptr; // pinned addresses: direct, HTTP/1.1
    QHash<QString, HostQueue> m_queues;
    QHash<QNetworkReply *, std::shared_ptr<Active>> m_active;
    QTimer *m_timeouts = nullptr; // runs while requests are active: checkTimeouts()
    QSslConfiguration m_tls;      // every HTTPS request's: built once, shared
    int m_concurrency = 4;
    int m_delayMs = 0;
    bool m_paused = false;
    quint64 m_nextId = 1;
    quint64 m_started = 0;
};

} // namespace sslrec
