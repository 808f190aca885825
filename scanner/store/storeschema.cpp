#include "store/storeschema.h"

#include "core/logging.h"
#include "core/version.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sslrec {

namespace {

// Schema 1. Times are milliseconds since the Unix epoch (UTC); JSON columns
// hold the structs the scanner's JSON export documents. The layout is
// described for people in docs/scan-file-format.md: keep both in step.
const char *const kSchemaV1[] = {
    // Frozen across all versions: older readers read `writer_version` from
    // here to say which sslrec a too-new file needs.
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) WITHOUT ROWID)",
    R"(CREATE TABLE scan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        domain TEXT NOT NULL DEFAULT '',
        settings_json TEXT NOT NULL DEFAULT '{}',
        tool_version TEXT NOT NULL DEFAULT '',
        started_at INTEGER,
        finished_at INTEGER,
        cancelled INTEGER NOT NULL DEFAULT 0,
        notes_json TEXT NOT NULL DEFAULT '[]'
    ))",
    R"(CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        tool_version TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        cancelled INTEGER,
        pairs_written INTEGER NOT NULL DEFAULT 0
    ))",
    R"(CREATE TABLE origins (
        id INTEGER PRIMARY KEY,
        host TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL,
        added_at INTEGER,
        finished INTEGER NOT NULL DEFAULT 0,
        finished_at INTEGER,
        recommended_mode TEXT,
        addresses_json TEXT NOT NULL DEFAULT '[]',
        pinned INTEGER NOT NULL DEFAULT 0,
        robots_json TEXT NOT NULL DEFAULT '[]',
        evidence_json TEXT,
        verdict_json TEXT,
        progress_json TEXT,
        tls_json TEXT
    ))",
    R"(CREATE TABLE certificates (
        origin_id INTEGER NOT NULL REFERENCES origins(id) ON DELETE CASCADE,
        chain_index INTEGER NOT NULL,
        subject TEXT NOT NULL,
        issuer TEXT NOT NULL,
        not_before INTEGER,
        not_after INTEGER,
        sha256_fingerprint TEXT NOT NULL,
        pem TEXT NOT NULL,
        PRIMARY KEY (origin_id, chain_index)
    ) WITHOUT ROWID)",
    R"(CREATE TABLE discovered (
        id INTEGER PRIMARY KEY,
        origin_id INTEGER NOT NULL REFERENCES origins(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        source TEXT NOT NULL,
        discovered_at INTEGER NOT NULL,
        UNIQUE (origin_id, path)
    ))",
    R"(CREATE TABLE pages (
        id INTEGER PRIMARY KEY,
        origin_id INTEGER NOT NULL REFERENCES origins(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        source TEXT NOT NULL,
        verdict TEXT NOT NULL,
        score REAL NOT NULL,
        reason TEXT NOT NULL,
        reason_code TEXT NOT NULL,
        title TEXT NOT NULL,
        http_refetched INTEGER NOT NULL,
        noise_score REAL NOT NULL,
        completed_at INTEGER NOT NULL,
        UNIQUE (origin_id, path)
    ))",
    R"(CREATE TABLE responses (
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        scheme TEXT NOT NULL CHECK (scheme IN ('http', 'https')),
        url TEXT NOT NULL,
        error TEXT NOT NULL,
        error_message TEXT NOT NULL,
        status INTEGER NOT NULL,
        reason_phrase BLOB NOT NULL,
        headers BLOB NOT NULL,
        content_type TEXT NOT NULL,
        redirect_target TEXT NOT NULL,
        body_bytes INTEGER NOT NULL,
        truncated INTEGER NOT NULL,
        http2 INTEGER NOT NULL,
        peer_address TEXT NOT NULL,
        started_at INTEGER,
        elapsed_ms INTEGER NOT NULL,
        PRIMARY KEY (page_id, scheme)
    ) WITHOUT ROWID)",
    // A rowid table: SQLite advises against WITHOUT ROWID for large rows.
    R"(CREATE TABLE bodies (
        id INTEGER PRIMARY KEY,
        page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
        scheme TEXT NOT NULL CHECK (scheme IN ('http', 'https')),
        size INTEGER NOT NULL,
        crc32 INTEGER NOT NULL,
        data BLOB NOT NULL,
        UNIQUE (page_id, scheme)
    ))",
};

Status createV1(QSqlDatabase &db)
{
    for (const char *sql : kSchemaV1) {
        if (Status s = execSql(db, QString::fromLatin1(sql)); !s)
            return s;
    }
    if (Status s = execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(kScanFileApplicationId)); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('format', 'sslrec-scan'), ('created_by', ?), ('created_at', ?)"));
    q.addBindValue(QString::fromLatin1(kVersion));
    q.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
    if (!q.exec())
        return Status::failure(QStringLiteral("store.write"), q.lastError().text());
    return execSql(db, QStringLiteral("INSERT INTO scan (id) VALUES (1)"));
}

} // namespace

Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Status::failure(QStringLiteral("store.sql"),
                               QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(80)));
    return Ok{};
}

const QList<SchemaMigration> &scanFileMigrations()
{
    // To add schema 2: bump kScanFileSchemaVersion, append {2, "...", &migrateV1ToV2}
    // and extend expectedScanFileTables(); never edit a shipped step.
    static const QList<SchemaMigration> migrations = {
        {1, QStringLiteral("create the scan file tables"), &createV1},
    };
    return migrations;
}

QStringList expectedScanFileTables(int version)
{
    QStringList tables;
    if (version >= 1) {
        tables << QStringLiteral("meta") << QStringLiteral("scan") << QStringLiteral("runs") << QStringLiteral("origins")
               << QStringLiteral("certificates") << QStringLiteral("discovered") << QStringLiteral("pages")
               << QStringLiteral("responses") << QStringLiteral("bodies");
    }
    return tables;
}

Status migrateScanFile(QSqlDatabase &db, const QList<SchemaMigration> &migrations, int targetVersion)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Status::failure(QStringLiteral("store.sql"), q.lastError().text());
    const int from = q.value(0).toInt();
    q.finish();
    if (from >= targetVersion)
        return Ok{};
    if (!db.transaction())
        return Status::failure(QStringLiteral("store.sql"), db.lastError().text());
    auto fail = [&db](const QString &message) {
        db.rollback();
        return Status::failure(QStringLiteral("store.migration"), message);
    };
    for (int version = from + 1; version <= targetVersion; ++version) {
        auto step = std::find_if(migrations.cbegin(), migrations.cend(),
                                 [version](const SchemaMigration &m) { return m.toVersion == version; });
        if (step == migrations.cend() || !step->apply)
            return fail(QStringLiteral("no migration step to schema %1").arg(version));
        qCInfo(lcStore) << "scan file schema" << version - 1 << "->" << version << step->description;
        if (Status s = step->apply(db); !s)
            return fail(QStringLiteral("upgrading to schema %1 (%2) failed: %3").arg(version).arg(step->description, s.error().message));
    }
    if (Status s = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(targetVersion)); !s)
        return fail(s.error().message);
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('writer_version', ?)"));
    meta.addBindValue(QString::fromLatin1(kVersion));
    if (!meta.exec())
        return fail(meta.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return Ok{};
}

} // namespace sslrec
