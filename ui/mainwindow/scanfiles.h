#pragma once

#include "dialogs/comparedialog.h"
#include "scan/scanresult.h"
#include "scan/storedbodysource.h"

#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace sslrec::ui {

class ExportDialog;
class ScanController;
class ScanLoader;

// The scan-file side of the window: File > Open Scan, Open Recent, Save Scan
// As, Export and Compare with another scan. It knows which scan the window
// shows — the live one (ScanController) or a saved one — and offers that
// scan's result, file and bodies. MainWindow feeds the models when a saved
// scan is loaded (scanOpened) and shows messages where the user looks.
class ScanFiles : public QObject
{
    Q_OBJECT

public:
    ScanFiles(ScanController *controller, QWidget *window);
    ~ScanFiles() override;

    QAction *openAction() const { return m_open; }
    QMenu *recentMenu() const { return m_recent; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *exportAction() const { return m_export; }
    QAction *compareAction() const { return m_compare; }

    // The actions' and menu's texts again, after a language change.
    void retranslateUi();

    // Reads \a path off the GUI thread; scanOpened() or message() follows.
    void open(const QString &path);
    bool isOpening() const;
    // Copies the shown scan's file to \a path off the GUI thread; saved() or message() follows.
    void saveAs(const QString &path);
    // The export dialog for the shown scan (not modal, deleted on close); null while nothing is finished.
    ExportDialog *showExportDialog();
    // Reads \a path and shows what changed from the older to the newer scan.
    void compareWith(const QString &path);

    // The live scan takes the window / reports its end.
    void liveScanStarted();
    void liveScanFinished(const ScanResult &result);

    bool showsSavedScan() const { return m_savedPath.has_value(); }
    QString savedPath() const { return m_savedPath.value_or(QString()); }
    // The shown scan once it is complete (finished live scan or a saved one).
    const std::optional<ScanResult> &currentResult() const { return m_result; }
    // The shown scan's file (the live scan's temporary file, or the saved one).
    QString currentFile() const;
    // Bodies for the diff view of the shown scan.
    const BodySource &bodySource() const;

    static bool isScanFileName(const QString &path);

signals:
    void scanOpened(const QString &path, const sslrec::ScanResult &scan);
    void saved(const QString &path);
    void compareShown(sslrec::ui::CompareDialog *dialog);
    // Something for the status bar; \a error when it went wrong.
    void message(const QString &text, bool error);

private:
    void chooseAndOpen();
    void chooseAndSave();
    void chooseAndCompare();
    void rebuildRecentMenu();
    void onLoaded(const QString &path, const ScanResult &scan);
    void onLoadFailed(const QString &path, const QString &message);
    void copyInBackground(const QString &source, const QString &target);
    void updateActions();

    ScanController *m_controller;
    QWidget *m_window;
    ScanLoader *m_loader;
    ScanLoader *m_compareLoader;
    QAction *m_open = nullptr;
    QMenu *m_recent = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_export = nullptr;
    QAction *m_compare = nullptr;
    std::optional<QString> m_savedPath;
    std::optional<ScanResult> m_result;
    StoredBodySource m_savedBodies;
};

} // namespace sslrec::ui
