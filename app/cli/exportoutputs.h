#pragma once

#include "export/htmlexport.h"
#include "scan/scanresult.h"

#include <QString>

class QCommandLineParser;

namespace sslrec::cli {

/// The report files one command was asked to write (--json, --csv, --html, --pdf).
struct ExportTargets
{
    QString json; ///< JSON report, "-" for standard output
    QString csv;  ///< pages CSV; the origins CSV goes next to it (originsCsvPath)
    QString html; ///< self-contained HTML report
    QString pdf;  ///< PDF of the HTML report (needs the offscreen GUI platform)

    bool any() const { return !json.isEmpty() || !csv.isEmpty() || !html.isEmpty() || !pdf.isEmpty(); }
};

/// Registers --json, --csv, --html and --pdf on a parser.
void addExportOptions(QCommandLineParser &parser);
ExportTargets exportTargets(const QCommandLineParser &parser);
/// True when the raw arguments ask for a PDF: main() must then create a
/// QGuiApplication (offscreen) instead of a QCoreApplication.
bool argumentsWantPdf(const QStringList &arguments);

/// Writes every requested report; each failure is reported on stderr.
/// Returns false when any could not be written.
bool writeExports(const ScanResult &result, const ExportTargets &targets, const PageBodies &bodies = {});

} // namespace sslrec::cli
