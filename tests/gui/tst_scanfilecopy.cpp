// copyScanFile: "Save Scan As" while the store may still be writing. The copy
// must reopen as the same scan with every body, without a -wal of its own,
// and a failed copy must leave the target as it was.
#include "scan/scanfilecopy.h"
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "syntheticscan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;

class tst_ScanFileCopy : public QObject
{
    Q_OBJECT

private slots:
    void copyWhileTheStoreIsOpen();
    void replacesAnExistingTargetAndItsStaleLog();
    void failedCopyLeavesNothingBehind();
};

void tst_ScanFileCopy::copyWhileTheStoreIsOpen()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("live.sslrec"));
    const QString target = dir.filePath(QStringLiteral("saved.sslrec"));
    const test::SyntheticScan scan = test::makeSyntheticScan(8);
    auto store = ScanStore::create(source);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
    test::recordSyntheticScan(*store.value(), scan);
    QVERIFY(store.value()->flush());
    // The store is still open: what it committed sits in the write-ahead log.
    QVERIFY(QFileInfo(source + QStringLiteral("-wal")).size() > 0);

    const Status copied = copyScanFile(source, target);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    auto reopened = ScanFile::open(target);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    auto result = reopened.value()->result();
    QVERIFY(result);
    QCOMPARE(test::scanDifference(scan.result, *result), QString());
    for (const OriginResult &o : scan.result.origins) {
        for (const PagePair &p : o.pages) {
            auto bodies = reopened.value()->bodies(o.host, p.pathAndQuery);
            QVERIFY2(bodies, qPrintable(p.pathAndQuery));
            const StoredBodies expected = scan.bodies.value(o.host + p.pathAndQuery);
            QCOMPARE(bodies->http, expected.http);
            QCOMPARE(bodies->https, expected.https);
        }
    }
}

void tst_ScanFileCopy::replacesAnExistingTargetAndItsStaleLog()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("a.sslrec"));
    const QString target = dir.filePath(QStringLiteral("b.sslrec"));
    {
        auto store = ScanStore::create(source);
        QVERIFY(store);
        test::recordSyntheticScan(*store.value(), test::makeSyntheticScan(3));
    }
    for (const QString &f : {target, target + QStringLiteral("-wal")}) {
        QFile junk(f);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
    }
    QVERIFY(copyScanFile(source, target));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    auto loaded = ScanFile::load(target);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(loaded->origins.size(), 2);
}

void tst_ScanFileCopy::failedCopyLeavesNothingBehind()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("a.sslrec"));
    {
        auto store = ScanStore::create(source);
        QVERIFY(store);
        test::recordSyntheticScan(*store.value(), test::makeSyntheticScan(2));
    }
    const QString target = dir.filePath(QStringLiteral("no/such/folder/b.sslrec"));
    const Status copied = copyScanFile(source, target);
    QVERIFY(!copied);
    QVERIFY2(copied.error().message.contains(target), qPrintable(copied.error().message));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

    const Status missing = copyScanFile(dir.filePath(QStringLiteral("gone.sslrec")), dir.filePath(QStringLiteral("c.sslrec")));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(tst_ScanFileCopy)
#include "tst_scanfilecopy.moc"
