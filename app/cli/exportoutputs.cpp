#include "exportoutputs.h"

#include "clioutput.h"
#include "export/csvexport.h"
#include "export/jsonexport.h"
#include "pdfexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

namespace sslrec::cli {

void addExportOptions(QCommandLineParser &parser)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("sslrec::cli", text); };
    parser.addOptions({
        {QStringLiteral("json"), tr("Write the result as JSON to FILE ('-' for standard output)."), QStringLiteral("FILE")},
        {QStringLiteral("csv"), tr("Write one CSV row per page pair to FILE, and the origin summaries to FILE-origins.csv."), QStringLiteral("FILE")},
        {QStringLiteral("html"), tr("Write a self-contained HTML report to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("pdf"), tr("Write the report as PDF to FILE."), QStringLiteral("FILE")},
    });
}

ExportTargets exportTargets(const QCommandLineParser &parser)
{
    return {parser.value(QStringLiteral("json")), parser.value(QStringLiteral("csv")), parser.value(QStringLiteral("html")),
            parser.value(QStringLiteral("pdf"))};
}

bool argumentsWantPdf(const QStringList &arguments)
{
    return std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf="));
    });
}

bool writeExports(const ScanResult &result, const ExportTargets &targets, const PageBodies &bodies)
{
    bool ok = true;
    auto check = [&ok](const Status &status) {
        if (!status) {
            error(status.error().message);
            ok = false;
        }
    };
    if (!targets.json.isEmpty())
        check(writeScanJson(result, targets.json));
    if (!targets.csv.isEmpty())
        check(writeScanCsv(result, targets.csv, originsCsvPath(targets.csv)));
    HtmlReportOptions html;
    html.bodies = bodies;
    if (!targets.html.isEmpty())
        check(writeScanHtml(result, targets.html, html));
    if (!targets.pdf.isEmpty()) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            check(Status::failure(QStringLiteral("pdf.no_gui"), QStringLiteral("PDF output needs the GUI libraries; this run started without them")));
        else
            check(writeScanPdf(result, targets.pdf, html));
    }
    return ok;
}

} // namespace sslrec::cli
