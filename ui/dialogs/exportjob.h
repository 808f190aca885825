#pragma once

#include "scan/scanresult.h"

#include <QString>
#include <QStringList>

namespace sslrec::ui {

// Where each report goes; an empty path skips that format.
struct ExportTargets
{
    QString json;       // the scan JSON (docs/json-format.md)
    QString csv;        // the pages CSV; the origins CSV goes next to it (originsCsvPath)
    QString html;       // the self-contained HTML report
    QString pdf;        // the PDF report
    QString cloudflare; // the Cloudflare API (curl) and Terraform snippets, as text

    bool any() const { return !(json + csv + html + pdf + cloudflare).isEmpty(); }
};

// What an export run did, for the dialog and the status bar.
struct ExportOutcome
{
    QStringList written; // files written, in the order above
    QStringList errors;  // one message per report that failed (what, which file, what to do)
};

// Writes every report \a targets names for \a scan. Bodies for the HTML and
// PDF diffs are read from \a scanFile (opened in the calling thread), when
// given. Blocking and thread-safe: the GUI runs it on the thread pool. The
// PDF is rendered there too: QTextDocument is reentrant and the document and
// its QPdfWriter are created, used and destroyed in that one thread (Qt's
// "Thread-Support in Qt Modules"); it needs a QGuiApplication in the process.
ExportOutcome runExport(const ScanResult &scan, const QString &scanFile, const ExportTargets &targets);

} // namespace sslrec::ui
