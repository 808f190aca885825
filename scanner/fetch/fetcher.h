#pragma once

#include "fetch/fetchtypes.h"

#include <QHash>
#include <QObject>

#include <cstddef>
#include <deque>
#include <memory>

class QTimer;

namespace sslrec {

/// The one owner of the scan's network access, on libcurl's multi
/// interface driven by this object's thread's event loop (no network thread
/// of its own). GET only, no cookies, no cache, redirects returned rather
/// than followed, bodies capped, every failure classified. Requests wait in a
/// queue per (host, scheme) that runs at most `concurrency` of them at once,
/// optionally spaced by a delay, so a slow origin never holds up the others.
///
/// A pinned address (--resolve) is reached with curl's connect-to: the URL,
/// the Host header (HTTP/2 :authority) and the TLS peer name (SNI) stay the
/// hostname, and curl reuses a connection only for the same hostname, so two
/// hostnames pinned to one address never share a connection.
///
/// Why libcurl and not QNetworkAccessManager: docs/dependencies.md.
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
    void abortWith(Active *active, FetchError error, const QString &message);
    void finish(Active *active, int curlCode);
    void checkTimeouts();
    // libcurl's side: sockets and its timer on this thread's event loop.
    struct Curl;
    static std::size_t onHeaderLine(char *data, std::size_t size, std::size_t count, void *active);
    static std::size_t onBodyBytes(char *data, std::size_t size, std::size_t count, void *active);
    void driveCurl(qintptr socket, int events);
    void collectFinished();

    FetchOptions m_options;
    std::unique_ptr<Curl> m_curl; // the multi handle, its sockets and timer
    QHash<QString, HostQueue> m_queues;
    QHash<void *, std::shared_ptr<Active>> m_active; // by curl easy handle
    QTimer *m_timeouts = nullptr; // runs while requests are active: checkTimeouts()
    int m_concurrency = 4;
    int m_delayMs = 0;
    bool m_paused = false;
    quint64 m_nextId = 1;
    quint64 m_started = 0;
};

} // namespace sslrec
