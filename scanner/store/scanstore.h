#pragma once

#include "core/result.h"
#include "scan/scanresult.h"
#include "store/encodingqueue.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace sslrec {

class ScanEngine;
class StoreConnection;
class StoreStatements;

/// Writes a scan to its `.sslrec` file (an SQLite database, see
/// docs/scan-file-format.md) while it runs: origins, discovered URLs, every
/// page pair with both responses and bodies, TLS reports and verdicts.
///
/// Writes are batched: a transaction is committed after maxPairs page pairs
/// or maxDelayMs, whichever comes first, and when the scan finishes or the
/// store is destroyed. The file uses write-ahead logging, so a process killed
/// at any moment loses at most the batch in flight; pairsCommitted() says
/// what is safe.
///
/// Create the store in the thread the engine lives in (it talks to SQLite
/// from that thread only) and attach() it before ScanEngine::start().
class ScanStore : public QObject
{
    Q_OBJECT

public:
    /// When to commit. Lower values lose less on a crash and cost more fsyncs.
    struct CommitPolicy
    {
        int maxPairs = 50;     ///< commit once this many page pairs are pending
        int maxDelayMs = 250;  ///< commit at most this long after the first pending write
    };

    /// A new scan file at \a path; fails when it exists unless \a replace.
    static Result<std::unique_ptr<ScanStore>> create(const QString &path, bool replace = false);
    /// An existing scan file, checked and upgraded, to continue (resume) a scan in it.
    static Result<std::unique_ptr<ScanStore>> openForAppend(const QString &path);

    ~ScanStore() override;

    const QString &path() const;
    void setCommitPolicy(CommitPolicy policy);

    /// Records everything \a engine reports from now on (direct connections:
    /// the engine must live in this store's thread).
    void attach(ScanEngine *engine);

    /// Commits what is pending now.
    Status flush();
    /// Page pairs this store has committed so far (this run only).
    int committedPairs() const { return m_committedPairs; }
    /// True after a write failed; nothing more is written then.
    bool hasFailed() const { return m_failed; }

    // What attach() connects to the engine's signals; callable directly to
    // write a scan that did not come from a live engine (imports, tests).
    void recordScanStarted(const ScanSettings &settings, const QString &toolVersion);
    void recordOrigin(const QString &host);
    void recordDiscovered(const QString &host, const QString &pathAndQuery, sslrec::PageSource source);
    void recordPagePair(const sslrec::PagePair &pair);
    void recordTlsReport(const QString &host, const sslrec::TlsReport &report);
    void recordOriginFinished(const sslrec::OriginResult &result);
    void recordScanFinished(const sslrec::ScanResult &result);

signals:
    /// A batch reached the disk: \a count page pairs of this run are now
    /// committed (cumulative), and survive a crash.
    void pairsCommitted(int count);
    /// Writing failed (disk full, file removed, ...); the scan goes on
    /// without being stored. \a message names the file and the reason.
    void failed(const QString &message);

private:
    explicit ScanStore(std::unique_ptr<StoreConnection> connection, QObject *parent = nullptr);
    bool begin();
    void commit();
    void afterWrite();
    void fail(const QString &what, const QString &driverText);
    qint64 originId(const QString &host);
    void writeEncoded(bool wait);
    void writePagePair(const EncodingQueue::Encoded &encoded);

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<StoreStatements> m_sql; // prepared statements; destroyed before the connection
    std::unique_ptr<EncodingQueue> m_encoding; // pairs whose bodies the pool compresses, in arrival order
    QPointer<ScanEngine> m_engine;
    QTimer *m_commitTimer = nullptr;
    CommitPolicy m_policy;
    QHash<QString, qint64> m_originIds;
    qint64 m_runId = 0;
    bool m_inTransaction = false;
    bool m_failed = false;
    int m_pendingPairs = 0;
    int m_committedPairs = 0;
};

} // namespace sslrec
