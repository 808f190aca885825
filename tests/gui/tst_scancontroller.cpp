// ScanController against the real demo origins on loopback: signals reach
// the GUI thread as batches, the scan is written to its file with every
// body, cancel and a replacing scan end cleanly.
#include "scan/scancontroller.h"
#include "store/scanfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace sslrec;
using namespace sslrec::ui;

class tst_ScanController : public QObject
{
    Q_OBJECT

private slots:
    void demoScanRunsToTheEnd();
    void cancelFinishesWithWhatItHas();
    void newScanReplacesRunningOne();
    void nextScanReplacesTheFile();
};

void tst_ScanController::demoScanRunsToTheEnd()
{
    ScanController controller;
    QSignalSpy origins(&controller, &ScanController::originAdded);
    QSignalSpy events(&controller, &ScanController::pageEvents);
    QSignalSpy pairs(&controller, &ScanController::pairsCompleted);
    QSignalSpy finished(&controller, &ScanController::finished);
    QSignalSpy running(&controller, &ScanController::runningChanged);
    int eventCount = 0;
    connect(&controller, &ScanController::pageEvents, this, [&](const PageEventBatch &batch) {
        QCOMPARE(QThread::currentThread(), thread());
        eventCount += int(batch.size());
    });
    controller.startDemo();
    QVERIFY(controller.isRunning());
    QVERIFY(controller.isDemo());
    QCOMPARE(controller.settings().domain, QStringLiteral("demo.sslrec.test"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY(!controller.isRunning());
    QCOMPARE(running.size(), 2);

    const auto result = finished.first().first().value<ScanResult>();
    QVERIFY(result.origins.size() >= 2);
    QCOMPARE(origins.size(), result.origins.size());
    QVERIFY(eventCount > 0);
    QVERIFY(events.size() <= eventCount); // batched, never more signals than events
    int pairCount = 0;
    int different = 0;
    for (const auto &args : pairs) {
        for (const PagePair &p : args.first().value<QList<PagePair>>()) {
            ++pairCount;
            QVERIFY(p.http.body.isEmpty() && p.https.body.isEmpty()); // bodies stay in the controller
            if (p.verdict == PageVerdict::Different) {
                ++different;
                QVERIFY(controller.bodySource().bodies(p.host, p.pathAndQuery).has_value());
            }
        }
    }
    QVERIFY(pairCount > 0);
    QCOMPARE(controller.bodyCache().count() >= different, true);

    // The scan file holds the same scan, and the bodies of every page, once
    // the store's last commit (in the scan thread, after finished) is done.
    bool complete = false;
    controller.whenScanFileFlushed([&complete] { complete = true; });
    QTRY_VERIFY_WITH_TIMEOUT(complete, 30000);
    const QString path = controller.scanFilePath();
    QVERIFY(QFile::exists(path));
    auto file = ScanFile::open(path);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    auto stored = file.value()->result();
    QVERIFY(stored);
    QCOMPARE(stored->origins.size(), result.origins.size());
    int storedPairs = 0;
    for (const OriginResult &o : stored->origins) {
        storedPairs += int(o.pages.size());
        for (const PagePair &p : o.pages) {
            if (p.verdict == PageVerdict::Same)
                QVERIFY(controller.bodySource().bodies(p.host, p.pathAndQuery).has_value());
        }
    }
    QCOMPARE(storedPairs, pairCount);
}

void tst_ScanController::nextScanReplacesTheFile()
{
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    ScanSettings limited;
    limited.maxPages = 2;
    controller.startDemo(limited);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const QString first = controller.scanFilePath();
    QVERIFY(QFile::exists(first));
    // After the scan, a flush request is answered once the store's last
    // commit is done; then, with no scan running, at once.
    bool called = false;
    controller.whenScanFileFlushed([&called] { called = true; });
    QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
    called = false;
    controller.whenScanFileFlushed([&called] { called = true; });
    QVERIFY(called);

    controller.startDemo(limited);
    // While it runs, a flush request is answered from the scan thread.
    called = false;
    controller.whenScanFileFlushed([&called] { called = true; });
    QTRY_VERIFY_WITH_TIMEOUT(called || finished.size() == 2, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120000);
    QVERIFY(controller.scanFilePath() != first);
    QVERIFY(!QFile::exists(first)); // the previous scan's temporary file went
    QVERIFY(ScanFile::open(controller.scanFilePath()));
}

void tst_ScanController::cancelFinishesWithWhatItHas()
{
    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.startDemo();
    controller.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(finished.first().first().value<ScanResult>().cancelled);
    QVERIFY(!controller.isRunning());
}

void tst_ScanController::newScanReplacesRunningOne()
{
    ScanController controller;
    QSignalSpy started(&controller, &ScanController::scanStarted);
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.startDemo();
    ScanSettings limited;
    limited.maxPages = 3;
    controller.startDemo(limited);
    QCOMPARE(started.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    // Only the second scan reports; the first one's signals were dropped.
    QCOMPARE(finished.first().first().value<ScanResult>().settings.maxPages, 3);
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

QTEST_MAIN(tst_ScanController)
#include "tst_scancontroller.moc"
