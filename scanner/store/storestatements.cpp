#include "store/storestatements.h"

#include <QSqlError>

namespace sslrec {

StoreStatements::StoreStatements(QSqlDatabase &db)
    : originInsert(db), originSelect(db), tlsUpdate(db), certDelete(db), certInsert(db), originFinish(db), m_db(db)
{
}

bool StoreStatements::prepare()
{
    return originInsert.prepare(QStringLiteral(
               "INSERT OR IGNORE INTO origins (host, position, added_at) "
               "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM origins), ?)"))
        && originSelect.prepare(QStringLiteral("SELECT id FROM origins WHERE host = ?"))
        && discoveredInsert.prepare(
            m_db, "INSERT OR IGNORE INTO discovered (origin_id, path, source, discovered_at) VALUES (?, ?, ?, ?)")
        && pageDelete.prepare(m_db, "DELETE FROM pages WHERE origin_id = ? AND path = ?")
        && pageInsert.prepare(m_db,
                              "INSERT INTO pages (origin_id, path, source, verdict, score, reason, reason_code, title, "
                              "http_refetched, noise_score, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        && responseInsert.prepare(m_db,
                                  "INSERT INTO responses (page_id, scheme, url, error, error_message, status, reason_phrase, "
                                  "headers, content_type, redirect_target, body_bytes, truncated, http2, peer_address, "
                                  "started_at, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        && bodyInsert.prepare(m_db, "INSERT INTO bodies (page_id, scheme, size, crc32, data) VALUES (?, ?, ?, ?, ?)")
        && tlsUpdate.prepare(QStringLiteral("UPDATE origins SET tls_json = ? WHERE id = ?"))
        && certDelete.prepare(QStringLiteral("DELETE FROM certificates WHERE origin_id = ?"))
        && certInsert.prepare(QStringLiteral(
               "INSERT INTO certificates (origin_id, chain_index, subject, issuer, not_before, not_after, "
               "sha256_fingerprint, pem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        && originFinish.prepare(QStringLiteral(
               "UPDATE origins SET finished = 1, finished_at = ?, recommended_mode = ?, addresses_json = ?, pinned = ?, "
               "robots_json = ?, evidence_json = ?, verdict_json = ?, progress_json = ?, tls_json = ? WHERE id = ?"));
}

QString StoreStatements::error() const
{
    for (const SqliteStatement *statement : {&discoveredInsert, &pageDelete, &pageInsert, &responseInsert, &bodyInsert}) {
        if (!statement->error().isEmpty())
            return statement->error();
    }
    return m_db.lastError().text();
}

} // namespace sslrec
