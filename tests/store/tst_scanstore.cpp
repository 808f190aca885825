// The writer's promises: batches commit after N pairs or a delay, what
// pairsCommitted() reports is readable by another connection at that
// moment, and many stores work side by side, in one thread or many.
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "syntheticscan.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sslrec;
using namespace sslrec::test;

class tst_ScanStore : public QObject
{
    Q_OBJECT

private slots:
    void createRefusesAnExistingFile();
    void createReplaceStartsOver();
    void commitsEveryNPairs_data();
    void commitsEveryNPairs();
    void commitsAfterDelay();
    void readersSeeCommittedPairsWhileWriting();
    void manyStoresInOneThread();
    void storesInSeveralThreads();
    void writeFailureIsReported();

private:
    QTemporaryDir m_dir;
};

void tst_ScanStore::createRefusesAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.sslrec"));
    QVERIFY(ScanStore::create(path).ok());
    const auto again = ScanStore::create(path);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("store.exists"));
    QVERIFY(again.error().message.contains(path));
}

void tst_ScanStore::createReplaceStartsOver()
{
    const QString path = m_dir.filePath(QStringLiteral("replace.sslrec"));
    {
        auto store = ScanStore::create(path);
        QVERIFY(store.ok());
        recordSyntheticScan(*store.value(), makeSyntheticScan(3));
    }
    {
        auto store = ScanStore::create(path, true);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    }
    const auto loaded = ScanFile::load(path);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->origins.isEmpty());
}

void tst_ScanStore::commitsEveryNPairs_data()
{
    QTest::addColumn<int>("batch");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("4") << 4;
}

void tst_ScanStore::commitsEveryNPairs()
{
    QFETCH(int, batch);
    const SyntheticScan scan = makeSyntheticScan(6);
    const QString path = m_dir.filePath(QStringLiteral("batch-%1.sslrec").arg(batch));
    auto store = ScanStore::create(path);
    QVERIFY(store.ok());
    ScanStore &s = *store.value();
    s.setCommitPolicy({batch, 600'000}); // the timer never fires here
    QSignalSpy committed(&s, &ScanStore::pairsCommitted);
    s.recordScanStarted(scan.result.settings, scan.result.toolVersion);
    const OriginResult &o = scan.result.origins.first();
    s.recordOrigin(o.host);
    for (const PagePair &p : o.pages)
        s.recordPagePair(p);
    QList<int> expected;
    for (int n = batch; n <= 6; n += batch)
        expected << n;
    QList<int> got;
    for (const auto &args : committed)
        got << args.at(0).toInt();
    QCOMPARE(got, expected);
    QCOMPARE(s.committedPairs(), expected.isEmpty() ? 0 : expected.last());
    QVERIFY(s.flush().ok());
    QCOMPARE(s.committedPairs(), 6);
}

void tst_ScanStore::commitsAfterDelay()
{
    const SyntheticScan scan = makeSyntheticScan(2);
    auto store = ScanStore::create(m_dir.filePath(QStringLiteral("delay.sslrec")));
    QVERIFY(store.ok());
    ScanStore &s = *store.value();
    s.setCommitPolicy({1000, 50});
    QSignalSpy committed(&s, &ScanStore::pairsCommitted);
    s.recordOrigin(scan.result.origins.first().host);
    s.recordPagePair(scan.result.origins.first().pages.first());
    QCOMPARE(committed.size(), 0);
    QVERIFY(committed.wait(5000));
    QCOMPARE(committed.first().at(0).toInt(), 1);
}

void tst_ScanStore::readersSeeCommittedPairsWhileWriting()
{
    const SyntheticScan scan = makeSyntheticScan(8);
    const QString path = m_dir.filePath(QStringLiteral("live.sslrec"));
    auto store = ScanStore::create(path);
    QVERIFY(store.ok());
    ScanStore &s = *store.value();
    s.setCommitPolicy({3, 600'000});
    s.recordScanStarted(scan.result.settings, scan.result.toolVersion);
    const OriginResult &o = scan.result.origins.first();
    s.recordOrigin(o.host);
    int checks = 0;
    connect(&s, &ScanStore::pairsCommitted, this, [&](int count) {
        // A second, read-only connection while the writer holds the file.
        const auto live = ScanFile::load(path);
        QVERIFY(live.ok());
        QCOMPARE(live->origins.size(), 1);
        QCOMPARE(int(live->origins.first().pages.size()), count);
        ++checks;
    });
    for (const PagePair &p : o.pages)
        s.recordPagePair(p); // pairs 4 and 5 stay pending: not visible yet
    QCOMPARE(checks, 2);
    QCOMPARE(ScanFile::load(path)->origins.first().pages.size(), 6);
}

void tst_ScanStore::manyStoresInOneThread()
{
    const SyntheticScan a = makeSyntheticScan(3);
    SyntheticScan b = makeSyntheticScan(5);
    b.result.settings.domain = QStringLiteral("other.test");
    auto storeA = ScanStore::create(m_dir.filePath(QStringLiteral("a.sslrec")));
    auto storeB = ScanStore::create(m_dir.filePath(QStringLiteral("b.sslrec")));
    QVERIFY(storeA.ok() && storeB.ok());
    recordSyntheticScan(*storeA.value(), a);
    recordSyntheticScan(*storeB.value(), b);
    auto fileA = ScanFile::open(m_dir.filePath(QStringLiteral("a.sslrec")));
    auto fileB = ScanFile::open(m_dir.filePath(QStringLiteral("b.sslrec")));
    QVERIFY(fileA.ok() && fileB.ok());
    QVERIFY(scanDifference(a.result, *fileA.value()->result()).isEmpty());
    QVERIFY(scanDifference(b.result, *fileB.value()->result()).isEmpty());
}

void tst_ScanStore::storesInSeveralThreads()
{
    // Each thread creates, writes and reads its own file with its own
    // connections (a QSqlDatabase is bound to the thread that opened it).
    const int threads = 4;
    QList<QThread *> workers;
    QStringList problems(threads);
    for (int i = 0; i < threads; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("thread-%1.sslrec").arg(i));
        workers << QThread::create([path, i, &problems] {
            SyntheticScan scan = makeSyntheticScan(4 + i);
            auto store = ScanStore::create(path);
            if (!store) {
                problems[i] = store.error().message;
                return;
            }
            recordSyntheticScan(*store.value(), scan);
            store.value().reset();
            const auto loaded = ScanFile::load(path);
            problems[i] = loaded ? scanDifference(scan.result, *loaded) : loaded.error().message;
        });
    }
    for (QThread *t : workers)
        t->start();
    for (QThread *t : workers) {
        QVERIFY(t->wait(60'000));
        delete t;
    }
    for (const QString &p : problems)
        QVERIFY2(p.isEmpty(), qPrintable(p));
}

void tst_ScanStore::writeFailureIsReported()
{
    // Another process holds the write lock past the busy timeout: the store
    // says so once, names the file, and stops writing (no crash, no retry loop).
    const SyntheticScan scan = makeSyntheticScan(3);
    const QString path = m_dir.filePath(QStringLiteral("locked.sslrec"));
    auto store = ScanStore::create(path);
    QVERIFY(store.ok());
    ScanStore &s = *store.value();
    s.recordScanStarted(scan.result.settings, scan.result.toolVersion);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QSignalSpy failed(&s, &ScanStore::failed);
        s.recordOrigin(scan.result.origins.first().host);
        QCOMPARE(failed.size(), 1);
        QVERIFY(s.hasFailed());
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("no longer saved")), qPrintable(message));
        for (const PagePair &p : scan.result.origins.first().pages)
            s.recordPagePair(p);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!s.flush().ok());
        lock.exec(QStringLiteral("ROLLBACK"));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
}

QTEST_GUILESS_MAIN(tst_ScanStore)
#include "tst_scanstore.moc"
