#include "pdfexport.h"

#include "samplescan.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;

namespace {

// Page objects in the PDF's (uncompressed) object dictionaries.
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

QString pdfToText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    // QTextDocument breaks long words at our zero-width spaces; text tools keep them.
    return QString::fromUtf8(p.readAllStandardOutput()).remove(QChar(0x200b));
}

} // namespace

class TestPdfExport : public QObject
{
    Q_OBJECT

private slots:
    void rendersAValidPdf();
    void containsTheReportText();
    void writesAtomically();
};

void TestPdfExport::rendersAValidPdf()
{
    HtmlReportOptions options;
    options.bodies = testdata::sampleBodies;
    const auto pdf = scanToPdf(testdata::sampleScan(), options);
    QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
    QVERIFY(pdf.value().startsWith("%PDF-1."));
    QVERIFY(pdf.value().trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.value().size() > 10000);
    // Summary, four origins, the snippets and the settings each start a page.
    QVERIFY2(pageCount(pdf.value()) >= 7, qPrintable(QString::number(pageCount(pdf.value()))));
    QVERIFY(pdf.value().contains("sslrec report: example.test") || pdf.value().contains("/Title"));
}

void TestPdfExport::containsTheReportText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("report.pdf");
    HtmlReportOptions options;
    options.bodies = testdata::sampleBodies;
    QVERIFY(writeScanPdf(testdata::sampleScan(), path, options).ok());
    // Kept next to the test binary for a look at the layout.
    QFile::remove(QStringLiteral("sample-report.pdf"));
    QFile::copy(path, QStringLiteral("sample-report.pdf"));
    const QString text = pdfToText(path);
    QVERIFY2(text.contains("SSL/TLS mode report for example.test"), qPrintable(text.left(500)));
    QVERIFY(text.contains("legacy.example.test"));
    QVERIFY(text.contains("origin_pull"));
    QVERIFY(text.contains("Welcome to nginx!"));
    QVERIFY(text.contains("Prices, plain HTTP"));
    QVERIFY(text.contains("http_config_settings"));
}

void TestPdfExport::writesAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Status s = writeScanPdf(testdata::sampleScan(), dir.filePath("missing-dir/report.pdf"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("export.write"));
    QVERIFY(!QFile::exists(dir.filePath("missing-dir/report.pdf")));
}

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
