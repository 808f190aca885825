#include "mainwindow/scanfiles.h"

#include "dialogs/comparedialog.h"
#include "dialogs/exportdialog.h"
#include "mainwindow/appsettings.h"
#include "scan/scancontroller.h"
#include "scan/scanfilecopy.h"
#include "scan/scanloader.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMenu>
#include <QWidget>
#include <QtConcurrent>

namespace sslrec::ui {

namespace {

QString scanFilter()
{
    return ScanFiles::tr("sslrec scans (*.sslrec);;All files (*)");
}

QString describe(const ScanResult &scan, const QString &path)
{
    const QString when = scan.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return path.isEmpty() ? ScanFiles::tr("%1, scanned %2 (this window)").arg(scan.settings.domain, when)
                          : ScanFiles::tr("%1, scanned %2 (%3)").arg(scan.settings.domain, when, QFileInfo(path).fileName());
}

} // namespace

ScanFiles::ScanFiles(ScanController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_loader(new ScanLoader(this))
    , m_compareLoader(new ScanLoader(this))
{
    m_open = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), QString(), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &ScanFiles::chooseAndOpen);
    m_recent = new QMenu(window);
    m_recent->setObjectName(QStringLiteral("recentScanFilesMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &ScanFiles::rebuildRecentMenu);
    rebuildRecentMenu(); // so the menu is not empty before it is first shown
    m_saveAs = new QAction(QIcon(QStringLiteral(":/icons/save.svg")), QString(), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &ScanFiles::chooseAndSave);
    m_export = new QAction(this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ScanFiles::showExportDialog);
    m_compare = new QAction(this);
    connect(m_compare, &QAction::triggered, this, &ScanFiles::chooseAndCompare);

    connect(m_loader, &ScanLoader::loaded, this, &ScanFiles::onLoaded);
    connect(m_loader, &ScanLoader::failed, this, &ScanFiles::onLoadFailed);
    connect(m_compareLoader, &ScanLoader::loaded, this, [this](const QString &path, const ScanResult &other) {
        if (!m_result)
            return;
        // Older scan first, whichever was opened first.
        const bool otherIsOlder = other.startedAt.isValid() && other.startedAt < m_result->startedAt;
        const QString mine = describe(*m_result, m_savedPath.value_or(QString()));
        const QString theirs = describe(other, path);
        auto *dialog = otherIsOlder ? new CompareDialog(other, theirs, *m_result, mine, m_window)
                                    : new CompareDialog(*m_result, mine, other, theirs, m_window);
        dialog->show();
        emit compareShown(dialog);
    });
    connect(m_compareLoader, &ScanLoader::failed, this, [this](const QString &, const QString &text) {
        emit message(tr("Cannot compare: %1").arg(text), true);
    });
    connect(controller, &ScanController::runningChanged, this, &ScanFiles::updateActions);
    connect(controller, &ScanController::scanFileFailed, this, &ScanFiles::updateActions);
    retranslateUi();
    updateActions();
}

void ScanFiles::retranslateUi()
{
    m_open->setText(tr("&Open Scan…"));
    m_open->setToolTip(tr("Open a saved scan (.sslrec) to see its results offline"));
    m_recent->setTitle(tr("Open &Recent"));
    m_saveAs->setText(tr("Save Scan &As…"));
    m_saveAs->setToolTip(tr("Save the scan with every page body, to reopen it later without the network"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Write the finished scan as JSON, CSV, HTML, PDF or Cloudflare settings"));
    m_compare->setText(tr("Co&mpare with Another Scan…"));
    m_compare->setToolTip(tr("Show what changed between this scan and a saved one"));
    rebuildRecentMenu(); // its "No recent scans" entry
}

ScanFiles::~ScanFiles() = default;

bool ScanFiles::isScanFileName(const QString &path)
{
    return path.endsWith(QLatin1String(".sslrec"), Qt::CaseInsensitive);
}

QString ScanFiles::currentFile() const
{
    return m_savedPath ? *m_savedPath : m_controller->scanFilePath();
}

const BodySource &ScanFiles::bodySource() const
{
    return m_savedPath ? static_cast<const BodySource &>(m_savedBodies) : m_controller->bodySource();
}

bool ScanFiles::isOpening() const
{
    return m_loader->isLoading();
}

void ScanFiles::open(const QString &path)
{
    emit message(tr("Opening %1…").arg(QDir::toNativeSeparators(path)), false);
    m_loader->load(path);
}

void ScanFiles::onLoaded(const QString &path, const ScanResult &scan)
{
    // The live scan, if any, is stopped; MainWindow ignores its last signals.
    m_controller->cancel();
    m_savedPath = path;
    m_result = scan;
    m_savedBodies.setPath(path);
    AppSettings::addRecentScanFile(path);
    updateActions();
    emit scanOpened(path, scan);
}

void ScanFiles::onLoadFailed(const QString &path, const QString &text)
{
    if (!QFileInfo::exists(path))
        AppSettings::removeRecentScanFile(path);
    emit message(text, true);
}

void ScanFiles::liveScanStarted()
{
    m_savedPath.reset();
    m_result.reset();
    m_savedBodies.setPath(QString());
    updateActions();
}

void ScanFiles::liveScanFinished(const ScanResult &result)
{
    if (m_savedPath)
        return; // a saved scan replaced it in the window
    m_result = result;
    updateActions();
}

void ScanFiles::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Scan"), AppSettings::exportDirectory(), scanFilter());
    if (!path.isEmpty())
        open(path);
}

void ScanFiles::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = AppSettings::recentScanFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QFileInfo info(files.at(i));
        QAction *a = m_recent->addAction(tr("&%1 %2").arg(i + 1).arg(info.fileName()));
        a->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
        a->setStatusTip(a->toolTip());
        const QString path = files.at(i);
        connect(a, &QAction::triggered, this, [this, path] { open(path); });
    }
    if (files.isEmpty()) {
        m_recent->addAction(tr("No recent scans"))->setEnabled(false);
        return;
    }
    m_recent->addSeparator();
    connect(m_recent->addAction(tr("&Clear List")), &QAction::triggered, this, [] {
        for (const QString &f : AppSettings::recentScanFiles())
            AppSettings::removeRecentScanFile(f);
    });
}

void ScanFiles::chooseAndSave()
{
    const QString domain = m_result ? m_result->settings.domain : m_controller->settings().domain;
    const QString proposal = QDir(AppSettings::exportDirectory()).filePath(domain + QStringLiteral(".sslrec"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Scan As"), proposal, scanFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sslrec");
    saveAs(path);
}

void ScanFiles::saveAs(const QString &path)
{
    if (m_savedPath) {
        copyInBackground(*m_savedPath, path);
        return;
    }
    if (m_controller->scanFilePath().isEmpty()) {
        emit message(tr("This scan cannot be saved: it was not written to a scan file (see the earlier message)."), true);
        return;
    }
    emit message(tr("Saving to %1…").arg(QDir::toNativeSeparators(path)), false);
    // What the scan reported so far is committed first, then copied.
    m_controller->whenScanFileFlushed([this, path] { copyInBackground(m_controller->scanFilePath(), path); });
}

void ScanFiles::copyInBackground(const QString &source, const QString &target)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            emit message(error, true);
            return;
        }
        AppSettings::addRecentScanFile(target);
        emit message(tr("Saved the scan to %1.").arg(QDir::toNativeSeparators(target)), false);
        emit saved(target);
    });
    watcher->setFuture(QtConcurrent::run([source, target] {
        const Status s = copyScanFile(source, target);
        return s ? QString() : s.error().message;
    }));
}

ExportDialog *ScanFiles::showExportDialog()
{
    if (!m_result) {
        emit message(tr("Export is available once the scan has finished."), true);
        return nullptr;
    }
    auto *dialog = new ExportDialog(*m_result, currentFile(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QStringList &written, const QStringList &errors) {
        emit message(ok ? tr("Exported %1.").arg(written.join(QStringLiteral(", "))) : errors.join(QLatin1Char(' ')), !ok);
    });
    dialog->show();
    return dialog;
}

void ScanFiles::chooseAndCompare()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare with Scan"), AppSettings::exportDirectory(), scanFilter());
    if (!path.isEmpty())
        compareWith(path);
}

void ScanFiles::compareWith(const QString &path)
{
    if (!m_result) {
        emit message(tr("Comparing is available once the scan has finished."), true);
        return;
    }
    emit message(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), false);
    m_compareLoader->load(path);
}

void ScanFiles::updateActions()
{
    const bool haveFile = m_savedPath.has_value() || !m_controller->scanFilePath().isEmpty();
    m_saveAs->setEnabled(haveFile);
    m_export->setEnabled(m_result.has_value());
    m_compare->setEnabled(m_result.has_value());
}

} // namespace sslrec::ui
