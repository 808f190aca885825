// Saved scans in the window: a live (demo) scan saved with Save Scan As and
// reopened offline shows the same origins, verdicts, pages, certificate and
// bodies; bad files explain themselves in place; drops, Open Recent and
// Compare work; a 20,000-pair scan opens quickly.
#include "certs/chainview.h"
#include "dialogs/comparedialog.h"
#include "mainwindow/appsettings.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/origindetails.h"
#include "mainwindow/resultsview.h"
#include "mainwindow/scanfiles.h"
#include "mainwindow/scanview.h"
#include "mainwindow/startpage.h"
#include "models/originsmodel.h"
#include "models/pagesmodel.h"
#include "scan/scancontroller.h"
#include "store/scanstore.h"
#include "syntheticscan.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sslrec;
using namespace sslrec::ui;

class tst_SavedScanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void liveScanReopensOffline();
    void badFilesSayWhy_data();
    void badFilesSayWhy();
    void dropAndRecentOpenScans();
    void largeScanOpens();

private:
    QTemporaryDir m_dir;
    QString m_saved; // the demo scan saved by liveScanReopensOffline
};

namespace {

// What a user reads in the origins table and the pages of every origin.
QStringList originRows(const OriginsModel *m)
{
    QStringList rows;
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c : {OriginsModel::Origin, OriginsModel::Recommended, OriginsModel::ApiValue, OriginsModel::Certificate,
                      OriginsModel::Same, OriginsModel::Different, OriginsModel::Errors, OriginsModel::Reason})
            cells << m->index(r, c).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

QStringList pageRows(const PagesModel *m)
{
    QStringList rows;
    for (int r = 0; r < m->rowCount(); ++r) {
        if (!m->rowAt(r).pair)
            continue; // found but never sampled: not part of the result
        QStringList cells;
        for (int c = 0; c < PagesModel::ColumnCount; ++c)
            cells << m->index(r, c).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    rows.sort();
    return rows;
}

Status writeScan(const QString &path, const test::SyntheticScan &scan)
{
    auto store = ScanStore::create(path, true);
    if (!store)
        return store.error();
    test::recordSyntheticScan(*store.value(), scan);
    return store.value()->flush();
}

} // namespace

void tst_SavedScanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sslrec-tests"));
    for (const QString &f : AppSettings::recentScanFiles())
        AppSettings::removeRecentScanFile(f);
}

void tst_SavedScanWindow::liveScanReopensOffline()
{
    QStringList liveOrigins;
    QStringList livePages;
    m_saved = m_dir.filePath(QStringLiteral("demo.sslrec"));
    {
        MainWindow live;
        live.show();
        QSignalSpy finished(live.controller(), &ScanController::finished);
        QTest::mouseClick(live.startPage()->findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        liveOrigins = originRows(live.originsModel());
        livePages = pageRows(live.pagesModel());
        QVERIFY(liveOrigins.size() >= 2);
        QVERIFY(!livePages.isEmpty());
        QVERIFY(live.scanFiles()->saveAsAction()->isEnabled());
        QVERIFY(live.scanFiles()->exportAction()->isEnabled());

        QSignalSpy saved(live.scanFiles(), &ScanFiles::saved);
        live.scanFiles()->saveAs(m_saved);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30000);
        QVERIFY(live.statusBar()->currentMessage().contains(QStringLiteral("demo.sslrec")));
    }

    MainWindow window;
    new QAbstractItemModelTester(window.originsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
    new QAbstractItemModelTester(window.pagesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
    new QAbstractItemModelTester(window.scanView()->siteTree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
    window.show();
    QSignalSpy opened(window.scanFiles(), &ScanFiles::scanOpened);
    window.openScanFile(m_saved);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    QVERIFY(window.scanFiles()->showsSavedScan());
    QCOMPARE(originRows(window.originsModel()), liveOrigins);
    QCOMPARE(pageRows(window.pagesModel()), livePages);
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo.sslrec")));
    QVERIFY(window.scanFiles()->exportAction()->isEnabled());
    QVERIFY(window.scanView()->siteTree()->model()->rowCount() >= 2);

    // Certificates come from the file.
    OriginDetails *details = window.scanView()->results()->details();
    window.scanView()->results()->selectOrigin(window.originsModel()->rowAt(0).host);
    details->setCurrentIndex(OriginDetails::CertificateTab);
    if (window.originsModel()->rowAt(0).tls && window.originsModel()->rowAt(0).tls->handshakeOk)
        QVERIFY(details->chainView()->chainList()->count() >= 1);

    // Every compared page's bodies come from the file, "same" pages too.
    const PagesModel *pages = window.pagesModel();
    int same = -1;
    for (int r = 0; r < pages->rowCount(); ++r) {
        if (pages->rowAt(r).pair && pages->rowAt(r).pair->verdict == PageVerdict::Same)
            same = r;
    }
    QVERIFY(same >= 0);
    const auto bodies = window.scanFiles()->bodySource().bodies(pages->rowAt(same).host, pages->rowAt(same).pathAndQuery);
    QVERIFY(bodies);
    QVERIFY(!bodies->http.isEmpty() || !bodies->https.isEmpty());

    // Comparing the scan with itself finds nothing.
    QSignalSpy compared(window.scanFiles(), &ScanFiles::compareShown);
    window.scanFiles()->compareWith(m_saved);
    QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 30000);
    auto *dialog = compared.first().first().value<CompareDialog *>();
    QVERIFY(!dialog->diff().hasChanges());
    dialog->close();
}

void tst_SavedScanWindow::badFilesSayWhy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing.sslrec") << QByteArray() << QStringLiteral("does not exist");
    QTest::newRow("empty") << QStringLiteral("empty.sslrec") << QByteArray("") << QStringLiteral("is empty");
    QTest::newRow("text") << QStringLiteral("notes.sslrec") << QByteArray("these are my notes, not a scan\n").repeated(20)
                          << QStringLiteral("not an sslrec scan file");
    QTest::newRow("newer") << QStringLiteral("newer.sslrec") << QByteArray("newer") << QStringLiteral("update sslrec");
}

void tst_SavedScanWindow::badFilesSayWhy()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(name);
    if (content == "newer") {
        QVERIFY(writeScan(path, test::makeSyntheticScan(2)));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    } else if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    MainWindow window;
    window.show();
    QSignalSpy opened(window.scanFiles(), &ScanFiles::scanOpened);
    QSignalSpy messages(window.scanFiles(), &ScanFiles::message);
    window.openScanFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty() && messages.last().at(1).toBool(), 30000);
    QCOMPARE(opened.size(), 0);
    const QString shown = window.statusBar()->currentMessage();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(shown.contains(path), qPrintable(shown));
    QVERIFY(window.startPage()->isVisible()); // nothing replaced the start page
    QVERIFY(window.startPage()->hintLabel()->text().contains(expected));
    QVERIFY(!window.scanFiles()->exportAction()->isEnabled());
}

void tst_SavedScanWindow::dropAndRecentOpenScans()
{
    QVERIFY2(!m_saved.isEmpty(), "needs liveScanReopensOffline");
    MainWindow window;
    window.show();
    QSignalSpy opened(window.scanFiles(), &ScanFiles::scanOpened);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_saved)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    QCOMPARE(opened.first().first().toString(), m_saved);

    // Open Recent lists it first; choosing it opens it again.
    QMenu *recent = window.scanFiles()->recentMenu();
    emit recent->aboutToShow();
    QVERIFY(!recent->actions().isEmpty());
    QAction *first = recent->actions().first();
    QVERIFY2(first->text().contains(QStringLiteral("demo.sslrec")), qPrintable(first->text()));
    first->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 30000);
}

void tst_SavedScanWindow::largeScanOpens()
{
    const QString path = m_dir.filePath(QStringLiteral("large.sslrec"));
    QVERIFY(writeScan(path, test::makeSyntheticScan(10000, 200)));
    MainWindow window;
    window.show();
    QElapsedTimer timer;
    qint64 shownAfter = -1;
    // Connected after the window's own handler: runs once the models are fed.
    connect(window.scanFiles(), &ScanFiles::scanOpened, this, [&] { shownAfter = timer.elapsed(); });
    timer.start();
    window.openScanFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(shownAfter >= 0, 60000);
    // Timing is a benchmark number (bench/), never a pass/fail criterion here.
    qInfo("20,000 page pairs opened and shown in %lld ms", shownAfter);
    QCOMPARE(window.pagesModel()->rowCount(), 20000);
    QCOMPARE(window.originsModel()->rowCount(), 2);
}

QTEST_MAIN(tst_SavedScanWindow)
#include "tst_savedscanwindow.moc"
