#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace sslrec {

/// How a scan file is opened.
enum class StoreAccess {
    Create,        ///< a new file; fails when \a path exists
    CreateReplace, ///< a new file; an existing one (and its -wal/-shm) is replaced
    ReadWrite,     ///< an existing file, to append to (resume)
    ReadOnly,      ///< an existing file, never written (an older schema is still upgraded in place)
};

/// One SQLite connection to one scan file, checked on open: the file exists,
/// is SQLite, is whole, carries sslrec's application id, has a schema this
/// build reads (older ones are migrated) and passes `PRAGMA quick_check`.
/// Each instance has its own Qt connection name, so many can be open in one
/// process; like every QSqlDatabase it must only be used in the thread that
/// opened it. Internal to scanner/store.
class StoreConnection
{
public:
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    static Result<std::unique_ptr<StoreConnection>> open(const QString &path, StoreAccess access);

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    /// The error for a failed query: "store.damaged" when SQLite found the
    /// file corrupt, else "store.sql" naming \a what and the driver's reason.
    Error queryError(const QString &what, const QSqlError &error) const;

private:
    StoreConnection(QString path, QString connectionName);
    Status connect(StoreAccess access);
    Status checkHeader() const;
    Status checkIdentity();
    Status checkIntegrity(bool full);
    Status prepareForWriting();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace sslrec
