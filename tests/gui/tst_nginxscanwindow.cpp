// The whole window against real nginx origins on loopback, driven as a user
// would: type the domain, set pins and the CA file in the options panel,
// Scan, then read the origins table and its badges, open the differing
// page's diff from the pages list, look at the expired certificate and
// export a report through the export dialog.
//
// guiscan.test (valid certificate, the same content over HTTP and HTTPS)
// links to shop.guiscan.test, whose certificate expired and whose
// /different.html serves another article over HTTPS. The typed domain is the
// apex, so the scan has exactly these two origins (www. is only added when
// it resolves, and DNS is off).
#include "certs/chainview.h"
#include "dialogs/exportdialog.h"
#include "dialogs/pagediffdialog.h"
#include "diff/pagediffview.h"
#include "diff/sidebysideview.h"
#include "mainwindow/filefield.h"
#include "mainwindow/origindetails.h"
#include "mainwindow/resultsview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/scanfiles.h"
#include "mainwindow/scanview.h"
#include "mainwindow/startpage.h"
#include "models/modelroles.h"
#include "models/originsmodel.h"
#include "models/pagefiltermodel.h"
#include "models/pagesmodel.h"
#include "models/verdictstyle.h"
#include "nginxharness.h"
#include "scan/scancontroller.h"
#include "testpki.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;
using sslrec::test::NginxHarness;

namespace {

const QString kDomain = QStringLiteral("guiscan.test");
const QString kShop = QStringLiteral("shop.guiscan.test");

QByteArray page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1>%2</body></html>\n")
        .arg(title, body)
        .toUtf8();
}

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class tst_NginxScanWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanTwoOriginsThroughTheWindow();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestPki> m_pki;
    std::unique_ptr<NginxHarness> m_nginx;
};

void tst_NginxScanWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sslrec-tests"));
    m_pki = std::make_unique<test::TestPki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_nginx = std::make_unique<NginxHarness>(m_dir.filePath(QStringLiteral("nginx")));

    const auto valid = m_pki->issue({.name = kDomain, .dnsNames = {kDomain}});
    QVERIFY2(valid.ok(), why(valid));
    const auto expired = m_pki->issue({.name = kShop, .dnsNames = {kShop}, .notBeforeOffsetDays = -400, .notAfterOffsetDays = -10});
    QVERIFY2(expired.ok(), why(expired));
    QVERIFY(m_nginx->addOrigin({.host = kDomain, .certificateFile = valid->chainFile, .keyFile = valid->keyFile}).ok());
    QVERIFY(m_nginx->addOrigin({.host = kShop, .certificateFile = expired->chainFile, .keyFile = expired->keyFile,
                                .separateDocroots = true}).ok());

    QVERIFY(m_nginx->writeFile(kDomain, QStringLiteral("index.html"),
                               page(QStringLiteral("Guiscan"), QStringLiteral("<p>Welcome.</p><a href=\"/about.html\">About</a> "
                                                                              "<a href=\"https://%1/\">Shop</a>").arg(kShop))).ok());
    QVERIFY(m_nginx->writeFile(kDomain, QStringLiteral("about.html"),
                               page(QStringLiteral("About"), QStringLiteral("<p>We sell tea and teapots since 1901.</p>"))).ok());
    const QByteArray shopIndex = page(QStringLiteral("Shop"), QStringLiteral("<a href=\"/different.html\">Offers</a> <a href=\"/same.html\">Teapots</a>"));
    const QByteArray same = page(QStringLiteral("Teapots"), QStringLiteral("<p>Cast iron teapots, glazed inside, one litre.</p>"));
    for (auto scheme : {test::Scheme::Http, test::Scheme::Https}) {
        QVERIFY(m_nginx->writeFile(kShop, scheme, QStringLiteral("index.html"), shopIndex).ok());
        QVERIFY(m_nginx->writeFile(kShop, scheme, QStringLiteral("same.html"), same).ok());
    }
    QVERIFY(m_nginx->writeFile(kShop, test::Scheme::Http, QStringLiteral("different.html"),
                               page(QStringLiteral("Offers"), QStringLiteral("<p>Green tea from Shizuoka, first flush, harvested in May, "
                                                                             "two hundred grams in a resealable tin.</p>"))).ok());
    QVERIFY(m_nginx->writeFile(kShop, test::Scheme::Https, QStringLiteral("different.html"),
                               page(QStringLiteral("Maintenance"), QStringLiteral("<p>The shop is closed for maintenance; our engineers "
                                                                                  "are upgrading the payment system tonight.</p>"))).ok());
    const Status started = m_nginx->start();
    QVERIFY2(started.ok(), why(started));
}

void tst_NginxScanWindow::scanTwoOriginsThroughTheWindow()
{
    MainWindow window;
    new QAbstractItemModelTester(window.originsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
    new QAbstractItemModelTester(window.pagesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StartPage *start = window.startPage();

    // What the options panel cannot express: ports, DNS, the system roots, timeouts.
    ScanSettings base;
    base.dnsEnabled = false;
    base.useSystemRoots = false;
    base.fetch.userAgent = defaultUserAgent();
    base.fetch.httpPort = m_nginx->httpPort();
    base.fetch.httpsPort = m_nginx->httpsPort();
    base.fetch.connectTimeoutMs = 3000;
    base.fetch.idleTimeoutMs = 3000;
    base.fetch.totalTimeoutMs = 10000;
    start->setBaseSettings(base);

    // Everything else goes through the form.
    QTest::keyClicks(start->domainField(), kDomain);
    QVERIFY(start->isDomainValid());
    auto *pins = start->findChild<QPlainTextEdit *>(QStringLiteral("resolvePins"));
    QVERIFY(pins);
    pins->setPlainText(m_nginx->resolveArgument(kDomain) + QLatin1Char('\n') + m_nginx->resolveArgument(kShop));
    auto *caFile = start->findChild<FileField *>(QStringLiteral("caFile"));
    QVERIFY(caFile);
    QTest::keyClicks(caFile->lineEdit(), m_pki->rootCaFile());

    QSignalSpy finished(window.controller(), &ScanController::finished);
    QTest::mouseClick(start->scanButton(), Qt::LeftButton);
    QVERIFY2(window.controller()->isRunning(), qPrintable(start->hintLabel()->text()));
    QCOMPARE(window.controller()->settings().fetch.httpsPort, m_nginx->httpsPort());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1 && !window.controller()->isRunning(), 120000);

    // The origins table: one row each, the badge in the mode's colour.
    QTableView *table = window.scanView()->results()->originsView();
    QCOMPARE(table->model()->rowCount(), 2);
    const QHash<QString, Mode> expected{{kDomain, Mode::Strict}, {kShop, Mode::Flexible}};
    const QImage shot = table->viewport()->grab().toImage();
    for (int row = 0; row < 2; ++row) {
        const QModelIndex badge = table->model()->index(row, OriginsModel::Recommended);
        const QString host = badge.data(HostRole).toString();
        QVERIFY2(expected.contains(host), qPrintable(host));
        const Mode mode = expected.value(host);
        QCOMPARE(Mode(badge.data(ModeRole).toInt()), mode);
        QCOMPARE(badge.data().toString(), modeDisplayName(mode));
        QCOMPARE(table->model()->index(row, OriginsModel::ApiValue).data().toString(), cloudflareValue(mode));
        const QRect cell = table->visualRect(badge);
        const QColor painted = shot.pixelColor(QPoint(cell.left() + 6, cell.center().y()) * shot.devicePixelRatio());
        QCOMPARE(painted.name(), verdictstyle::modeBadgeColor(mode).name());
        const QModelIndex cert = table->model()->index(row, OriginsModel::Certificate);
        if (host == kShop) {
            QVERIFY2(cert.data().toString().contains(QStringLiteral("expired")), qPrintable(cert.data().toString()));
            QCOMPARE(cert.data(Qt::ForegroundRole).value<QColor>(), verdictstyle::stateColor(NodeState::Different, QGuiApplication::palette()));
            QCOMPARE(table->model()->index(row, OriginsModel::Different).data().toInt(), 1);
        } else {
            QVERIFY2(cert.data().toString().startsWith(QStringLiteral("valid")), qPrintable(cert.data().toString()));
            QCOMPARE(table->model()->index(row, OriginsModel::Different).data().toInt(), 0);
        }
    }

    // The shop's pages: open the differing one from the list with Enter.
    window.scanView()->results()->selectOrigin(kShop);
    OriginDetails *details = window.scanView()->results()->details();
    QCOMPARE(details->host(), kShop);
    details->setCurrentIndex(OriginDetails::PagesTab);
    QTableView *pagesView = details->pagesView();
    QModelIndex differentRow;
    for (int r = 0; r < pagesView->model()->rowCount(); ++r) {
        const QModelIndex i = pagesView->model()->index(r, PagesModel::Path);
        if (i.data(PathRole).toString() == QLatin1String("/different.html"))
            differentRow = i;
    }
    QVERIFY(differentRow.isValid());
    QCOMPARE(pagesView->model()->index(differentRow.row(), PagesModel::Verdict).data().toString(), verdictstyle::stateText(NodeState::Different));
    pagesView->setFocus();
    pagesView->setCurrentIndex(differentRow);
    QTest::keyClick(pagesView, Qt::Key_Return);
    PageDiffDialog *diff = nullptr;
    QTRY_VERIFY((diff = window.findChild<PageDiffDialog *>()) != nullptr);
    SideBySideView *sides = diff->view()->sideBySide();
    // The diff is computed on the thread pool: "Comparing…" first.
    QTRY_VERIFY2_WITH_TIMEOUT(sides->leftPane()->toPlainText().contains(QStringLiteral("Shizuoka")),
                              qPrintable(sides->leftPane()->toPlainText()), 30000);
    QVERIFY(!diff->view()->isBusy());
    QVERIFY(sides->rightPane()->toPlainText().contains(QStringLiteral("maintenance")));
    QVERIFY(!sides->document().changes.isEmpty());
    diff->close();

    // The expired certificate, in the error colour.
    details->setCurrentIndex(OriginDetails::CertificateTab);
    ChainView *chain = details->chainView();
    QVERIFY(chain->chainList()->count() >= 1);
    QListWidgetItem *leaf = chain->chainList()->item(0);
    QCOMPARE(leaf->foreground().color(), verdictstyle::stateColor(NodeState::Different, chain->palette()));
    auto *summary = chain->findChild<QLabel *>(QStringLiteral("chainSummary"));
    QVERIFY(summary->text().contains(QStringLiteral("rejects")));
    QCOMPARE(summary->palette().color(QPalette::WindowText), verdictstyle::stateColor(NodeState::Different, chain->palette()));

    // Export through the dialog.
    QVERIFY(window.scanFiles()->exportAction()->isEnabled());
    ExportDialog *dialog = window.scanFiles()->showExportDialog();
    QVERIFY(dialog);
    const QString json = m_dir.filePath(QStringLiteral("guiscan.json"));
    dialog->formatBox(ExportDialog::Html)->setChecked(false);
    dialog->pathField(ExportDialog::Json)->setPath(json);
    dialog->formatBox(ExportDialog::Json)->setChecked(true);
    QSignalSpy exported(dialog, &ExportDialog::exportFinished);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 60000);
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(2).toStringList().join('\n')));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("domain")).toString(), kDomain);
    QHash<QString, QString> modes;
    for (const QJsonValue &o : root.value(QStringLiteral("origins")).toArray())
        modes.insert(o[QStringLiteral("origin")].toString(), o[QStringLiteral("recommended_mode")].toString());
    QCOMPARE(modes.value(kDomain), modeName(Mode::Strict));
    QCOMPARE(modes.value(kShop), modeName(Mode::Flexible));
    QVERIFY(window.close());
}

QTEST_MAIN(tst_NginxScanWindow)
#include "tst_nginxscanwindow.moc"
