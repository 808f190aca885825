// The scan file read back offline: every field of a scan survives the trip
// through SQLite, bodies come back byte for byte, an interrupted file still
// opens and says so, and --resume gets what is left to fetch.
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "syntheticscan.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_ScanFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void bodiesAreByteExact();
    void unknownPageIsNotFound();
    void interruptedScanLoadsWithNote();
    void resumeStateListsWhatIsLeft();
    void resumeOfCompleteScan();
    void appendContinuesTheFile();
    void largeFileLoads();

private:
    QString newPath(const QString &name) { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_ScanFile::roundTrip_data()
{
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("bodyBytes");
    QTest::newRow("small") << 6 << 300;
    QTest::newRow("larger bodies") << 11 << 200'000;
}

void tst_ScanFile::roundTrip()
{
    QFETCH(int, pages);
    QFETCH(int, bodyBytes);
    const SyntheticScan scan = makeSyntheticScan(pages, bodyBytes);
    const QString path = newPath(QStringLiteral("roundtrip-%1.sslrec").arg(QTest::currentDataTag()));
    {
        auto store = ScanStore::create(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        recordSyntheticScan(*store.value(), scan);
        QVERIFY(!store.value()->hasFailed());
    }
    const auto loaded = ScanFile::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    const QString diff = scanDifference(scan.result, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void tst_ScanFile::bodiesAreByteExact()
{
    const SyntheticScan scan = makeSyntheticScan(10, 5000);
    const QString path = newPath(QStringLiteral("bodies.sslrec"));
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        recordSyntheticScan(*store.value(), scan);
    }
    auto file = ScanFile::open(path);
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().message));
    int checked = 0;
    for (const OriginResult &o : scan.result.origins) {
        for (const PagePair &p : o.pages) {
            const auto bodies = file.value()->bodies(o.host, p.pathAndQuery);
            QVERIFY2(bodies.ok(), bodies.ok() ? "" : qPrintable(bodies.error().message));
            const StoredBodies expected = scan.bodies.value(o.host + p.pathAndQuery);
            QCOMPARE(bodies->http, expected.http);
            QCOMPARE(bodies->https, expected.https);
            ++checked;
        }
    }
    QCOMPARE(checked, 20);
    // The one-shot form reads the same bytes.
    const PagePair &last = scan.result.origins.last().pages.last();
    const auto once = ScanFile::loadBodies(path, last.host, last.pathAndQuery);
    QVERIFY(once.ok());
    QCOMPARE(once->https, scan.bodies.value(last.host + last.pathAndQuery).https);
}

void tst_ScanFile::unknownPageIsNotFound()
{
    const QString path = newPath(QStringLiteral("notfound.sslrec"));
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        recordSyntheticScan(*store.value(), makeSyntheticScan(2));
    }
    const auto bodies = ScanFile::loadBodies(path, QStringLiteral("example.test"), QStringLiteral("/no/such/page"));
    QVERIFY(!bodies.ok());
    QCOMPARE(bodies.error().code, QStringLiteral("store.not-found"));
    QVERIFY(bodies.error().message.contains(QLatin1String("/no/such/page")));
}

void tst_ScanFile::interruptedScanLoadsWithNote()
{
    const SyntheticScan scan = makeSyntheticScan(4);
    const QString path = newPath(QStringLiteral("interrupted.sslrec"));
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        ScanStore &s = *store.value();
        s.recordScanStarted(scan.result.settings, scan.result.toolVersion);
        const OriginResult &first = scan.result.origins.first();
        s.recordOrigin(first.host);
        for (const PagePair &p : first.pages)
            s.recordPagePair(p);
        s.recordOriginFinished(first);
        const OriginResult &second = scan.result.origins.last();
        s.recordOrigin(second.host);
        s.recordPagePair(second.pages.first());
        // Destroyed without recordScanFinished(), as after a crash.
    }
    const auto loaded = ScanFile::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(!loaded->finishedAt.isValid());
    QVERIFY(!loaded->notes.isEmpty());
    QVERIFY2(loaded->notes.last().contains(QLatin1String("--resume")), qPrintable(loaded->notes.last()));
    QCOMPARE(loaded->origins.size(), 2);
    QVERIFY(loaded->origins.at(0).progress.finished);
    QCOMPARE(loaded->origins.at(0).verdict.recommended, Mode::Strict);
    const OriginResult &cut = loaded->origins.at(1);
    QVERIFY(!cut.progress.finished);
    QCOMPARE(cut.verdict.recommended, Mode::None);
    QCOMPARE(cut.pages.size(), 1);
    QCOMPARE(cut.progress.compared, 1);
    QVERIFY(cut.verdict.reasons.join(QString()).contains(QLatin1String("stopped before")));
}

void tst_ScanFile::resumeStateListsWhatIsLeft()
{
    const SyntheticScan scan = makeSyntheticScan(5);
    const OriginResult &first = scan.result.origins.first();
    const OriginResult &second = scan.result.origins.last();
    const QString path = newPath(QStringLiteral("resume.sslrec"));
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        ScanStore &s = *store.value();
        s.recordScanStarted(scan.result.settings, scan.result.toolVersion);
        s.recordOrigin(first.host);
        for (const PagePair &p : first.pages) {
            s.recordDiscovered(first.host, p.pathAndQuery, p.source);
            s.recordPagePair(p);
        }
        s.recordOriginFinished(first); // finished, nothing left: complete
        s.recordOrigin(second.host);
        for (const PagePair &p : second.pages)
            s.recordDiscovered(second.host, p.pathAndQuery, p.source);
        s.recordPagePair(second.pages.at(0));
        s.recordPagePair(second.pages.at(2));
    }
    const auto state = ScanFile::loadForResume(path);
    QVERIFY2(state.ok(), state.ok() ? "" : qPrintable(state.error().message));
    QVERIFY(!state->complete);
    QCOMPARE(state->settings.domain, scan.result.settings.domain);
    QCOMPARE(state->settings.maxPages, scan.result.settings.maxPages);
    QCOMPARE(state->partial.origins.size(), 2);
    QVERIFY(state->partial.origins.at(0).progress.finished);
    QVERIFY(!state->partial.origins.at(1).progress.finished);
    QCOMPARE(state->partial.origins.at(1).pages.size(), 2);
    QVERIFY(!state->discovered.contains(first.host));
    const QStringList expected = {second.pages.at(1).pathAndQuery, second.pages.at(3).pathAndQuery, second.pages.at(4).pathAndQuery};
    QCOMPARE(state->discovered.value(second.host), expected);
}

void tst_ScanFile::resumeOfCompleteScan()
{
    const QString path = newPath(QStringLiteral("complete.sslrec"));
    SyntheticScan scan = makeSyntheticScan(3);
    scan.result.cancelled = false;
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        recordSyntheticScan(*store.value(), scan);
    }
    const auto state = ScanFile::loadForResume(path);
    QVERIFY(state.ok());
    QVERIFY(state->complete);
    QVERIFY(state->discovered.isEmpty()); // "/never-fetched" belongs to complete origins
    for (const OriginResult &o : state->partial.origins)
        QVERIFY(o.progress.finished);
}

void tst_ScanFile::appendContinuesTheFile()
{
    const SyntheticScan scan = makeSyntheticScan(6);
    const OriginResult &first = scan.result.origins.first();
    const QString path = newPath(QStringLiteral("append.sslrec"));
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        store.value()->recordScanStarted(scan.result.settings, scan.result.toolVersion);
        store.value()->recordOrigin(first.host);
        for (int i = 0; i < 3; ++i) {
            PagePair p = first.pages.at(i);
            p.http.body = scan.bodies.value(first.host + p.pathAndQuery).http;
            p.https.body = scan.bodies.value(first.host + p.pathAndQuery).https;
            store.value()->recordPagePair(p);
        }
    }
    {
        auto store = ScanStore::openForAppend(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        // The rest of the scan; re-recording a stored page replaces it.
        recordSyntheticScan(*store.value(), scan);
    }
    const auto loaded = ScanFile::load(path);
    QVERIFY(loaded.ok());
    // Pages come in completion order: the three early ones were replaced, so
    // they follow the order of the second run.
    const QString diff = scanDifference(scan.result, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const PagePair &p = first.pages.at(1);
    const auto bodies = ScanFile::loadBodies(path, first.host, p.pathAndQuery);
    QVERIFY(bodies.ok());
    QCOMPARE(bodies->http, scan.bodies.value(first.host + p.pathAndQuery).http);
}

void tst_ScanFile::largeFileLoads()
{
    // 20,000 page pairs with small bodies, the size the GUI must open quickly.
    const int pagesPerOrigin = 10'000;
    SyntheticScan scan = makeSyntheticScan(pagesPerOrigin, 400);
    const QString path = newPath(QStringLiteral("large.sslrec"));
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        store.value()->setCommitPolicy({5000, 60'000});
        recordSyntheticScan(*store.value(), scan);
    }
    QElapsedTimer timer;
    timer.start();
    const auto loaded = ScanFile::load(path);
    const qint64 ms = timer.elapsed();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->origins.first().pages.size() + loaded->origins.last().pages.size(), 2 * pagesPerOrigin);
    // Timing is for information only (docs/development.md: no timed unit
    // tests); what is asserted is that every pair of a big file comes back.
    qInfo("loaded %d page pairs in %lld ms", 2 * pagesPerOrigin, ms);
    QCOMPARE(loaded->origins.last().pages.last().pathAndQuery, scan.result.origins.last().pages.last().pathAndQuery);
}

QTEST_GUILESS_MAIN(tst_ScanFile)
#include "tst_scanfile.moc"
