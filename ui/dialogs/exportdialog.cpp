#include "dialogs/exportdialog.h"

#include "mainwindow/appsettings.h"
#include "mainwindow/filefield.h"
#include "models/verdictstyle.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace sslrec::ui {

namespace {

struct FormatInfo
{
    const char *label;  // the check box text
    const char *suffix; // appended to the base name
    const char *filter; // for the Browse dialog
    const char *tip;    // what the file holds
};

constexpr std::array<FormatInfo, ExportDialog::FormatCount> kFormats{{
    {QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "&JSON"), ".json", "JSON (*.json)",
     QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "Every origin, page and certificate, for scripts (docs/json-format.md)")},
    {QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "&CSV"), ".csv", "CSV (*.csv)",
     QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "One row per page; the origins go to a second file ending in -origins.csv")},
    {QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "&HTML report"), ".html", "HTML (*.html *.htm)",
     QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "A self-contained report with verdicts, certificates and the diffs of differing pages")},
    {QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "&PDF report"), ".pdf", "PDF (*.pdf)",
     QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "The HTML report as a printable PDF")},
    {QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "Cloud&flare settings"), "-cloudflare.txt", "Text (*.txt)",
     QT_TRANSLATE_NOOP("sslrec::ui::ExportDialog", "Ready-to-apply Cloudflare API (curl) and Terraform snippets for the recommended modes")},
}};

} // namespace

ExportDialog::ExportDialog(const ScanResult &scan, const QString &scanFile, QWidget *parent)
    : QDialog(parent)
    , m_scan(scan)
    , m_scanFile(scanFile)
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export %1").arg(scan.settings.domain));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Write the scan of %1 as reports. Each ticked report goes to its file; existing files are replaced.")
                                 .arg(scan.settings.domain.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QString base = QDir(AppSettings::exportDirectory())
                             .filePath(QStringLiteral("sslrec-%1-%2")
                                           .arg(scan.settings.domain, (scan.startedAt.isValid() ? scan.startedAt.date() : QDate::currentDate())
                                                                          .toString(Qt::ISODate)));
    auto *grid = new QGridLayout;
    for (int f = 0; f < FormatCount; ++f) {
        const FormatInfo &info = kFormats.at(f);
        auto *box = new QCheckBox(tr(info.label), this);
        box->setToolTip(tr(info.tip));
        auto *path = new FileField(tr("Export file"), QString::fromLatin1(info.filter), this);
        path->setForSaving(true);
        path->setPath(base + QLatin1String(info.suffix));
        path->setEnabled(false);
        connect(box, &QCheckBox::toggled, path, &QWidget::setEnabled);
        grid->addWidget(box, f, 0);
        grid->addWidget(path, f, 1);
        m_boxes.at(f) = box;
        m_paths.at(f) = path;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_boxes.at(Html)->setChecked(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(&m_watcher, &QFutureWatcher<ExportOutcome>::finished, this, &ExportDialog::finishExport);
    resize(720, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    // The job holds only copies; waiting keeps its files from being written
    // after the user thinks the dialog is gone.
    m_watcher.waitForFinished();
}

void ExportDialog::setTarget(Format format, const QString &path)
{
    m_boxes.at(format)->setChecked(true);
    m_paths.at(format)->setPath(path);
}

ExportTargets ExportDialog::targets() const
{
    auto chosen = [this](Format f) { return m_boxes.at(f)->isChecked() ? m_paths.at(f)->path() : QString(); };
    return {chosen(Json), chosen(Csv), chosen(Html), chosen(Pdf), chosen(Cloudflare)};
}

void ExportDialog::setStatus(const QString &text, bool error)
{
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, verdictstyle::stateColor(NodeState::Different, p));
    m_status->setPalette(p);
    m_status->setText(text);
}

void ExportDialog::accept()
{
    if (isBusy())
        return;
    for (int f = 0; f < FormatCount; ++f) {
        if (m_boxes.at(f)->isChecked() && m_paths.at(f)->path().isEmpty()) {
            setStatus(tr("Choose a file for the %1, or untick it.").arg(m_boxes.at(f)->text().remove(QLatin1Char('&'))), true);
            m_paths.at(f)->setFocus();
            return;
        }
    }
    const ExportTargets t = targets();
    if (!t.any()) {
        setStatus(tr("Tick at least one report to export."), true);
        return;
    }
    setStatus(tr("Exporting…"), false);
    m_buttons->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_watcher.setFuture(QtConcurrent::run(runExport, m_scan, m_scanFile, t));
}

void ExportDialog::finishExport()
{
    const ExportOutcome outcome = m_watcher.result();
    m_buttons->setEnabled(true);
    unsetCursor();
    if (!outcome.written.isEmpty())
        AppSettings::setExportDirectory(QFileInfo(outcome.written.first()).absolutePath());
    const bool ok = outcome.errors.isEmpty();
    emit exportFinished(ok, outcome.written, outcome.errors);
    if (ok) {
        setStatus(tr("Wrote %1.").arg(outcome.written.join(QStringLiteral(", "))), false);
        QDialog::accept();
        return;
    }
    QString text = outcome.errors.join(QLatin1Char('\n'));
    if (!outcome.written.isEmpty())
        text += QLatin1Char('\n') + tr("Written: %1").arg(outcome.written.join(QStringLiteral(", ")));
    setStatus(text, true);
}

} // namespace sslrec::ui
