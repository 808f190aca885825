#include "export/csvexport.h"

#include "golden.h"
#include "samplescan.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;

namespace {

// A strict RFC 4180 reader: proves what a spreadsheet gets back.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted)
                *ok = false; // a quote inside an unquoted field
            quoted = fieldWasQuoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                *ok = false; // a bare CR outside quotes
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == u'\n') {
            *ok = false; // a bare LF outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        *ok = false; // unterminated quote or last record without CRLF
    return rows;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden();
    void quotesFields_data();
    void quotesFields();
    void neutralizesFormulas_data();
    void neutralizesFormulas();
    void roundTripsHostileValues();
    void pagesHaveOneRowEach();
    void originsPath_data();
    void originsPath();
    void writesBothFilesWithOrWithoutBom();
    void refusesOneFileForBoth();
};

void TestCsvExport::matchesGolden()
{
    const ScanResult scan = testdata::sampleScan();
    QString mismatch = testdata::goldenMismatch(pagesCsv(scan).toUtf8(), QStringLiteral("pages.csv"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    mismatch = testdata::goldenMismatch(originsCsv(scan).toUtf8(), QStringLiteral("origins.csv"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCsvExport::quotesFields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << "plain text" << "plain text";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("comma") << "a,b" << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
    QTest::newRow("only quote") << "\"" << "\"\"\"\"";
    QTest::newRow("LF") << "line1\nline2" << "\"line1\nline2\"";
    QTest::newRow("CR") << "a\rb" << "\"a\rb\"";
    QTest::newRow("CRLF") << "a\r\nb" << "\"a\r\nb\"";
    QTest::newRow("leading space kept") << " x " << " x ";
    QTest::newRow("semicolon unquoted") << "a;b" << "a;b";
    QTest::newRow("unicode") << QString::fromUtf8("Zürich – 東京") << QString::fromUtf8("Zürich – 東京");
}

void TestCsvExport::quotesFields()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(csvField(value), field);
}

void TestCsvExport::neutralizesFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("equals") << "=HYPERLINK(\"http://x\")" << "\"'=HYPERLINK(\"\"http://x\"\")\"";
    QTest::newRow("plus") << "+1" << "'+1";
    QTest::newRow("minus") << "-1+2" << "'-1+2";
    QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("CR") << "\r=1" << "\"'\r=1\"";
    QTest::newRow("inner equals untouched") << "a=b" << "a=b";
}

void TestCsvExport::neutralizesFormulas()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(csvTextCell(value, true), cell);
    QCOMPARE(csvTextCell(value, false), csvField(value));
}

void TestCsvExport::roundTripsHostileValues()
{
    ScanResult scan = testdata::sampleScan();
    PagePair &p = scan.origins[1].pages[1];
    p.title = QStringLiteral("a \"quoted\", comma\r\nand lines");
    p.reason = QStringLiteral("=cmd|' /C calc'!A0");
    p.pathAndQuery = QStringLiteral("/q?a=1,2&b=\"3\"");
    bool ok = false;
    const QList<QStringList> rows = parseCsv(pagesCsv(scan), &ok);
    QVERIFY2(ok, "the pages CSV is not RFC 4180");
    const QStringList header = rows.first();
    const QStringList row = rows.at(1 + 3 + 1); // header, the apex's 3 pages, www's first page
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.at(header.indexOf("title")), p.title);
    QCOMPARE(row.at(header.indexOf("path")), p.pathAndQuery);
    QCOMPARE(row.at(header.indexOf("reason")), QStringLiteral("'") + p.reason);

    CsvOptions raw;
    raw.neutralizeFormulas = false;
    const QList<QStringList> rawRows = parseCsv(pagesCsv(scan, raw), &ok);
    QVERIFY(ok);
    QCOMPARE(rawRows.at(5).at(header.indexOf("reason")), p.reason);
}

void TestCsvExport::pagesHaveOneRowEach()
{
    const ScanResult scan = testdata::sampleScan();
    bool ok = false;
    const QList<QStringList> pages = parseCsv(pagesCsv(scan), &ok);
    QVERIFY(ok);
    QCOMPARE(pages.size(), 1 + 3 + 3 + 1 + 0);
    for (const QStringList &r : pages)
        QCOMPARE(r.size(), pages.first().size());
    const QStringList header = pages.first();
    // The unjudgeable pair has no similarity and reports both errors and the truncation.
    const QStringList failed = pages.at(6);
    QCOMPARE(failed.at(header.indexOf("verdict")), QStringLiteral("error"));
    QCOMPARE(failed.at(header.indexOf("similarity")), QString());
    QCOMPARE(failed.at(header.indexOf("http_status")), QString());
    QCOMPARE(failed.at(header.indexOf("http_error")), QStringLiteral("timeout: no response within 10 s"));
    QCOMPARE(failed.at(header.indexOf("https_truncated")), QStringLiteral("true"));

    const QList<QStringList> origins = parseCsv(originsCsv(scan), &ok);
    QVERIFY(ok);
    QCOMPARE(origins.size(), 1 + 4);
    const QStringList oh = origins.first();
    QCOMPARE(origins.at(1).at(oh.indexOf("cloudflare_value")), QStringLiteral("origin_pull"));
    QCOMPARE(origins.at(3).at(oh.indexOf("certificate_valid")), QStringLiteral("false"));
    QCOMPARE(origins.at(3).at(oh.indexOf("certificate_errors")), QStringLiteral("the chain ends at a root no proxy trusts"));
    QCOMPARE(origins.at(4).at(oh.indexOf("recommended_mode")), QStringLiteral("none"));
    QCOMPARE(origins.at(4).at(oh.indexOf("cloudflare_value")), QString());
    QCOMPARE(origins.at(2).at(oh.indexOf("pages_different")), QStringLiteral("1"));
}

void TestCsvExport::originsPath_data()
{
    QTest::addColumn<QString>("pages");
    QTest::addColumn<QString>("origins");
    QTest::newRow("csv") << "/tmp/report.csv" << "/tmp/report-origins.csv";
    QTest::newRow("upper case") << "REPORT.CSV" << "REPORT-origins.CSV";
    QTest::newRow("no extension") << "out/report" << "out/report-origins.csv";
    QTest::newRow("other extension") << "report.txt" << "report.txt-origins.csv";
}

void TestCsvExport::originsPath()
{
    QFETCH(QString, pages);
    QFETCH(QString, origins);
    QCOMPARE(originsCsvPath(pages), origins);
}

void TestCsvExport::writesBothFilesWithOrWithoutBom()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pages = dir.filePath("r.csv");
    const ScanResult scan = testdata::sampleScan();
    QVERIFY(writeScanCsv(scan, pages, originsCsvPath(pages)).ok());
    QFile p(pages), o(originsCsvPath(pages));
    QVERIFY(p.open(QIODevice::ReadOnly) && o.open(QIODevice::ReadOnly));
    const QByteArray pagesBytes = p.readAll();
    QVERIFY(pagesBytes.startsWith("\xEF\xBB\xBForigin,url,"));
    QCOMPARE(pagesBytes.mid(3), pagesCsv(scan).toUtf8());
    QVERIFY(o.readAll().startsWith("\xEF\xBB\xBForigin,addresses,"));

    CsvOptions noBom;
    noBom.byteOrderMark = false;
    QVERIFY(writeScanCsv(scan, pages, originsCsvPath(pages), noBom).ok());
    p.close();
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.readAll().startsWith("origin,url,"));
}

void TestCsvExport::refusesOneFileForBoth()
{
    const Status s = writeScanCsv(testdata::sampleScan(), "same.csv", "same.csv");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("export.csv_paths"));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
