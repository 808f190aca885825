#pragma once

#include "core/result.h"
#include "scan/scanresult.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

namespace sslrec {

class StoreConnection;

/// The two bodies of one stored page pair, exactly as fetched (after
/// content decoding, up to the body cap).
struct StoredBodies
{
    QByteArray http;  ///< body of the HTTP response
    QByteArray https; ///< body of the HTTPS response
};

/// What `sslrec-cli scan --resume` needs to continue a stored scan.
struct ResumeState
{
    ScanSettings settings;  ///< the settings the scan was started with
    ScanResult partial;     ///< every stored origin with its stored pages (no bodies); progress.finished marks complete origins
    QHash<QString, QStringList> discovered; ///< host -> discovered paths not fetched yet, in discovery order (incomplete origins only)
    bool complete = false;  ///< the scan had finished without being cancelled: nothing is left to do
};

/// Reads a scan file (written by ScanStore) without the network: the whole
/// result without bodies, and bodies one page at a time. Opening checks the
/// file (see StoreConnection) and never writes to it, except to upgrade a
/// file of an older schema. Use an instance from one thread only.
class ScanFile
{
public:
    ~ScanFile();
    ScanFile(const ScanFile &) = delete;
    ScanFile &operator=(const ScanFile &) = delete;

    /// Opens \a path read-only. The error names the file and the problem:
    /// store.missing, store.empty, store.not-sqlite, store.truncated,
    /// store.foreign, store.damaged, store.too-new, store.io.
    static Result<std::unique_ptr<ScanFile>> open(const QString &path);

    const QString &path() const;
    /// The schema version of the file (after any upgrade).
    int schemaVersion() const;

    /// The stored scan, origins in discovery order, pages in completion
    /// order, bodies left out. Origins the scan had not finished get
    /// progress.finished = false and no recommendation.
    Result<ScanResult> result();
    /// The bodies of one page pair; "store.not-found" when it is not stored.
    Result<StoredBodies> bodies(const QString &host, const QString &pathAndQuery);
    /// The state to continue the scan from.
    Result<ResumeState> resumeState();

    /// One-shot forms of the above.
    static Result<ScanResult> load(const QString &path);
    static Result<StoredBodies> loadBodies(const QString &path, const QString &host, const QString &pathAndQuery);
    static Result<ResumeState> loadForResume(const QString &path);

private:
    explicit ScanFile(std::unique_ptr<StoreConnection> connection);
    Result<ScanResult> read(bool forResume);

    std::unique_ptr<StoreConnection> m_connection;
};

} // namespace sslrec
