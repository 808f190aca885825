#pragma once

#include "scan/scanresult.h"
#include "scan/scansettings.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QStackedWidget;

namespace sslrec::ui {

class OriginsModel;
class PageDiffDialog;
class PagesModel;
class ScanController;
class ScanFiles;
class ScanView;
class SiteTreeModel;
class StartPage;

// The application window: menus and actions, the start page and the scan
// view in a stack, and the wiring from the ScanController to the models.
// Views live in their own widgets (StartPage, ScanView, ...).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startScan(const ScanSettings &settings);
    void startDemoScan(const ScanSettings &base = {});
    // Opens a saved scan (off the GUI thread); a problem shows in the status bar.
    void openScanFile(const QString &path);
    // Opens the side-by-side diff of a page; null if the page is unknown.
    PageDiffDialog *openPageDiff(const QString &host, const QString &pathAndQuery);

    ScanController *controller() const { return m_controller; }
    ScanFiles *scanFiles() const { return m_files; }
    StartPage *startPage() const { return m_startPage; }
    ScanView *scanView() const { return m_scanView; }
    OriginsModel *originsModel() const { return m_origins; }
    PagesModel *pagesModel() const { return m_pages; }
    void showStartPage();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    // Every text of the window's own actions and menus; run again on
    // QEvent::LanguageChange so a language chosen in Preferences applies at
    // once (a running scan goes on).
    void retranslateUi();
    void updateWindowTitle();
    void connectController();
    void beginScanView(const ScanSettings &settings);
    void updateActions();
    void restoreLayout();
    void saveLayout();
    void showAbout();
    void showSavedScan(const QString &path, const ScanResult &scan);
    void showMessage(const QString &text, bool error);
    // True while the window shows the live scan (not a saved one).
    bool showsLiveScan() const;

    ScanController *m_controller = nullptr;
    ScanFiles *m_files = nullptr;
    OriginsModel *m_origins = nullptr;
    PagesModel *m_pages = nullptr;
    SiteTreeModel *m_tree = nullptr;
    QStackedWidget *m_stack = nullptr;
    StartPage *m_startPage = nullptr;
    ScanView *m_scanView = nullptr;
    // What the title names: the scanned domain and, for a saved scan, its file.
    QString m_titleDomain;
    QString m_titleFile;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_scanMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newScanAction = nullptr;
    QAction *m_startScanAction = nullptr;
    QAction *m_demoScanAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showResultsAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace sslrec::ui
