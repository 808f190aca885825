// End to end: the real window scans the real demo origins on loopback, as a
// user would: click "Scan the demo site", wait, read the verdict badges,
// open a page's side-by-side diff and an origin's certificate chain.
#include "certs/certificatepanel.h"
#include "certs/chainview.h"
#include "demo/demoorigins.h"
#include "diff/headerstable.h"
#include "diff/pagediffview.h"
#include "diff/sidebysideview.h"
#include "dialogs/pagediffdialog.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/origindetails.h"
#include "mainwindow/resultsview.h"
#include "mainwindow/scanview.h"
#include "mainwindow/startpage.h"
#include "models/modelroles.h"
#include "models/originsmodel.h"
#include "models/pagesmodel.h"
#include "scan/scancontroller.h"

#include <QCoreApplication>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;

class tst_DemoScanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanTheDemoSite();
};

void tst_DemoScanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sslrec-tests"));
}

void tst_DemoScanWindow::scanTheDemoSite()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.controller(), &ScanController::finished);
    QSignalSpy failed(window.controller(), &ScanController::failed);

    auto *demoButton = window.startPage()->findChild<QPushButton *>(QStringLiteral("demoButton"));
    QVERIFY(demoButton);
    QTest::mouseClick(demoButton, Qt::LeftButton);
    QVERIFY2(window.controller()->isRunning(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);

    // Every demo origin the engine scanned is in the table with a badge.
    const auto result = finished.first().first().value<ScanResult>();
    QTableView *table = window.scanView()->results()->originsView();
    QCOMPARE(table->model()->rowCount(), result.origins.size());
    QVERIFY(result.origins.size() >= 2);
    QStringList demoHosts;
    for (const DemoOrigin &o : DemoOrigins().origins())
        demoHosts << o.hostname;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex mode = table->model()->index(row, OriginsModel::Recommended);
        QVERIFY2(mode.data(ModeRole).isValid(), qPrintable(mode.data().toString()));
        QVERIFY(demoHosts.contains(mode.data(HostRole).toString()));
        const auto &origin = result.origins.at(row);
        QCOMPARE(mode.data().toString(), modeDisplayName(origin.verdict.recommended));
    }

    // Selecting an origin shows its ladder and its certificate chain.
    OriginDetails *details = window.scanView()->results()->details();
    table->setCurrentIndex(table->model()->index(0, 0));
    QCOMPARE(details->host(), result.origins.first().host);
    QCOMPARE(details->ladderView()->model()->rowCount(), 5);
    details->setCurrentIndex(OriginDetails::CertificateTab);
    if (result.origins.first().tls.handshakeOk) {
        QVERIFY(details->chainView()->chainList()->count() >= 1);
        QVERIFY(details->chainView()->certificatePanel()->pem().startsWith(QStringLiteral("-----BEGIN CERTIFICATE-----")));
    }

    // Open a compared page, a differing one when there is one.
    const PagesModel *pages = window.pagesModel();
    int chosen = -1;
    for (int row = 0; row < pages->rowCount(); ++row) {
        const auto &r = pages->rowAt(row);
        if (!r.pair)
            continue;
        if (chosen < 0 || r.pair->verdict == PageVerdict::Different)
            chosen = row;
    }
    QVERIFY(chosen >= 0);
    const auto &page = pages->rowAt(chosen);
    PageDiffDialog *dialog = window.openPageDiff(page.host, page.pathAndQuery);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    PageDiffView *view = dialog->view();
    QTRY_VERIFY(!view->isBusy());
    const QString left = view->sideBySide()->leftPane()->toPlainText();
    // Every page's bodies are in the scan file, so the panes show text.
    QVERIFY(window.controller()->bodySource().bodies(page.host, page.pathAndQuery));
    QVERIFY(!left.contains(QStringLiteral("not kept")));
    QVERIFY(!view->sideBySide()->document().lines.isEmpty());
    QVERIFY(view->headers()->rowCount() >= 1);
    dialog->close();
    QVERIFY(window.close());
}

QTEST_MAIN(tst_DemoScanWindow)
#include "tst_demoscanwindow.moc"
