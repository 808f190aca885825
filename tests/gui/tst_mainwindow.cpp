// Smoke test: the main window builds with its real menus, shows, and closes
// cleanly on the offscreen platform.
#include "mainwindow/mainwindow.h"

#include <QMenuBar>
#include <QTest>

using namespace sslrec::ui;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensAndCloses();
};

void tst_MainWindow::opensAndCloses()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> guard(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QStringList menus;
    for (QAction *a : window->menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Scan"), QStringLiteral("View"), QStringLiteral("Help")}));

    QVERIFY(window->close());
    QTRY_VERIFY(guard.isNull());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
