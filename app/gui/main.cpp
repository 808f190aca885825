#include "core/version.h"
#include "crawl/domaininput.h"
#include "l10n.h"
#include "mainwindow/appsettings.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startpage.h"
#include "scan/scanoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

// sslrec [DOMAIN | SCAN.sslrec] [scan options] | sslrec --demo
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sslrec"));
    QApplication::setOrganizationName(QStringLiteral("sslrec"));
    QApplication::setApplicationVersion(QString::fromLatin1(sslrec::kVersion));
    // The desktop entry's id (packaging/org.sslrec.Sslrec.desktop): Wayland
    // compositors match the window to its icon and name by it.
    QApplication::setDesktopFileName(QStringLiteral("org.sslrec.Sslrec"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sslrec.svg")));

    // The TLS probe holds a thread-pool thread for up to its timeout, and the
    // raster paint engine shares that global pool; on a two-core machine two
    // slow origins would stall painting. More threads keep the window live.
    QThreadPool::globalInstance()->setMaxThreadCount(std::max(QThreadPool::globalInstance()->maxThreadCount(), 8));

    // Before the parser, so --help is translated too. --language (below)
    // re-installs when given.
    sslrec::l10n::install(sslrec::ui::AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Find the most secure proxy TLS mode each origin of a domain supports."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("target"), QApplication::translate("main", "A domain to scan right away, or a saved scan (.sslrec) to open."),
                                 QStringLiteral("[DOMAIN | SCAN.sslrec]"));
    sslrec::addScanOptions(parser);
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Scan the built-in demo site on loopback.")});
    parser.addOption({QStringLiteral("language"),
                      QApplication::translate("main", "Use this language for this run (en, de, zh_CN, zh_TW) instead of the one chosen in Preferences or the system's."),
                      QStringLiteral("LANG")});
    // Used by the package test: start, show the window, print what it shows, quit.
    QCommandLineOption smokeTest(QStringLiteral("smoke-test"), QStringLiteral("Show the window, print its title and menus, quit."));
    smokeTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smokeTest);
    parser.process(app);
    if (parser.isSet(QStringLiteral("language")))
        sslrec::l10n::install(parser.value(QStringLiteral("language")));

    sslrec::ui::MainWindow window;
    window.show();
    if (parser.isSet(smokeTest)) {
        QTimer::singleShot(0, &window, [&window] {
            QTextStream out(stdout);
            out << "language: " << sslrec::l10n::current() << "\n"
                << "title: " << window.windowTitle() << "\n";
            for (const QAction *menu : window.menuBar()->actions())
                out << "menu: " << menu->text() << "\n";
            out << "scan button: " << window.startPage()->scanButton()->text() << "\n";
            out.flush();
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
        return app.exec();
    }
    const QStringList positional = parser.positionalArguments();
    const QString target = positional.value(0);
    auto fail = [&window](const QString &message) {
        QMessageBox::warning(&window, QApplication::translate("main", "Cannot start the scan"), message);
    };
    if (parser.isSet(QStringLiteral("demo"))) {
        auto settings = sslrec::scanSettingsFromOptions(parser, QString());
        QTimer::singleShot(0, &window, [&window, settings, fail] {
            if (!settings)
                fail(settings.error().message);
            else
                window.startDemoScan(*settings);
        });
    } else if (target.endsWith(QLatin1String(".sslrec"))) {
        window.openScanFile(target);
    } else if (!target.isEmpty()) {
        const auto input = sslrec::DomainInput::parse(target);
        auto settings = input ? sslrec::scanSettingsFromOptions(parser, input->host) : sslrec::Result<sslrec::ScanSettings>(input.error());
        QTimer::singleShot(0, &window, [&window, input, settings, fail]() mutable {
            if (!settings) {
                fail(settings.error().message);
                return;
            }
            sslrec::ScanSettings s = std::move(settings).value();
            s.startPath = input->startPath.value_or(QStringLiteral("/"));
            window.startScan(s);
        });
    }
    return app.exec();
}
