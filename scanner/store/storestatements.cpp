#include "store/storestatements.h"

namespace sslrec {

StoreStatements::StoreStatements(QSqlDatabase &db)
    : originInsert(db), originSelect(db), discoveredInsert(db), pageDelete(db), pageInsert(db), responseInsert(db),
      bodyInsert(db), tlsUpdate(db), certDelete(db), certInsert(db), originFinish(db)
{
}

bool StoreStatements::prepare()
{
    return originInsert.prepare(QStringLiteral(
               "INSERT OR IGNORE INTO origins (host, position, added_at) "
               "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM origins), ?)"))
        && originSelect.prepare(QStringLiteral("SELECT id FROM origins WHERE host = ?"))
        && discoveredInsert.prepare(QStringLiteral(
               "INSERT OR IGNORE INTO discovered (origin_id, path, source, discovered_at) VALUES (?, ?, ?, ?)"))
        && pageDelete.prepare(QStringLiteral("DELETE FROM pages WHERE origin_id = ? AND path = ?"))
        && pageInsert.prepare(QStringLiteral(
               "INSERT INTO pages (origin_id, path, source, verdict, score, reason, reason_code, title, http_refetched, "
               "noise_score, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && responseInsert.prepare(QStringLiteral(
               "INSERT INTO responses (page_id, scheme, url, error, error_message, status, reason_phrase, headers, "
               "content_type, redirect_target, body_bytes, truncated, http2, peer_address, started_at, elapsed_ms) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && bodyInsert.prepare(QStringLiteral("INSERT INTO bodies (page_id, scheme, size, crc32, data) VALUES (?, ?, ?, ?, ?)"))
        && tlsUpdate.prepare(QStringLiteral("UPDATE origins SET tls_json = ? WHERE id = ?"))
        && certDelete.prepare(QStringLiteral("DELETE FROM certificates WHERE origin_id = ?"))
        && certInsert.prepare(QStringLiteral(
               "INSERT INTO certificates (origin_id, chain_index, subject, issuer, not_before, not_after, "
               "sha256_fingerprint, pem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))
        && originFinish.prepare(QStringLiteral(
               "UPDATE origins SET finished = 1, finished_at = ?, recommended_mode = ?, addresses_json = ?, pinned = ?, "
               "robots_json = ?, evidence_json = ?, verdict_json = ?, progress_json = ?, tls_json = ? WHERE id = ?"));
}

} // namespace sslrec
