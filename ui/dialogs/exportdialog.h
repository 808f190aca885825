#pragma once

#include "dialogs/exportjob.h"
#include "scan/scanresult.h"

#include <QDialog>
#include <QFutureWatcher>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace sslrec::ui {

class FileField;

// Exports a finished or saved scan: tick the reports wanted (JSON, CSV,
// HTML, PDF, Cloudflare snippets), adjust their files, Export. The writing
// runs on the thread pool; the dialog shows the outcome in place and closes
// only when every report was written.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Format { Json, Csv, Html, Pdf, Cloudflare, FormatCount };

    // \a scanFile: where the pages' bodies are (for the HTML and PDF diffs).
    ExportDialog(const ScanResult &scan, const QString &scanFile, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QCheckBox *formatBox(Format format) const { return m_boxes.at(format); }
    FileField *pathField(Format format) const { return m_paths.at(format); }
    // Ticks \a format and sets its file (for tests and callers that know).
    void setTarget(Format format, const QString &path);
    ExportTargets targets() const;
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_watcher.isRunning(); }

    // Starts the export (the Export button); the dialog stays open on errors.
    void accept() override;

signals:
    // After every run: the files written and the errors, if any.
    void exportFinished(bool ok, const QStringList &written, const QStringList &errors);

private:
    void finishExport();
    void setStatus(const QString &text, bool error);

    ScanResult m_scan;
    QString m_scanFile;
    std::array<QCheckBox *, FormatCount> m_boxes{};
    std::array<FileField *, FormatCount> m_paths{};
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<ExportOutcome> m_watcher;
};

} // namespace sslrec::ui
