#include "dialogs/exportjob.h"

#include "export/cloudflaresnippets.h"
#include "export/csvexport.h"
#include "export/htmlexport.h"
#include "export/jsonexport.h"
#include "pdfexport.h"
#include "store/scanfile.h"

#include <memory>

namespace sslrec::ui {

ExportOutcome runExport(const ScanResult &scan, const QString &scanFile, const ExportTargets &targets)
{
    ExportOutcome outcome;
    auto record = [&outcome](const Status &status, const QStringList &files) {
        if (status)
            outcome.written << files;
        else
            outcome.errors << status.error().message;
    };
    if (!targets.json.isEmpty())
        record(writeScanJson(scan, targets.json), {targets.json});
    if (!targets.csv.isEmpty()) {
        const QString origins = originsCsvPath(targets.csv);
        record(writeScanCsv(scan, targets.csv, origins), {targets.csv, origins});
    }

    HtmlReportOptions html;
    std::unique_ptr<ScanFile> file;
    if (!scanFile.isEmpty() && (!targets.html.isEmpty() || !targets.pdf.isEmpty())) {
        // A saved scan without bodies still exports; its diffs say so.
        if (auto opened = ScanFile::open(scanFile))
            file = std::move(opened).value();
        else
            outcome.errors << opened.error().message;
    }
    if (file) {
        ScanFile *reader = file.get();
        html.bodies = [reader](const QString &host, const QString &path) -> std::optional<QPair<QByteArray, QByteArray>> {
            auto stored = reader->bodies(host, path);
            if (!stored)
                return std::nullopt;
            return qMakePair(stored->http, stored->https);
        };
    }
    if (!targets.html.isEmpty())
        record(writeScanHtml(scan, targets.html, html), {targets.html});
    if (!targets.pdf.isEmpty())
        record(writeScanPdf(scan, targets.pdf, html), {targets.pdf});
    if (!targets.cloudflare.isEmpty())
        record(writeCloudflareSnippets(scan, targets.cloudflare), {targets.cloudflare});
    return outcome;
}

} // namespace sslrec::ui
