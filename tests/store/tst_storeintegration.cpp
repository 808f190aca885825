// A real scan against nginx on loopback, written by ScanStore as it runs:
// reopened offline, it equals what the engine reported — origins, verdicts,
// pages, TLS chains with their PEMs, findings — and every body comes back
// byte for byte.
#include "scan/scanengine.h"
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "storesite.h"
#include "syntheticscan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_StoreIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanRoundTrip();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoreSite> m_site;
};

void tst_StoreIntegration::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = std::make_unique<StoreSite>(m_dir.filePath(QStringLiteral("site")), QStringLiteral("store.test"), 8);
    const QString problem = m_site->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_StoreIntegration::scanRoundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("scan.sslrec"));
    auto store = ScanStore::create(path);
    QVERIFY(store.ok());
    ScanEngine engine(m_site->settings());
    store.value()->attach(&engine);
    QHash<QString, StoredBodies> bodies;
    connect(&engine, &ScanEngine::pagePairCompleted, this, [&bodies](const PagePair &p) {
        bodies.insert(p.host + p.pathAndQuery, {p.http.body, p.https.body});
    });
    QSignalSpy committed(store.value().get(), &ScanStore::pairsCommitted);
    QSignalSpy finished(&engine, &ScanEngine::finished);
    engine.start();
    QVERIFY(finished.wait(120'000));
    const ScanResult live = finished.first().first().value<ScanResult>();

    // Sanity: the scan really covered both origins and their seed pages.
    QCOMPARE(live.origins.size(), 2);
    QCOMPARE(live.origins.at(0).pages.size(), 9);
    QCOMPARE(live.origins.at(1).pages.size(), 9);
    QVERIFY(!live.origins.at(0).tls.chain.isEmpty());
    QVERIFY(live.origins.at(0).tls.certificateValid);
    QVERIFY(!live.origins.at(1).tls.certificateValid);
    QVERIFY(!live.origins.at(1).tls.findings.isEmpty());
    QVERIFY(!committed.isEmpty());
    QCOMPARE(committed.last().first().toInt(), 18); // everything reported complete is committed

    const auto loaded = ScanFile::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const QString diff = scanDifference(live, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(loaded->origins.at(0).tls.chain.first().pem, live.origins.at(0).tls.chain.first().pem);

    auto file = ScanFile::open(path);
    QVERIFY(file.ok());
    for (const OriginResult &o : live.origins) {
        for (const PagePair &p : o.pages) {
            const auto stored = file.value()->bodies(o.host, p.pathAndQuery);
            QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));
            const StoredBodies expected = bodies.value(o.host + p.pathAndQuery);
            QCOMPARE(stored->http, expected.http);
            QCOMPARE(stored->https, expected.https);
            QCOMPARE(stored->https, m_site->body(o.host, p.pathAndQuery)); // what nginx served
        }
    }

    const auto resume = ScanFile::loadForResume(path);
    QVERIFY(resume.ok());
    QVERIFY(resume->complete);
    QVERIFY(resume->discovered.isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoreIntegration)
#include "tst_storeintegration.moc"
