#pragma once

#include "core/result.h"
#include "export/htmlexport.h"
#include "scan/scanresult.h"

#include <QByteArray>
#include <QString>

namespace sslrec {

/// Page set-up and metadata of a PDF report.
struct PdfOptions
{
    QString title;            ///< document title (PDF metadata)
    QString creator;          ///< creating tool (PDF metadata)
    int resolutionDpi = 300;  ///< device resolution of the PDF writer
    bool letter = false;      ///< US Letter instead of A4
};

/// Renders \a html (QTextDocument's HTML subset) into a paginated PDF with
/// page numbers and QTextDocument::print()'s 2 cm margins. Needs a QGuiApplication (see headlessgui.h); fails with
/// "pdf.no_gui" without one.
Result<QByteArray> htmlToPdf(const QString &html, const PdfOptions &options = {});

/// The HTML report (rendered in the RichText flavour whatever \a html says)
/// as a PDF in memory.
Result<QByteArray> scanToPdf(const ScanResult &scan, const HtmlReportOptions &html = {});

/// Writes scanToPdf() to \a path atomically ("-" = standard output).
Status writeScanPdf(const ScanResult &scan, const QString &path, const HtmlReportOptions &html = {});

} // namespace sslrec
