#include "core/version.h"
#include "crawl/domaininput.h"
#include "mainwindow/mainwindow.h"
#include "scan/scanoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

// sslrec [DOMAIN | SCAN.sslrec] [scan options] | sslrec --demo
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sslrec"));
    QApplication::setOrganizationName(QStringLiteral("sslrec"));
    QApplication::setApplicationVersion(QString::fromLatin1(sslrec::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("sslrec"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sslrec.svg")));

    // The TLS probe holds a thread-pool thread for up to its timeout, and the
    // raster paint engine shares that global pool; on a two-core machine two
    // slow origins would stall painting. More threads keep the window live.
    QThreadPool::globalInstance()->setMaxThreadCount(std::max(QThreadPool::globalInstance()->maxThreadCount(), 8));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Find the most secure proxy TLS mode each origin of a domain supports."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("target"), QApplication::translate("main", "A domain to scan right away, or a saved scan (.sslrec) to open."),
                                 QStringLiteral("[DOMAIN | SCAN.sslrec]"));
    sslrec::addScanOptions(parser);
    parser.addOption({QStringLiteral("demo"), QApplication::translate("main", "Scan the built-in demo site on loopback.")});
    parser.process(app);

    sslrec::ui::MainWindow window;
    window.show();
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
