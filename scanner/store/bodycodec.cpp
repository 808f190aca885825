#include "store/bodycodec.h"

#include <libdeflate.h>
#include <zlib.h>

#include <memory>

namespace sslrec {

namespace {

// Every body of a scan is compressed, on the thread pool, so this is a hot
// path: libdeflate writes the same zlib streams as zlib's compress2() (zlib's
// uncompress() reads them) about twice as fast at level 1, and smaller
// (PostgreSQL manual: 83 vs 41 MB/s, 27% vs 29% of the bytes;
// docs/performance.md).
constexpr int kLevel = 1;

struct CompressorDeleter
{
    void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
};

// One compressor per pool thread: allocating one costs more than compressing a small page.
libdeflate_compressor *threadCompressor()
{
    thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(libdeflate_alloc_compressor(kLevel));
    return compressor.get();
}

quint32 crcOf(const QByteArray &bytes)
{
    return libdeflate_crc32(0, bytes.constData(), std::size_t(bytes.size()));
}

} // namespace

StoredBody encodeBody(const QByteArray &body)
{
    StoredBody stored;
    stored.size = body.size();
    stored.crc32 = crcOf(body);
    if (body.isEmpty())
        return stored;
    libdeflate_compressor *compressor = threadCompressor();
    // Only a smaller stream is kept, so the output never needs more than size - 1 bytes;
    // libdeflate returns 0 when it does not fit.
    QByteArray compressed(body.size() - 1, Qt::Uninitialized);
    const std::size_t length = compressor && !compressed.isEmpty()
        ? libdeflate_zlib_compress(compressor, body.constData(), std::size_t(body.size()), compressed.data(),
                                   std::size_t(compressed.size()))
        : 0;
    if (length > 0) {
        compressed.truncate(qsizetype(length));
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
