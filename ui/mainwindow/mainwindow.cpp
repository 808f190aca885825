#include "mainwindow/mainwindow.h"

#include "core/version.h"
#include "dialogs/pagediffdialog.h"
#include "dialogs/settingsdialog.h"
#include "l10n.h"
#include "mainwindow/appsettings.h"
#include "mainwindow/origindetails.h"
#include "mainwindow/progresspanel.h"
#include "mainwindow/resultsview.h"
#include "mainwindow/scanfiles.h"
#include "mainwindow/scanview.h"
#include "mainwindow/startpage.h"
#include "models/originsmodel.h"
#include "models/pagesmodel.h"
#include "models/savedscanfeed.h"
#include "models/sitetreemodel.h"
#include "scan/scancontroller.h"

#include <QAction>
#include <QDropEvent>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>

#include <algorithm>

namespace sslrec::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ScanController(this))
    , m_files(new ScanFiles(m_controller, this))
    , m_origins(new OriginsModel(this))
    , m_pages(new PagesModel(this))
    , m_tree(new SiteTreeModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sslrec.svg")));
    createActions();
    createMenus();
    retranslateUi();

    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_stack);
    m_startPage->loadDefaults(AppSettings::scanDefaults());
    m_scanView = new ScanView(m_origins, m_pages, m_tree, m_pauseAction, m_cancelAction, m_stack);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_scanView);
    setCentralWidget(m_stack);

    connect(m_startPage, &StartPage::scanRequested, this, &MainWindow::startScan);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::startDemoScan);
    connect(m_scanView, &ScanView::pageActivated, this, &MainWindow::openPageDiff);
    connect(m_files, &ScanFiles::scanOpened, this, &MainWindow::showSavedScan);
    connect(m_files, &ScanFiles::message, this, &MainWindow::showMessage);
    connectController();
    setAcceptDrops(true);
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 800);
    restoreLayout();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_preferencesAction = new QAction(this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            m_controller->setBodyBudget(AppSettings::bodyBudgetBytes());
            m_scanView->results()->setExpiryWarningDays(AppSettings::scanDefaults().expiryWarningDays);
            // Widgets retranslate on the LanguageChange this posts; a running scan goes on.
            l10n::install(AppSettings::language());
        }
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_newScanAction = new QAction(QIcon(QStringLiteral(":/icons/new.svg")), QString(), this);
    m_newScanAction->setShortcut(QKeySequence::New);
    connect(m_newScanAction, &QAction::triggered, this, &MainWindow::showStartPage);
    m_startScanAction = new QAction(QIcon(QStringLiteral(":/icons/scan.svg")), QString(), this);
    m_startScanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_startScanAction, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() == m_startPage)
            m_startPage->requestScan();
        else if (m_files->showsSavedScan() && m_files->currentResult())
            startScan(m_files->currentResult()->settings); // scan the saved domain anew
        else
            startScan(m_controller->settings()); // scan the same domain again
    });
    m_demoScanAction = new QAction(QIcon(QStringLiteral(":/icons/demo.svg")), QString(), this);
    m_demoScanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_demoScanAction, &QAction::triggered, this, [this] {
        auto base = m_startPage->demoSettings();
        startDemoScan(base ? *base : AppSettings::scanDefaults());
    });
    m_pauseAction = new QAction(QIcon(QStringLiteral(":/icons/pause.svg")), QString(), this);
    m_pauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::triggered, this, [this](bool pause) {
        pause ? m_controller->pause() : m_controller->resume();
    });
    m_cancelAction = new QAction(QIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    connect(m_cancelAction, &QAction::triggered, m_controller, &ScanController::cancel);

    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_stack->setCurrentWidget(m_scanView);
        OriginDetails *details = m_scanView->results()->details();
        details->setCurrentIndex(OriginDetails::PagesTab);
        details->searchField()->setFocus();
        details->searchField()->selectAll();
    });
    m_showResultsAction = new QAction(this);
    m_showResultsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showResultsAction, &QAction::triggered, this, [this] { m_stack->setCurrentWidget(m_scanView); });
    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    file->addAction(m_files->exportAction());
    file->addAction(m_files->compareAction());
    file->addSeparator();
    file->addAction(m_preferencesAction);
    file->addAction(m_quitAction);

    QMenu *scan = m_scanMenu = menuBar()->addMenu(QString());
    scan->setObjectName(QStringLiteral("scanMenu"));
    scan->addAction(m_newScanAction);
    scan->addAction(m_startScanAction);
    scan->addAction(m_demoScanAction);
    scan->addSeparator();
    scan->addAction(m_pauseAction);
    scan->addAction(m_cancelAction);

    QMenu *view = m_viewMenu = menuBar()->addMenu(QString());
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showResultsAction);
    view->addAction(m_findAction);
    view->addSeparator();
    view->addAction(m_fullScreenAction);

    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
}

void MainWindow::retranslateUi()
{
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_newScanAction->setText(tr("&New Scan…"));
    m_newScanAction->setToolTip(tr("Back to the start page to enter a domain"));
    m_startScanAction->setText(tr("&Start Scan"));
    m_demoScanAction->setText(tr("Scan the &Demo Site"));
    m_pauseAction->setToolTip(tr("Pause or resume fetching (Ctrl+Shift+P)"));
    m_cancelAction->setText(tr("&Cancel Scan"));
    m_cancelAction->setToolTip(tr("Stop the scan; each origin is judged on what was fetched (Ctrl+.)"));
    m_findAction->setText(tr("&Find Page…"));
    m_showResultsAction->setText(tr("Show &Results"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_aboutAction->setText(tr("&About sslrec"));
    m_fileMenu->setTitle(tr("&File"));
    //: Menu title (the noun): the menu of scan actions
    m_scanMenu->setTitle(tr("&Scan"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_files->retranslateUi();
    updateActions(); // Pause or Resume
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    if (m_titleDomain.isEmpty())
        setWindowTitle(tr("sslrec"));
    else if (m_titleFile.isEmpty())
        setWindowTitle(tr("%1 — sslrec").arg(m_titleDomain));
    else
        setWindowTitle(tr("%1 — %2 — sslrec").arg(m_titleDomain, m_titleFile));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectController()
{
    auto *c = m_controller;
    c->setBodyBudget(AppSettings::bodyBudgetBytes());
    // A saved scan opened while a live one ran replaces it in the window; the
    // cancelled scan's last signals must not reach the models then.
    connect(c, &ScanController::originAdded, this, [this](const QString &host) {
        if (!showsLiveScan())
            return;
        m_origins->addOrigin(host);
        m_tree->addOrigin(host);
    });
    connect(c, &ScanController::pageEvents, this, [this](const PageEventBatch &events) {
        if (!showsLiveScan())
            return;
        m_origins->applyPageEvents(events);
        m_pages->applyPageEvents(events);
        m_tree->applyPageEvents(events);
    });
    connect(c, &ScanController::pairsCompleted, this, [this](const QList<PagePair> &pairs) {
        if (!showsLiveScan())
            return;
        m_origins->addPairs(pairs);
        m_pages->addPairs(pairs);
        m_tree->addPairs(pairs);
    });
    connect(c, &ScanController::tlsReportReady, this, [this](const QString &host, const TlsReport &report) {
        if (showsLiveScan())
            m_origins->setTlsReport(host, report);
    });
    connect(c, &ScanController::originFinished, this, [this](const OriginResult &result) {
        if (!showsLiveScan())
            return;
        m_origins->setOriginResult(result);
        m_pages->finishOrigin(result.host, result.pages);
        m_tree->addPairs(result.pages);
        m_tree->finishOrigin(result.host);
    });
    connect(c, &ScanController::progressChanged, this, [this](const ScanProgress &progress) {
        if (showsLiveScan())
            m_scanView->progress()->setProgress(progress);
    });
    connect(c, &ScanController::finished, this, [this](const ScanResult &result) {
        if (!showsLiveScan())
            return;
        m_files->liveScanFinished(result);
        m_origins->setLive(false);
        m_scanView->progress()->scanFinished(result);
        const QString notes = result.notes.isEmpty() ? QString() : tr(" Notes: %1").arg(result.notes.join(QStringLiteral("; ")));
        statusBar()->showMessage((result.cancelled ? tr("Scan of %1 cancelled.") : tr("Scan of %1 finished.")).arg(result.settings.domain) + notes);
        QApplication::alert(this);
    });
    connect(c, &ScanController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        showStartPage();
        m_startPage->hintLabel()->setText(message);
    });
    connect(c, &ScanController::scanFileFailed, this, [this](const QString &message) { showMessage(message, true); });
    connect(c, &ScanController::runningChanged, this, &MainWindow::updateActions);
    connect(c, &ScanController::pausedChanged, this, &MainWindow::updateActions);
}

void MainWindow::beginScanView(const ScanSettings &settings)
{
    m_origins->clear();
    m_origins->setLive(true);
    m_pages->clear();
    m_tree->clear();
    m_scanView->results()->setCurrentMode(settings.currentMode);
    m_scanView->results()->setExpiryWarningDays(settings.expiryWarningDays);
    m_stack->setCurrentWidget(m_scanView);
    m_titleDomain = settings.domain;
    m_titleFile.clear();
    updateWindowTitle();
}

void MainWindow::startScan(const ScanSettings &settings)
{
    if (settings.domain.isEmpty()) {
        showStartPage();
        return;
    }
    m_files->liveScanStarted();
    beginScanView(settings);
    if (m_controller->isDemo() && settings.dnsEnabled == false && settings.domain == m_controller->settings().domain)
        m_controller->startDemo(settings); // "scan again" on the demo
    else
        m_controller->start(settings);
    m_scanView->progress()->scanStarted(settings.domain);
    AppSettings::addRecentDomain(settings.domain);
    m_startPage->reloadRecent();
    statusBar()->showMessage(tr("Scanning %1…").arg(settings.domain));
}

void MainWindow::startDemoScan(const ScanSettings &base)
{
    m_files->liveScanStarted();
    m_controller->startDemo(base);
    if (!m_controller->isRunning())
        return; // failed() explained why
    beginScanView(m_controller->settings());
    m_scanView->progress()->scanStarted(m_controller->settings().domain);
    statusBar()->showMessage(tr("Scanning the demo site on this computer…"));
}

void MainWindow::openScanFile(const QString &path)
{
    m_files->open(path);
}

bool MainWindow::showsLiveScan() const
{
    return !m_files->showsSavedScan();
}

void MainWindow::showSavedScan(const QString &path, const ScanResult &scan)
{
    beginScanView(scan.settings);
    m_origins->setLive(false);
    feedSavedScan(scan, *m_origins, *m_pages, *m_tree);
    m_scanView->progress()->scanStarted(scan.settings.domain);
    m_scanView->progress()->scanFinished(scan);
    m_titleFile = QFileInfo(path).fileName();
    updateWindowTitle();
    int pages = 0;
    for (const OriginResult &o : scan.origins)
        pages += int(o.pages.size());
    //: %1 is a file name, %2 "N origins", %3 "N pages", %4 a date and time
    statusBar()->showMessage(tr("Opened %1: %2, %3, scanned %4.")
                                 .arg(QFileInfo(path).fileName(),
                                      tr("%n origin(s)", nullptr, int(scan.origins.size())),
                                      tr("%n page(s)", nullptr, pages),
                                      scan.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    updateActions();
}

void MainWindow::showMessage(const QString &text, bool error)
{
    // Errors stay until the next message; progress notes fade.
    statusBar()->showMessage(text, error ? 0 : 8000);
    if (error && m_stack->currentWidget() == m_startPage)
        m_startPage->hintLabel()->setText(text);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile() && ScanFiles::isScanFileName(u.toLocalFile()); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && ScanFiles::isScanFileName(url.toLocalFile())) {
            event->acceptProposedAction();
            openScanFile(url.toLocalFile()); // one window shows one scan: the first file
            return;
        }
    }
}

PageDiffDialog *MainWindow::openPageDiff(const QString &host, const QString &pathAndQuery)
{
    const int row = m_pages->rowOf(host, pathAndQuery);
    if (row < 0 || !m_pages->rowAt(row).pair) {
        statusBar()->showMessage(tr("%1%2 has not been compared yet.").arg(host, pathAndQuery), 5000);
        return nullptr;
    }
    auto *dialog = new PageDiffDialog(*m_pages->rowAt(row).pair, m_files->bodySource().bodies(host, pathAndQuery), this);
    dialog->show();
    return dialog;
}

void MainWindow::showStartPage()
{
    m_stack->setCurrentWidget(m_startPage);
    m_startPage->setFocus();
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning() && showsLiveScan();
    m_pauseAction->setEnabled(running);
    m_cancelAction->setEnabled(running);
    m_pauseAction->setChecked(m_controller->isPaused());
    //: Menu action that continues a paused scan
    m_pauseAction->setText(m_controller->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(QIcon(m_controller->isPaused() ? QStringLiteral(":/icons/resume.svg") : QStringLiteral(":/icons/pause.svg")));
}

void MainWindow::restoreLayout()
{
    restoreGeometry(AppSettings::windowState(QStringLiteral("geometry")));
    restoreState(AppSettings::windowState(QStringLiteral("state")));
    m_scanView->restoreState(AppSettings::windowState(QStringLiteral("scanSplitter")));
    m_scanView->rightSplitter()->restoreState(AppSettings::windowState(QStringLiteral("progressSplitter")));
    m_scanView->results()->restoreState(AppSettings::windowState(QStringLiteral("resultsSplitter")));
}

void MainWindow::saveLayout()
{
    AppSettings::setWindowState(QStringLiteral("geometry"), saveGeometry());
    AppSettings::setWindowState(QStringLiteral("state"), saveState());
    AppSettings::setWindowState(QStringLiteral("scanSplitter"), m_scanView->saveState());
    AppSettings::setWindowState(QStringLiteral("progressSplitter"), m_scanView->rightSplitter()->saveState());
    AppSettings::setWindowState(QStringLiteral("resultsSplitter"), m_scanView->results()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_controller->cancel(); // the controller joins its thread when destroyed
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About sslrec"),
                       tr("<p><b>sslrec %1</b></p>"
                          "<p>Finds, for every origin behind a domain, the most secure TLS mode "
                          "a reverse proxy can use to reach it without breaking the site.</p>")
                           .arg(QLatin1String(kVersion)));
}

} // namespace sslrec::ui
