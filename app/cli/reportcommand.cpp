#include "reportcommand.h"

#include "cli.h"
#include "clioutput.h"
#include "export/jsonexport.h"
#include "store/scanfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sslrec::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::cli::report", text);
}

} // namespace

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a saved scan (SCAN.sslrec, written by 'sslrec-cli scan --out') as a report, "
                                        "without the network."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scan"), tr("The scan file to read."), QStringLiteral("SCAN.sslrec"));
    const QStringList formats = {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("pdf")};
    parser.addOptions({
        {QStringLiteral("json"), tr("Write the scan as JSON (docs/json-format.md) to FILE ('-' for standard output)."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), tr("Write one CSV row per page pair to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("html"), tr("Write a self-contained HTML report to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("pdf"), tr("Write a PDF report to FILE."), QStringLiteral("FILE")},
    });

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
    QStringList chosen;
    for (const QString &f : formats) {
        if (parser.isSet(f))
            chosen << f;
    }
    if (chosen.size() != 1) {
        error(tr("choose one format: --json FILE, --csv FILE, --html FILE or --pdf FILE."));
        return ExitUsage;
    }
    const QString format = chosen.first();
    const QString target = parser.value(format);
    if (format != QLatin1String("json")) {
        // TODO(#6): wire writeScanCsv / writeScanHtml / the PDF writer from scanner/export once they land.
        error(tr("--%1 reports are not available in this build; use --json.").arg(format));
        return ExitUsage;
    }

    const auto scan = ScanFile::load(parser.positionalArguments().first());
    if (!scan) {
        error(scan.error().message);
        return ExitFailure;
    }
    if (auto written = writeScanJson(*scan, target); !written) {
        error(written.error().message);
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace sslrec::cli
