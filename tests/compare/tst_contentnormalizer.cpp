// Normalisation per content type: which kind a body gets, and what each
// kind keeps (text lines, image type and size, exact hashes).
#include "compare/contentnormalizer.h"
#include "compare/differ.h"

#include <QTest>

using namespace sslrec;

class tst_ContentNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void kind_data();
    void kind();
    void textNormalisesLineEndsWhitespaceAndTokens();
    void textKeepsRealChanges();
    void imageTypeAndSize();
    void binaryIsExactHash();
    void prettyPrintPerKind();

private:
    static QByteArray png(int w, int h, char fill)
    {
        QByteArray b("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
        for (const int v : {w, h})
            b += char(v >> 24) + QByteArray(1, char(v >> 16)) + char(v >> 8) + char(v);
        b += QByteArray(20, fill);
        return b;
    }
};

void tst_ContentNormalizer::kind_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mime");
    QTest::newRow("html") << QByteArray("<p>x</p>") << "text/html; charset=utf-8" << int(ContentKind::Html) << "text/html";
    QTest::newRow("xhtml") << QByteArray("<p>x</p>") << "application/xhtml+xml" << int(ContentKind::Html) << "application/xhtml+xml";
    QTest::newRow("css") << QByteArray("a{}") << "text/css" << int(ContentKind::Text) << "text/css";
    QTest::newRow("js") << QByteArray("x()") << "application/javascript" << int(ContentKind::Text) << "application/javascript";
    QTest::newRow("json") << QByteArray("{}") << "application/json" << int(ContentKind::Text) << "application/json";
    QTest::newRow("xml suffix") << QByteArray("<a/>") << "application/rss+xml" << int(ContentKind::Text) << "application/rss+xml";
    QTest::newRow("sniffed html") << QByteArray("  <!DOCTYPE html><html>") << "" << int(ContentKind::Html) << "text/html";
    QTest::newRow("sniffed text") << QByteArray("plain words") << "application/octet-stream" << int(ContentKind::Text) << "text/plain";
    QTest::newRow("png") << png(1, 1, 'x') << "image/png" << int(ContentKind::Image) << "image/png";
    QTest::newRow("sniffed png") << png(1, 1, 'x') << "" << int(ContentKind::Image) << "image/png";
    QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << "application/octet-stream" << int(ContentKind::Binary) << "application/octet-stream";
    QTest::newRow("empty") << QByteArray() << "text/html" << int(ContentKind::Empty) << "text/html";
}

void tst_ContentNormalizer::kind()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(int, kind);
    QFETCH(QString, mime);
    const NormalizedContent n = ContentNormalizer::normalize(body, type);
    QCOMPARE(int(n.kind), kind);
    QCOMPARE(n.mimeType, mime);
    QCOMPARE(n.byteSize, body.size());
    // Only what is compared by its bytes carries their hash.
    const bool byBytes = kind != int(ContentKind::Html) && kind != int(ContentKind::Text);
    QCOMPARE(n.sha256.size(), byBytes ? 32 : 0);
}

void tst_ContentNormalizer::textNormalisesLineEndsWhitespaceAndTokens()
{
    const QByteArray a = "/* built 2024-05-01 12:00, rev 3f2a9c1d */\nbody {\n  color: red;\n}\n";
    const QByteArray b = "/* built 2025-02-02 08:30, rev 77aa00bb */\r\nbody {\r\n\tcolor:   red;\r\n\r\n}\r\n";
    const NormalizedContent na = ContentNormalizer::normalize(a, QStringLiteral("text/css"));
    const NormalizedContent nb = ContentNormalizer::normalize(b, QStringLiteral("text/css"));
    QCOMPARE(na.normalizedHash, nb.normalizedHash);
    QCOMPARE(na.text, nb.text);
    QCOMPARE(na.text, QStringLiteral("/* built <date> <date>, rev <hex> */\nbody {\ncolor: red;\n}\n"));
}

void tst_ContentNormalizer::textKeepsRealChanges()
{
    const NormalizedContent a = ContentNormalizer::normalize("{\"status\": \"ok\"}", QStringLiteral("application/json"));
    const NormalizedContent b = ContentNormalizer::normalize("{\"status\": \"error\"}", QStringLiteral("application/json"));
    QVERIFY(a.normalizedHash != b.normalizedHash);
}

void tst_ContentNormalizer::imageTypeAndSize()
{
    const NormalizedContent n = ContentNormalizer::normalize(png(640, 480, 'a'), QStringLiteral("image/png"));
    QCOMPARE(n.imageType, QStringLiteral("png"));
    QCOMPARE(n.imageWidth, 640);
    QCOMPARE(n.imageHeight, 480);
    const QByteArray gif = QByteArray("GIF89a") + char(16) + char(0) + char(8) + char(0) + QByteArray(10, '\0');
    const NormalizedContent g = ContentNormalizer::normalize(gif, QString());
    QCOMPARE(g.imageType, QStringLiteral("gif"));
    QCOMPARE(g.imageWidth, 16);
    QCOMPARE(g.imageHeight, 8);
}

void tst_ContentNormalizer::binaryIsExactHash()
{
    const QByteArray a("\x01\x02\x03\x04", 4);
    const QByteArray b("\x01\x02\x03\x05", 4);
    const NormalizedContent na = ContentNormalizer::normalize(a, QStringLiteral("application/octet-stream"));
    const NormalizedContent nb = ContentNormalizer::normalize(b, QStringLiteral("application/octet-stream"));
    QVERIFY(na.sha256 != nb.sha256);
    QVERIFY(na.normalizedHash != nb.normalizedHash);
    QCOMPARE(na.normalizedHash, ContentNormalizer::normalize(a, QStringLiteral("application/zip")).normalizedHash);
}

void tst_ContentNormalizer::prettyPrintPerKind()
{
    QVERIFY(Differ::prettyPrint(ContentNormalizer::normalize(png(2, 3, 'z'), QStringLiteral("image/png")))
                .startsWith(QLatin1String("[image] png 2x3")));
    QVERIFY(Differ::prettyPrint(ContentNormalizer::normalize(QByteArray("\0\1", 2), QString())).startsWith(QLatin1String("[binary]")));
    QCOMPARE(Differ::prettyPrint(ContentNormalizer::normalize("a  b\r\nc", QStringLiteral("text/plain"))), QStringLiteral("a b\nc\n"));
}

QTEST_GUILESS_MAIN(tst_ContentNormalizer)
#include "tst_contentnormalizer.moc"
