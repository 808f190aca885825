// The export dialog writes every report of a saved scan off the GUI thread,
// reports the outcome in place, and stays open when something failed.
#include "dialogs/exportdialog.h"
#include "mainwindow/filefield.h"
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "syntheticscan.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEveryFormat();
    void failureStaysInTheDialog();
    void needsAReport();

private:
    QByteArray read(const QString &path);
    QTemporaryDir m_dir;
    QString m_file;
    ScanResult m_scan;
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("sslrec-tests"));
    m_file = m_dir.filePath(QStringLiteral("scan.sslrec"));
    {
        auto store = ScanStore::create(m_file);
        QVERIFY(store);
        test::recordSyntheticScan(*store.value(), test::makeSyntheticScan(4));
    }
    auto loaded = ScanFile::load(m_file);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    m_scan = *loaded;
}

QByteArray tst_ExportDialog::read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void tst_ExportDialog::writesEveryFormat()
{
    ExportDialog dialog(m_scan, m_file);
    dialog.show();
    const QString base = m_dir.filePath(QStringLiteral("report"));
    dialog.setTarget(ExportDialog::Json, base + QStringLiteral(".json"));
    dialog.setTarget(ExportDialog::Csv, base + QStringLiteral(".csv"));
    dialog.setTarget(ExportDialog::Html, base + QStringLiteral(".html"));
    dialog.setTarget(ExportDialog::Pdf, base + QStringLiteral(".pdf"));
    dialog.setTarget(ExportDialog::Cloudflare, base + QStringLiteral("-cloudflare.txt"));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.accept();
    QVERIFY(dialog.isBusy() || finished.size() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toStringList().join('\n')));
    QCOMPARE(finished.first().at(1).toStringList().size(), 6); // the CSV is two files
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QJsonObject json = QJsonDocument::fromJson(read(base + QStringLiteral(".json"))).object();
    QCOMPARE(json.value(QStringLiteral("domain")).toString(), m_scan.settings.domain);
    QVERIFY(read(base + QStringLiteral(".csv")).contains(m_scan.origins.first().pages.first().pathAndQuery.toUtf8()));
    QVERIFY(read(base + QStringLiteral("-origins.csv")).contains(m_scan.origins.first().host.toUtf8()));
    const QByteArray html = read(base + QStringLiteral(".html"));
    QVERIFY(html.contains("<html"));
    QVERIFY(html.contains(m_scan.settings.domain.toUtf8()));
    QVERIFY(read(base + QStringLiteral(".pdf")).startsWith("%PDF-"));
    QVERIFY(read(base + QStringLiteral("-cloudflare.txt")).contains("api.cloudflare.com"));
}

void tst_ExportDialog::failureStaysInTheDialog()
{
    ExportDialog dialog(m_scan, m_file);
    dialog.show();
    dialog.formatBox(ExportDialog::Html)->setChecked(false);
    const QString bad = m_dir.filePath(QStringLiteral("missing/folder/report.json"));
    const QString good = m_dir.filePath(QStringLiteral("ok.html"));
    dialog.setTarget(ExportDialog::Json, bad);
    dialog.setTarget(ExportDialog::Html, good);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.statusLabel()->text().contains(bad), qPrintable(dialog.statusLabel()->text()));
    QVERIFY(dialog.statusLabel()->text().contains(good)); // what did get written is named too
    QVERIFY(QFile::exists(good));
}

void tst_ExportDialog::needsAReport()
{
    ExportDialog dialog(m_scan, m_file);
    dialog.show();
    dialog.formatBox(ExportDialog::Html)->setChecked(false);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.accept();
    QVERIFY(!dialog.isBusy());
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Tick at least one")));
    dialog.setTarget(ExportDialog::Json, QString());
    dialog.accept();
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Choose a file")));
    QCOMPARE(finished.size(), 0);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
