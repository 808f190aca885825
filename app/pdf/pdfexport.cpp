#include "pdfexport.h"

#include "export/exportfile.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace sslrec {

Result<QByteArray> htmlToPdf(const QString &html, const PdfOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(
            QStringLiteral("pdf.no_gui"),
            QStringLiteral("cannot render the PDF report: no QGuiApplication runs in this process; "
                           "create one (on the offscreen platform for headless use) before exporting"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(options.letter ? QPageSize::Letter : QPageSize::A4));
        // print() adds its own 2 cm margin around an unpaginated document.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(options.resolutionDpi);
        writer.setTitle(options.title);
        writer.setCreator(options.creator);

        QTextDocument document;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(html);
        // print() paginates to the writer's page rect and numbers the pages.
        document.print(&writer);
    }
    if (buffer.data().isEmpty() || !buffer.data().startsWith("%PDF-"))
        return Result<QByteArray>::failure(QStringLiteral("pdf.render"),
                                           QStringLiteral("the PDF writer produced no document; check that fonts are installed"));
    return buffer.data();
}

Result<QByteArray> scanToPdf(const ScanResult &scan, const HtmlReportOptions &html)
{
    HtmlReportOptions options = html;
    options.flavor = HtmlFlavor::RichText;
    PdfOptions pdf;
    pdf.title = QStringLiteral("sslrec report: %1").arg(scan.settings.domain);
    pdf.creator = QStringLiteral("sslrec %1").arg(scan.toolVersion);
    return htmlToPdf(scanToHtml(scan, options), pdf);
}

Status writeScanPdf(const ScanResult &scan, const QString &path, const HtmlReportOptions &html)
{
    auto pdf = scanToPdf(scan, html);
    if (!pdf)
        return Status(pdf.error());
    return writeExportFile(pdf.value(), path, QStringLiteral("the PDF report"));
}

} // namespace sslrec
