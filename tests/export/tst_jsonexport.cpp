#include "export/jsonexport.h"

#include "golden.h"
#include "samplescan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;

class TestJsonExport : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden();
    void keepsDocumentedKeys_data();
    void keepsDocumentedKeys();
    void pagesCarryEverySide();
    void modeNamesAndApiValues();
    void writesFileAtomically();
    void reportsUnwritablePath();
};

void TestJsonExport::matchesGolden()
{
    const QByteArray json = QJsonDocument(scanToJson(testdata::sampleScan())).toJson(QJsonDocument::Indented);
    const QString mismatch = testdata::goldenMismatch(json, QStringLiteral("scan.json"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestJsonExport::keepsDocumentedKeys_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("scan") << "scan" << QStringList{"schema_version", "tool", "domain", "started_at", "finished_at", "cancelled",
                                                   "settings", "notes", "origins"};
    QTest::newRow("origin") << "origin" << QStringList{"origin", "addresses", "pinned", "current_mode", "recommended_mode",
                                                       "cloudflare_value", "reasons", "advise_edge_redirect", "ladder", "evidence",
                                                       "progress", "robots", "certificate", "pages"};
    QTest::newRow("certificate") << "certificate" << QStringList{"chain", "valid", "errors", "findings", "proxy", "verified_path"};
    QTest::newRow("page") << "page" << QStringList{"url", "host", "path", "source", "title", "statuses", "similarity", "verdict",
                                                   "reason", "reason_code", "noise_score", "http_refetched", "http", "https"};
    QTest::newRow("response") << "response" << QStringList{"url", "status", "reason_phrase", "error", "error_message", "content_type",
                                                           "body_bytes", "truncated", "redirect", "http2", "peer_address",
                                                           "elapsed_ms", "started_at", "headers"};
    QTest::newRow("evidence") << "evidence" << QStringList{"opted_out", "blocked", "http_answered", "https_answered", "pages_compared",
                                                           "pages_same", "pages_equivalent_redirect", "pages_different",
                                                           "pages_error", "certificate_problems", "difference_examples"};
}

void TestJsonExport::keepsDocumentedKeys()
{
    QFETCH(QString, where);
    QFETCH(QStringList, keys);
    const QJsonObject scan = scanToJson(testdata::sampleScan());
    const QJsonObject origin = scan.value("origins").toArray().at(1).toObject();
    const QJsonObject page = origin.value("pages").toArray().at(1).toObject();
    const QHash<QString, QJsonObject> objects{
        {"scan", scan},
        {"origin", origin},
        {"certificate", origin.value("certificate").toObject()},
        {"page", page},
        {"response", page.value("https").toObject()},
        {"evidence", origin.value("evidence").toObject()},
    };
    for (const QString &key : keys)
        QVERIFY2(objects.value(where).contains(key), qPrintable(where + ": missing " + key));
}

void TestJsonExport::pagesCarryEverySide()
{
    const QJsonObject scan = scanToJson(testdata::sampleScan());
    QCOMPARE(scan.value("schema_version").toInt(), 1);
    const QJsonArray origins = scan.value("origins").toArray();
    QCOMPARE(origins.size(), 4);
    const QJsonArray pages = origins.at(1).toObject().value("pages").toArray();
    QCOMPARE(pages.size(), 3);
    const QJsonObject shop = pages.at(1).toObject();
    QCOMPARE(shop.value("url").toString(), QStringLiteral("//www.example.test/shop"));
    QCOMPARE(shop.value("verdict").toString(), QStringLiteral("different"));
    QCOMPARE(shop.value("noise_score").toDouble(), 0.98);
    const QJsonObject failed = pages.at(2).toObject();
    QCOMPARE(failed.value("http").toObject().value("error").toString(), QStringLiteral("timeout"));
    QVERIFY(failed.value("https").toObject().value("truncated").toBool());
    QVERIFY(failed.value("noise_score").isNull());
    const QJsonObject redirect = origins.at(0).toObject().value("pages").toArray().at(2).toObject();
    QCOMPARE(redirect.value("http").toObject().value("redirect").toString(), QStringLiteral("https://example.test/old"));
    QVERIFY(redirect.value("https").toObject().value("redirect").isNull());
}

void TestJsonExport::modeNamesAndApiValues()
{
    const QJsonArray origins = scanToJson(testdata::sampleScan()).value("origins").toArray();
    const QList<QPair<QString, QString>> expected{{"strict", "origin_pull"}, {"flexible", "flexible"}, {"full", "full"}, {"none", ""}};
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(origins.at(i).toObject().value("recommended_mode").toString(), expected.at(i).first);
        QCOMPARE(origins.at(i).toObject().value("cloudflare_value").toString(), expected.at(i).second);
    }
    QCOMPARE(origins.at(2).toObject().value("ladder").toArray().at(3).toObject().value("proxy_error").toInt(), 526);
    QVERIFY(origins.at(2).toObject().value("ladder").toArray().at(0).toObject().value("proxy_error").isNull());
}

void TestJsonExport::writesFileAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("scan.json");
    QVERIFY(writeScanJson(testdata::sampleScan(), path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value("domain").toString(), QStringLiteral("example.test"));
}

void TestJsonExport::reportsUnwritablePath()
{
    const Status s = writeScanJson(testdata::sampleScan(), "/nonexistent-dir-for-sslrec/scan.json");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("export.write"));
    QVERIFY(s.error().message.contains("/nonexistent-dir-for-sslrec/scan.json"));
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
