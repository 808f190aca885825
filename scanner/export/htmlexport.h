#pragma once

#include "core/result.h"
#include "scan/scanresult.h"

#include <QByteArray>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace sslrec {

/// The stored bodies (HTTP, HTTPS) of one page of a saved scan, or nullopt
/// when the scan file does not hold them. Called from the exporting thread.
using PageBodies = std::function<std::optional<QPair<QByteArray, QByteArray>>(const QString &host,
                                                                              const QString &pathAndQuery)>;

/// Which renderer the HTML is for.
enum class HtmlFlavor {
    Browser,  ///< full CSS (print rules, wrapping); the .html export
    RichText, ///< QTextDocument's CSS subset, long words made breakable; the PDF export
};

/// What goes into the HTML report and how.
struct HtmlReportOptions
{
    PageBodies bodies;            ///< bodies of a saved scan; unset = the bodies held in the PagePairs (live scan)
    HtmlFlavor flavor = HtmlFlavor::Browser; ///< target renderer
    int diffContextLines = 3;     ///< unchanged lines kept around each change
    int maxDiffRows = 300;        ///< diff rows shown per page; the rest is summarised
    int maxLineChars = 300;       ///< longer diff lines are cut, with a marker
    qint64 maxDiffBytes = 1024 * 1024; ///< each body is diffed up to this many bytes
    bool includePem = true;       ///< each certificate's PEM under its fields
    bool includeSnippets = true;  ///< the ready-to-apply Cloudflare settings
};

/// The whole report as one self-contained HTML document (UTF-8, inline CSS,
/// no scripts, no external resources). Every server-provided string is
/// escaped and no server-provided URL becomes a link.
QString scanToHtml(const ScanResult &scan, const HtmlReportOptions &options = {});

/// Writes scanToHtml() as UTF-8 to \a path ("-" = standard output).
Status writeScanHtml(const ScanResult &scan, const QString &path, const HtmlReportOptions &options = {});

} // namespace sslrec
