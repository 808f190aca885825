// Scan files keep bodies in SQLite's sqlar layout: a zlib stream when that is
// smaller, else the bytes as they are, with the original size and CRC-32.
// Files written by earlier versions (zlib's compress2) and any sqlite3 shell
// (sqlar_uncompress) must keep reading what the encoder writes now.
#include "store/bodycodec.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

using namespace sslrec;

namespace {

quint32 zlibCrc(const QByteArray &bytes)
{
    return quint32(crc32(0L, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

QByteArray zlibUncompress(const QByteArray &stream, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    uLongf length = uLongf(size);
    if (uncompress(reinterpret_cast<Bytef *>(out.data()), &length, reinterpret_cast<const Bytef *>(stream.constData()),
                   uLong(stream.size()))
            != Z_OK
        || qsizetype(length) != size)
        return QByteArray("not a zlib stream");
    return out;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : out)
        c = char(generator.bounded(256));
    return out;
}

} // namespace

class tst_BodyCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void readsZlibStreams();
    void damageIsReported();
};

void tst_BodyCodec::roundTrip_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("compressed");
    QFile page(QStringLiteral("/usr/share/doc/postgresql-doc-15/html/index.html"));
    QVERIFY2(page.open(QIODevice::ReadOnly), "postgresql-doc-15 is missing: run packaging/install-deps.sh");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("one byte") << QByteArray("x") << false;
    QTest::newRow("random 64 KiB") << randomBytes(64 * 1024) << false;
    QTest::newRow("html page") << page.readAll() << true;
    QTest::newRow("4 MiB of one byte") << QByteArray(4 * 1024 * 1024, 'a') << true;
}

void tst_BodyCodec::roundTrip()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, compressed);
    const StoredBody stored = encodeBody(body);
    QCOMPARE(stored.size, body.size());
    QCOMPARE(stored.crc32, zlibCrc(body)); // the CRC older files carry
    if (compressed) {
        QVERIFY(stored.data.size() < body.size());
        // What sqlar_uncompress() and older sslrec versions do with it.
        QCOMPARE(zlibUncompress(stored.data, body.size()), body);
    } else {
        QCOMPARE(stored.data, body);
    }
    const Result<QByteArray> decoded = decodeBody(stored);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), body);
}

// A body written with zlib's compress2() at its default level (as files from
// before libdeflate hold them) decodes.
void tst_BodyCodec::readsZlibStreams()
{
    const QByteArray body = QByteArray("<p>hello, world</p>\n").repeated(500);
    uLongf capacity = compressBound(uLong(body.size()));
    QByteArray stream(qsizetype(capacity), Qt::Uninitialized);
    QCOMPARE(compress2(reinterpret_cast<Bytef *>(stream.data()), &capacity, reinterpret_cast<const Bytef *>(body.constData()),
                       uLong(body.size()), Z_DEFAULT_COMPRESSION),
             Z_OK);
    stream.truncate(qsizetype(capacity));
    StoredBody stored;
    stored.size = body.size();
    stored.crc32 = zlibCrc(body);
    stored.data = stream;
    const Result<QByteArray> decoded = decodeBody(stored);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value(), body);
}

void tst_BodyCodec::damageIsReported()
{
    const QByteArray body = QByteArray("<p>hello, world</p>\n").repeated(500);
    StoredBody stored = encodeBody(body);

    StoredBody flipped = stored;
    flipped.data[flipped.data.size() / 2] = char(flipped.data[flipped.data.size() / 2] ^ 0x55);
    StoredBody badCrc = stored;
    badCrc.crc32 ^= 1;
    StoredBody badSize = stored;
    badSize.size -= 1;
    for (const StoredBody &damaged : {flipped, badCrc, badSize}) {
        const Result<QByteArray> decoded = decodeBody(damaged);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, QStringLiteral("store.damaged"));
    }
}

QTEST_GUILESS_MAIN(tst_BodyCodec)
#include "tst_bodycodec.moc"
