#pragma once

#include "core/result.h"

#include <QByteArray>

namespace sslrec {

/// A response body as the scan file keeps it (the layout of SQLite's sqlar
/// archives, so `sqlar_uncompress(data, size)` reads it in the sqlite3 shell).
struct StoredBody
{
    qint64 size = 0;     ///< length of the original body
    quint32 crc32 = 0;   ///< CRC-32 of the original body
    QByteArray data;     ///< zlib stream, or the body itself when compressing does not make it smaller
};

/// Compresses \a body with zlib when that saves space.
StoredBody encodeBody(const QByteArray &body);
/// The original bytes; fails ("store.damaged") when data, size and CRC disagree.
Result<QByteArray> decodeBody(const StoredBody &stored);

} // namespace sslrec
