#include "reportcommand.h"

#include "cli.h"
#include "clioutput.h"
#include "exportoutputs.h"
#include "store/scanfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sslrec::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::cli", text);
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a saved scan (SCAN.sslrec, written by 'sslrec-cli scan --out') as a report, "
                                        "without the network."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scan"), tr("The scan file to read."), QStringLiteral("SCAN.sslrec"));
    addExportOptions(parser);

    QStringList args = arguments;
    args.prepend(QStringLiteral("sslrec-cli report"));
    if (!parser.parse(args)) {
        error(parser.errorText() + tr(". Run 'sslrec-cli report --help' for the options."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        out(tr("\nExit codes: 0 written, 1 unreadable scan file or write error, 2 bad arguments or a format this build lacks.\n"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        error(tr("give exactly one scan file, e.g. 'sslrec-cli report example.sslrec --json report.json'."));
        return ExitUsage;
    }
    const ExportTargets targets = exportTargets(parser);
    if (!targets.any()) {
        error(tr("choose at least one report: --json FILE, --csv FILE, --html FILE or --pdf FILE."));
        return ExitUsage;
    }

    auto file = ScanFile::open(parser.positionalArguments().first());
    if (!file) {
        error(file.error().message);
        return ExitFailure;
    }
    const auto scan = file.value()->result();
    if (!scan) {
        error(scan.error().message);
        return ExitFailure;
    }
    // Diffs in the HTML and PDF reports read bodies one page at a time.
    ScanFile *reader = file.value().get();
    const PageBodies bodies = [reader](const QString &host, const QString &path) -> std::optional<QPair<QByteArray, QByteArray>> {
        auto stored = reader->bodies(host, path);
        if (!stored)
            return std::nullopt;
        return qMakePair(stored->http, stored->https);
    };
    return writeExports(*scan, targets, bodies) ? ExitOk : ExitFailure;
}

} // namespace sslrec::cli
