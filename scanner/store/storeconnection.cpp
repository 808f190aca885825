#include "store/storeconnection.h"

#include "core/logging.h"
#include "core/version.h"
#include "store/storeschema.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>

namespace sslrec {

namespace {

std::atomic<int> g_connectionCounter{0};

constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

Error fileError(const QString &code, const QString &message)
{
    return Error{code, message};
}

Error damaged(const QString &path, const QString &problem)
{
    return fileError(QStringLiteral("store.damaged"),
                     QStringLiteral("the scan file %1 is damaged (%2); it cannot be read safely. Open a backup copy, or scan again")
                         .arg(path, problem));
}

} // namespace

StoreConnection::StoreConnection(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

StoreConnection::~StoreConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error StoreConnection::queryError(const QString &what, const QSqlError &error) const
{
    const int code = primaryCode(error);
    if (code == kSqliteCorrupt || code == kSqliteNotADb)
        return damaged(m_path, QStringLiteral("%1: %2").arg(what, error.databaseText()));
    const QString driverText = error.text();
    return Error{QStringLiteral("store.sql"), QStringLiteral("%1 in the scan file %2 failed: %3").arg(what, m_path, driverText)};
}

Result<std::unique_ptr<StoreConnection>> StoreConnection::open(const QString &path, StoreAccess access)
{
    const QString name = QStringLiteral("sslrec-store-%1").arg(g_connectionCounter.fetch_add(1));
    std::unique_ptr<StoreConnection> c(new StoreConnection(path, name));
    const QFileInfo info(path);
    const bool creating = access == StoreAccess::Create || access == StoreAccess::CreateReplace;

    if (creating) {
        if (info.exists() && access == StoreAccess::Create)
            return Error{QStringLiteral("store.exists"),
                         QStringLiteral("the scan file %1 already exists; choose another name, delete it, or resume it").arg(path)};
        if (info.isDir())
            return Error{QStringLiteral("store.io"), QStringLiteral("%1 is a directory, not a scan file").arg(path)};
        for (const QString &p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            if (QFile::exists(p) && !QFile::remove(p))
                return Error{QStringLiteral("store.io"), QStringLiteral("cannot replace the scan file %1: %2 cannot be deleted").arg(path, p)};
        }
    } else {
        if (!info.exists())
            return Error{QStringLiteral("store.missing"), QStringLiteral("the scan file %1 does not exist; check the path").arg(path)};
        if (info.isDir())
            return Error{QStringLiteral("store.io"), QStringLiteral("%1 is a directory, not a scan file").arg(path)};
        if (Status s = c->checkHeader(); !s)
            return s.error();
    }

    if (Status s = c->connect(access); !s)
        return s.error();
    if (creating) {
        if (Status s = c->prepareForWriting(); !s)
            return s.error();
        if (Status s = migrateScanFile(c->m_db, scanFileMigrations(), kScanFileSchemaVersion); !s)
            return Error{QStringLiteral("store.io"), QStringLiteral("cannot create the scan file %1: %2").arg(path, s.error().message)};
        c->m_schemaVersion = kScanFileSchemaVersion;
        return c;
    }

    if (Status s = c->checkIdentity(); !s)
        return s.error();
    if (c->m_schemaVersion < kScanFileSchemaVersion) {
        // Upgrading writes; a read-only open upgrades through a second,
        // writable connection, then reads the upgraded file.
        if (access == StoreAccess::ReadOnly) {
            auto writable = open(path, StoreAccess::ReadWrite);
            if (!writable)
                return writable.error();
            c->m_schemaVersion = kScanFileSchemaVersion;
        }
    }
    if (Status s = c->checkIntegrity(access == StoreAccess::ReadWrite); !s)
        return s.error();
    if (access == StoreAccess::ReadWrite) {
        if (Status s = c->prepareForWriting(); !s)
            return s.error();
        if (c->m_schemaVersion < kScanFileSchemaVersion) {
            qCInfo(lcStore) << "upgrading" << path << "from schema" << c->m_schemaVersion;
            if (Status s = migrateScanFile(c->m_db, scanFileMigrations(), kScanFileSchemaVersion); !s)
                return Error{QStringLiteral("store.migration"),
                             QStringLiteral("cannot upgrade the scan file %1 from schema %2 to %3: %4; the file was left unchanged")
                                 .arg(path).arg(c->m_schemaVersion).arg(kScanFileSchemaVersion).arg(s.error().message)};
            c->m_schemaVersion = kScanFileSchemaVersion;
        }
    }
    return c;
}

Status StoreConnection::checkHeader() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(QStringLiteral("store.io"), QStringLiteral("cannot read the scan file %1: %2").arg(m_path, f.errorString()));
    const qint64 size = f.size();
    if (size == 0)
        return Status::failure(QStringLiteral("store.empty"),
                               QStringLiteral("the scan file %1 is empty (0 bytes), so it holds no scan; it was probably "
                                              "created by a scan stopped before it wrote anything").arg(m_path));
    const QByteArray header = f.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100) {
        if (magic.startsWith(header.left(16)) && header.size() >= 6)
            return Status::failure(QStringLiteral("store.truncated"),
                                   QStringLiteral("the scan file %1 is truncated: only %2 bytes are left of it; use a complete copy")
                                       .arg(m_path).arg(size));
        return Status::failure(QStringLiteral("store.not-sqlite"),
                               QStringLiteral("%1 is not an sslrec scan file: it is not an SQLite database at all").arg(m_path));
    }
    if (!header.startsWith(magic))
        return Status::failure(QStringLiteral("store.not-sqlite"),
                               QStringLiteral("%1 is not an sslrec scan file: it is not an SQLite database at all").arg(m_path));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Status::failure(QStringLiteral("store.damaged"),
                               QStringLiteral("the scan file %1 is damaged (its header names an impossible page size, %2); "
                                              "it cannot be read safely. Open a backup copy, or scan again").arg(m_path).arg(pageSize));
    const auto truncated = [this, size](qint64 expected) {
        return Status::failure(QStringLiteral("store.truncated"),
                               QStringLiteral("the scan file %1 is truncated: it has %2 bytes where %3 were written; it was cut "
                                              "short (interrupted copy or download, full disk). Use a complete copy")
                                   .arg(m_path).arg(size).arg(expected));
    };
    if (size % pageSize != 0)
        return truncated((size / pageSize + 1) * pageSize);
    // The page count in the header is trustworthy when its "valid for"
    // counter matches; pages still in a -wal file are not in the main file yet.
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    const bool walHasPages = wal.exists() && wal.size() > 0;
    if (pageCount > 0 && changeCounter == validFor && !walHasPages && qint64(pageCount) * pageSize > size)
        return truncated(qint64(pageCount) * pageSize);
    return Ok{};
}

Status StoreConnection::connect(StoreAccess access)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid())
        return Status::failure(QStringLiteral("store.driver"),
                               QStringLiteral("cannot open the scan file %1: Qt's SQLite driver (QSQLITE) is not installed").arg(m_path));
    m_db.setDatabaseName(m_path);
    if (access == StoreAccess::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    else
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return Status::failure(QStringLiteral("store.io"),
                               QStringLiteral("cannot open the scan file %1: %2").arg(m_path, m_db.lastError().text()));
    return Ok{};
}

Status StoreConnection::checkIdentity()
{
    QSqlQuery q(m_db);
    const auto pragma = [&](const QString &name, int *value) -> Status {
        if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) {
            const int code = primaryCode(q.lastError());
            if (code == kSqliteNotADb || code == kSqliteCorrupt)
                return damaged(m_path, QStringLiteral("SQLite cannot read its structure: %1").arg(q.lastError().databaseText()));
            return Status::failure(QStringLiteral("store.io"),
                                   QStringLiteral("cannot read the scan file %1: %2").arg(m_path, q.lastError().text()));
        }
        *value = q.value(0).toInt();
        q.finish();
        return Ok{};
    };
    int applicationId = 0;
    if (Status s = pragma(QStringLiteral("application_id"), &applicationId); !s)
        return s;
    if (Status s = pragma(QStringLiteral("user_version"), &m_schemaVersion); !s)
        return s;

    if (applicationId != kScanFileApplicationId) {
        int tables = 0;
        if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && q.next())
            tables = q.value(0).toInt();
        q.finish();
        if (applicationId == 0 && tables == 0)
            return Status::failure(QStringLiteral("store.foreign"),
                                   QStringLiteral("%1 is not an sslrec scan file: it is an empty SQLite database").arg(m_path));
        return Status::failure(QStringLiteral("store.foreign"),
                               QStringLiteral("%1 is not an sslrec scan file: it is an SQLite database of another application "
                                              "(application id %2, %3 tables)")
                                   .arg(m_path, QStringLiteral("0x%1").arg(quint32(applicationId), 8, 16, QLatin1Char('0')))
                                   .arg(tables));
    }
    if (m_schemaVersion > kScanFileSchemaVersion) {
        QString writer = QStringLiteral("(unknown version)");
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'writer_version'")) && q.next())
            writer = q.value(0).toString();
        q.finish();
        return Status::failure(QStringLiteral("store.too-new"),
                               QStringLiteral("the scan file %1 was written by sslrec %2 (schema %3); this sslrec (%4) reads up to "
                                              "schema %5 — update sslrec to open it")
                                   .arg(m_path, writer).arg(m_schemaVersion).arg(QLatin1String(kVersion)).arg(kScanFileSchemaVersion));
    }
    if (m_schemaVersion < 1)
        return damaged(m_path, QStringLiteral("it carries sslrec's mark but no schema"));
    return Ok{};
}

Status StoreConnection::checkIntegrity(bool full)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        return damaged(m_path, QStringLiteral("its table list cannot be read: %1").arg(q.lastError().databaseText()));
    }
    QSet<QString> present;
    while (q.next())
        present.insert(q.value(0).toString());
    q.finish();
    const QStringList expected = expectedScanFileTables(m_schemaVersion);
    for (const QString &table : expected) {
        if (!present.contains(table))
            return damaged(m_path, QStringLiteral("the table '%1' is missing").arg(table));
    }
    // quick_check walks every page of every b-tree it checks. Body blobs are
    // the bulk of a file and carry their own CRC-32, checked when read, so a
    // read-only open checks every table but them and stays fast for big
    // scans; a file about to be written to is checked whole.
    QStringList checks;
    if (full) {
        checks << QStringLiteral("PRAGMA quick_check");
    } else {
        for (const QString &table : expected) {
            if (table != QLatin1String("bodies"))
                checks << QStringLiteral("PRAGMA quick_check('%1')").arg(table);
        }
    }
    QStringList problems;
    for (const QString &check : std::as_const(checks)) {
        if (!q.exec(check))
            return damaged(m_path, q.lastError().databaseText());
        while (q.next() && problems.size() < 3) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        q.finish();
        if (!problems.isEmpty())
            return damaged(m_path, problems.join(QStringLiteral("; ")));
    }
    return Ok{};
}

Status StoreConnection::prepareForWriting()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Status::failure(QStringLiteral("store.io"),
                               QStringLiteral("cannot switch the scan file %1 to write-ahead logging: %2; the file system may not "
                                              "support it (network share?)").arg(m_path, q.lastError().text()));
    q.finish();
    for (const char *pragma : {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (Status s = execSql(m_db, QString::fromLatin1(pragma)); !s)
            return Status::failure(QStringLiteral("store.io"), QStringLiteral("cannot prepare the scan file %1: %2").arg(m_path, s.error().message));
    }
    return Ok{};
}

} // namespace sslrec
