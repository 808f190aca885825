#include "store/bodycodec.h"

#include <zlib.h>

namespace sslrec {

namespace {

// Compression runs on the scan thread for every body: level 1 compresses
// HTML about twice as fast as the default level 6 (PostgreSQL manual: 58
// vs 32 MB/s), for bodies ~14% larger (docs/performance.md).
constexpr int kLevel = Z_BEST_SPEED;

quint32 crcOf(const QByteArray &bytes)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    const auto *data = reinterpret_cast<const Bytef *>(bytes.constData());
    qsizetype left = bytes.size();
    // crc32() takes a uInt length; bodies are capped far below 4 GiB, but stay correct anyway.
    while (left > 0) {
        const uInt chunk = uInt(std::min<qsizetype>(left, 1 << 30));
        crc = crc32(crc, data, chunk);
        data += chunk;
        left -= chunk;
    }
    return quint32(crc);
}

} // namespace

StoredBody encodeBody(const QByteArray &body)
{
    StoredBody stored;
    stored.size = body.size();
    stored.crc32 = crcOf(body);
    if (body.isEmpty())
        return stored;
    uLongf capacity = compressBound(uLong(body.size()));
    QByteArray compressed(qsizetype(capacity), Qt::Uninitialized);
    const int rc = compress2(reinterpret_cast<Bytef *>(compressed.data()), &capacity,
                             reinterpret_cast<const Bytef *>(body.constData()), uLong(body.size()), kLevel);
    if (rc == Z_OK && qsizetype(capacity) < body.size()) {
        compressed.truncate(qsizetype(capacity));
        stored.data = std::move(compressed);
    } else {
        stored.data = body;
    }
    return stored;
}

Result<QByteArray> decodeBody(const StoredBody &stored)
{
    auto damaged = [](const QString &why) {
        return Result<QByteArray>::failure(QStringLiteral("store.damaged"), why);
    };
    if (stored.size < 0 || stored.data.size() > stored.size)
        return damaged(QStringLiteral("a stored body's size does not match its data"));
    QByteArray body;
    if (stored.data.size() == stored.size) {
        body = stored.data;
    } else {
        body = QByteArray(qsizetype(stored.size), Qt::Uninitialized);
        uLongf length = uLongf(stored.size);
        const int rc = uncompress(reinterpret_cast<Bytef *>(body.data()), &length,
                                  reinterpret_cast<const Bytef *>(stored.data.constData()), uLong(stored.data.size()));
        if (rc != Z_OK || qint64(length) != stored.size)
            return damaged(QStringLiteral("a stored body does not decompress"));
    }
    if (crcOf(body) != stored.crc32)
        return damaged(QStringLiteral("a stored body fails its CRC-32 check"));
    return body;
}

} // namespace sslrec
