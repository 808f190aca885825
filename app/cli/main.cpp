#include "cli.h"
#include "exportoutputs.h"
#include "headlessgui.h"
#include "l10n.h"

#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    // A PDF needs fonts and QTextDocument: QtGui on the offscreen platform.
    // Everything else runs on QtCore alone (and starts faster).
    std::unique_ptr<QCoreApplication> app;
    if (sslrec::cli::argumentsWantPdf(raw))
        app = sslrec::createHeadlessGuiApplication(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    // Like any command-line tool, the CLI speaks the language of the
    // environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); LC_ALL=C for English.
    sslrec::l10n::install(QString());
    return sslrec::cli::run(app->arguments());
}
