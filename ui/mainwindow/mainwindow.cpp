#include "mainwindow/mainwindow.h"

#include "core/version.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace sslrec::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("sslrec"));
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    createMenus();

    auto *placeholder = new QLabel(tr("Enter a domain to find the most secure proxy mode its origins support."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Scan…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAsAction = new QAction(tr("Save Scan &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setEnabled(false);
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_startScanAction = new QAction(tr("&Start Scan"), this);
    m_startScanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_demoScanAction = new QAction(tr("Scan the &Demo Site"), this);
    m_pauseAction = new QAction(tr("&Pause"), this);
    m_pauseAction->setEnabled(false);
    m_cancelAction = new QAction(tr("&Cancel Scan"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setEnabled(false);

    m_fullScreenAction = new QAction(tr("&Full Screen"), this);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        on ? showFullScreen() : showNormal();
    });

    m_aboutAction = new QAction(tr("&About sslrec"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_openAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *scan = menuBar()->addMenu(tr("&Scan"));
    scan->setObjectName(QStringLiteral("scanMenu"));
    scan->addAction(m_startScanAction);
    scan->addAction(m_demoScanAction);
    scan->addSeparator();
    scan->addAction(m_pauseAction);
    scan->addAction(m_cancelAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_fullScreenAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
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
