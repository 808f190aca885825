#pragma once

#include <QMainWindow>

class QAction;

namespace sslrec::ui {

/// The application window: the menu skeleton (File, Scan, View, Help) and,
/// as the views land, the start page, progress, results, diff and chain.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void createActions();
    void createMenus();
    void showAbout();

    QAction *m_openAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_startScanAction = nullptr;
    QAction *m_demoScanAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace sslrec::ui
