#include "core/version.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sslrec"));
    QApplication::setOrganizationName(QStringLiteral("sslrec"));
    QApplication::setApplicationVersion(QString::fromLatin1(sslrec::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("sslrec"));

    sslrec::ui::MainWindow window;
    window.show();
    return app.exec();
}
