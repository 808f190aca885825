#include "export/htmlexport.h"

#include "golden.h"
#include "samplescan.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;

class TestHtmlExport : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden();
    void isSelfContained();
    void hasOneSectionPerOriginWithPageBreaks();
    void showsLadderChainAndFindings();
    void diffsFromTheBodiesCallback();
    void diffsLiveBodiesWithoutCallback();
    void saysWhenBodiesAreMissing();
    void skipsBinaryBodies();
    void cutsLongDiffs();
    void richTextFlavourBreaksLongTokens();
    void writesUtf8File();
};

void TestHtmlExport::matchesGolden()
{
    HtmlReportOptions options;
    options.bodies = testdata::sampleBodies;
    const QString mismatch = testdata::goldenMismatch(scanToHtml(testdata::sampleScan(), options).toUtf8(), "report.html");
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestHtmlExport::isSelfContained()
{
    const QString html = scanToHtml(testdata::sampleScan());
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<meta charset=\"utf-8\">"));
    QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
    QVERIFY(!html.contains("<link", Qt::CaseInsensitive));
    QVERIFY(!html.contains("<img", Qt::CaseInsensitive));
    QVERIFY(!html.contains("src=", Qt::CaseInsensitive));
    QVERIFY(!html.contains("url(", Qt::CaseInsensitive));
    QVERIFY(!html.contains("@import", Qt::CaseInsensitive));
    // Every link is an anchor inside the document.
    static const QRegularExpression href(QStringLiteral("href\\s*=\\s*\"([^\"]*)\""), QRegularExpression::CaseInsensitiveOption);
    int links = 0;
    for (const auto &m : href.globalMatch(html)) {
        QVERIFY2(m.captured(1).startsWith('#'), qPrintable(m.captured(0)));
        ++links;
    }
    QCOMPARE(links, 4);
    QCOMPARE(html.count("<style>"), 1);
    QVERIFY(html.contains("@media print"));
}

void TestHtmlExport::hasOneSectionPerOriginWithPageBreaks()
{
    const QString html = scanToHtml(testdata::sampleScan());
    for (int i = 0; i < 4; ++i)
        QVERIFY(html.contains(QStringLiteral("<div class=\"origin\" id=\"origin-%1\">").arg(i)));
    QVERIFY(html.contains(".origin { page-break-before: always; }"));
    QVERIFY(html.contains("<span class=\"badge mode-strict\">&nbsp;Strict&nbsp;</span>"));
    QVERIFY(html.contains("<span class=\"badge mode-none\">&nbsp;No recommendation&nbsp;</span>"));
    QVERIFY(html.contains("Cloudflare API value <code>origin_pull</code>"));
    QVERIFY(html.contains("<h2>Ready-to-apply Cloudflare settings</h2>"));
    QVERIFY(html.contains("<h2>Scan settings</h2>"));
    QVERIFY(html.contains("sslrec 0.1.0-test"));

    HtmlReportOptions noSnippets;
    noSnippets.includeSnippets = false;
    QVERIFY(!scanToHtml(testdata::sampleScan(), noSnippets).contains("Ready-to-apply"));
}

void TestHtmlExport::showsLadderChainAndFindings()
{
    const QString html = scanToHtml(testdata::sampleScan());
    const int legacy = html.indexOf("id=\"origin-2\"");
    const QString section = html.mid(legacy, html.indexOf("id=\"origin-3\"") - legacy);
    QVERIFY(section.contains("<td>Full (strict)</td><td><code>strict</code></td><td><span class=\"bad\">no</span></td><td>526</td>"));
    QVERIFY(section.contains("<td>Full <b>(recommended)</b></td>"));
    QVERIFY(section.contains("Certificate #0 (leaf): CN=example.test"));
    QVERIFY(section.contains("Certificate #1 (root)"));
    QVERIFY(section.contains("<code>cert.untrusted_root</code>"));
    QVERIFY(section.contains("self-signed certificate in certificate chain (X509_V error 19)"));
    QVERIFY(section.contains("-----BEGIN CERTIFICATE-----"));
    QVERIFY(section.contains("example.test, www.example.test"));

    HtmlReportOptions noPem;
    noPem.includePem = false;
    QVERIFY(!scanToHtml(testdata::sampleScan(), noPem).contains("BEGIN CERTIFICATE"));
}

void TestHtmlExport::diffsFromTheBodiesCallback()
{
    ScanResult scan = testdata::sampleScan();
    // A saved scan: the PagePairs hold no bodies, the callback does.
    for (OriginResult &o : scan.origins) {
        for (PagePair &p : o.pages)
            p.http.body.clear(), p.https.body.clear();
    }
    QStringList asked;
    HtmlReportOptions options;
    options.bodies = [&](const QString &host, const QString &path) {
        asked << host + path;
        return testdata::sampleBodies(host, path);
    };
    const QString html = scanToHtml(scan, options);
    QCOMPARE(asked, QStringList{"www.example.test/shop"});
    QVERIFY(html.contains("<table class=\"diff\""));
    QVERIFY(html.contains("Welcome to nginx!"));
    QVERIFY(html.contains("Prices, plain HTTP"));
    QVERIFY(html.contains("<tr class=\"del\">") || html.contains("<tr class=\"chg\">"));
}

void TestHtmlExport::diffsLiveBodiesWithoutCallback()
{
    const QString html = scanToHtml(testdata::sampleScan());
    QVERIFY(html.contains("<table class=\"diff\""));
    QVERIFY(html.contains("Welcome to nginx!"));
}

void TestHtmlExport::saysWhenBodiesAreMissing()
{
    HtmlReportOptions options;
    options.bodies = [](const QString &, const QString &) { return std::optional<QPair<QByteArray, QByteArray>>(); };
    const QString html = scanToHtml(testdata::sampleScan(), options);
    QVERIFY(html.contains("The scan file holds no bodies for this page."));
    QVERIFY(!html.contains("<table class=\"diff\""));

    ScanResult scan = testdata::sampleScan();
    scan.origins[1].pages[1].http.body.clear();
    scan.origins[1].pages[1].https.body.clear();
    QVERIFY(scanToHtml(scan).contains("The bodies are not part of this export"));
}

void TestHtmlExport::skipsBinaryBodies()
{
    ScanResult scan = testdata::sampleScan();
    PagePair &p = scan.origins[1].pages[1];
    p.https.contentType = QStringLiteral("image/png");
    p.https.body = QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
    const QString html = scanToHtml(scan);
    QVERIFY(html.contains("Binary content"));
    QVERIFY(!html.contains("<table class=\"diff\""));
}

void TestHtmlExport::cutsLongDiffs()
{
    ScanResult scan = testdata::sampleScan();
    PagePair &p = scan.origins[1].pages[1];
    p.http.body.clear();
    p.https.body.clear();
    for (int i = 0; i < 500; ++i) {
        p.http.body += "left line " + QByteArray::number(i) + "\n";
        p.https.body += "right line " + QByteArray::number(i) + "\n";
    }
    p.https.body += QByteArray(1000, 'z') + "\n";
    HtmlReportOptions options;
    options.maxDiffRows = 50;
    options.maxLineChars = 100;
    const QString html = scanToHtml(scan, options);
    QVERIFY(html.contains("Diff cut after 50 rows"));
    QCOMPARE(html.count("<td class=\"ln\">"), 2 * 50);

    options.maxDiffRows = 1000;
    QVERIFY(scanToHtml(scan, options).contains("(900 more characters)"));
}

void TestHtmlExport::richTextFlavourBreaksLongTokens()
{
    ScanResult scan = testdata::sampleScan();
    scan.origins[0].pages[0].pathAndQuery = "/" + QString(100, 'a');
    HtmlReportOptions rich;
    rich.flavor = HtmlFlavor::RichText;
    const QString html = scanToHtml(scan, rich);
    QVERIFY(html.contains(QString(24, 'a') + QChar(0x200b)));
    QVERIFY(!html.contains("@media print")); // browser-only rules are left out
    QVERIFY(!scanToHtml(scan).contains(QChar(0x200b)));
}

void TestHtmlExport::writesUtf8File()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScanResult scan = testdata::sampleScan();
    scan.origins[0].pages[0].title = QString::fromUtf8("Zürich – 東京");
    QVERIFY(writeScanHtml(scan, dir.filePath("r.html")).ok());
    QFile f(dir.filePath("r.html"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Z\xC3\xBCrich \xE2\x80\x93 \xE6\x9D\xB1\xE4\xBA\xAC"));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
