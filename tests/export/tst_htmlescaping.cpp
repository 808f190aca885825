#include "export/htmlexport.h"
#include "export/htmltext.h"

#include "samplescan.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sslrec;

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kImg = QStringLiteral("\"><img src=x onerror=alert(1)>");
const QString kSvg = QStringLiteral("'><svg onload=alert(1)>");
const QString kJs = QStringLiteral("javascript:alert(1)");
const QString kStyle = QStringLiteral("</style><b onmouseover=alert(1)>");
const QString kPre = QStringLiteral("</pre></td></tr></table><iframe src=//evil>");
const QString kComment = QStringLiteral("--><!-- ");

// Every kind of payload in one string, so each field carries all of them.
QString payload(const QString &where)
{
    return where + QLatin1Char(' ') + kScript + kImg + kSvg + QLatin1Char(' ') + kJs + QLatin1Char(' ') + kStyle + kPre + kComment;
}

QByteArray bodyPayload(const QString &where)
{
    return ("<html><head><title>" + payload(where) + "</title></head>\n<body>\n<a href=\"" + kJs + "\">x</a>\n"
            + payload(where + " line") + "\n</body></html>\n").toUtf8();
}

ScanResult hostileScan()
{
    ScanResult scan = testdata::sampleScan();
    scan.settings.domain = payload("domain");
    scan.toolVersion = payload("version");
    scan.notes << payload("note");
    scan.settings.fetch.userAgent = payload("ua");
    scan.settings.caFiles << payload("cafile");
    scan.settings.seedUrlsFile = payload("seed");
    scan.settings.startPath = payload("start");
    OriginResult &o = scan.origins[1];
    o.host = payload("host");
    o.robotsNotes << payload("robots");
    o.verdict.reasons << payload("reason");
    o.verdict.ladder[2].why = payload("why");
    o.evidence.certificateProblems << payload("problem");
    o.evidence.tlsFailure = payload("tlsfailure");
    o.evidence.http.answered = false;
    o.evidence.http.failureMessage = payload("httpfailure");
    o.tls.handshakeError = payload("handshake");
    o.tls.cipher = payload("cipher");
    o.tls.chain[0].subject = payload("subject");
    o.tls.chain[0].issuer = payload("issuer");
    o.tls.chain[0].commonName = payload("cn");
    o.tls.chain[0].dnsNames << payload("san");
    o.tls.chain[0].pem = payload("pem").toUtf8();
    o.tls.findings << TlsFinding{payload("code"), Severity::Error, payload("finding"), 0};
    o.tls.proxy[0].reason = payload("proxyreason");
    PagePair &p = o.pages[1];
    p.title = payload("title");
    p.pathAndQuery = QStringLiteral("/") + payload("path");
    p.reason = payload("pagereason");
    p.reasonCode = payload("reasoncode");
    p.http.reasonPhrase = payload("phrase").toUtf8();
    p.http.contentType = payload("type");
    p.https.redirectTarget = kJs;
    p.https.url = QUrl(kJs);
    p.http.headers << HeaderField{payload("hname").toUtf8(), payload("hvalue").toUtf8()};
    p.https.headers << HeaderField{"Location", kJs.toUtf8()};
    p.http.body = bodyPayload("httpbody");
    p.https.body = bodyPayload("httpsbody");
    o.pages[2].http.errorMessage = payload("error");
    o.pages[2].verdict = PageVerdict::Different;
    return scan;
}

// The only elements and attributes the report itself writes.
const QSet<QString> kTags{"!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "div", "p",
                          "table", "tr", "th", "td", "ul", "ol", "li", "span", "b", "code", "pre", "br", "a"};
const QSet<QString> kAttributes{"lang", "charset", "name", "content", "class", "id", "href", "border", "cellspacing",
                                "cellpadding", "width", "colspan"};

} // namespace

class TestHtmlEscaping : public QObject
{
    Q_OBJECT

private slots:
    void escapesText_data();
    void escapesText();
    void noPayloadSurvives_data();
    void noPayloadSurvives();
    void onlyOwnMarkup_data();
    void onlyOwnMarkup();
    void payloadsAreShownAsText();
};

void TestHtmlEscaping::escapesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("script") << kScript << "&lt;script&gt;alert(1)&lt;/script&gt;";
    QTest::newRow("double quote") << "a\"b" << "a&quot;b";
    QTest::newRow("single quote") << "a'b" << "a&#39;b";
    QTest::newRow("ampersand") << "&amp;" << "&amp;amp;";
    QTest::newRow("NUL and controls") << QString::fromUtf16(u"a\u0000b\u0007c\u001bd", 7) << QString::fromUtf16(u"a\ufffdb\ufffdc\ufffdd");
    QTest::newRow("C1 control") << QString::fromUtf16(u"a\u0085b") << QString::fromUtf16(u"a\ufffdb");
    QTest::newRow("tab and newline kept") << "a\tb\nc" << "a\tb\nc";
    QTest::newRow("unicode kept") << QString::fromUtf8("Zürich") << QString::fromUtf8("Zürich");
}

void TestHtmlEscaping::escapesText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(html::escape(text), escaped);
}

void TestHtmlEscaping::noPayloadSurvives_data()
{
    QTest::addColumn<int>("flavor");
    QTest::newRow("browser") << int(HtmlFlavor::Browser);
    QTest::newRow("rich text") << int(HtmlFlavor::RichText);
}

void TestHtmlEscaping::noPayloadSurvives()
{
    QFETCH(int, flavor);
    HtmlReportOptions options;
    options.flavor = HtmlFlavor(flavor);
    const QString html = scanToHtml(hostileScan(), options);
    for (const QString &raw : {kScript, kImg, kSvg, kStyle, kPre, kComment, QStringLiteral("<script"), QStringLiteral("<img"),
                               QStringLiteral("<svg"), QStringLiteral("<iframe"), QStringLiteral("<b onmouseover"),
                               QStringLiteral("<a href=\"javascript:")})
        QVERIFY2(!html.contains(raw, Qt::CaseInsensitive), qPrintable(raw));
    QCOMPARE(html.count("</style>"), 1);
    static const QRegularExpression jsAttribute(QStringLiteral("=\\s*[\"']?\\s*javascript:"), QRegularExpression::CaseInsensitiveOption);
    QVERIFY(!jsAttribute.match(html).hasMatch());
}

void TestHtmlEscaping::onlyOwnMarkup_data()
{
    noPayloadSurvives_data();
}

void TestHtmlEscaping::onlyOwnMarkup()
{
    QFETCH(int, flavor);
    HtmlReportOptions options;
    options.flavor = HtmlFlavor(flavor);
    QString html = scanToHtml(hostileScan(), options);
    // The stylesheet is ours and may hold '>' in selectors; drop it first.
    const int styleStart = html.indexOf("<style>");
    html.remove(styleStart, html.indexOf("</style>") - styleStart);
    static const QRegularExpression tag(QStringLiteral("<(/?)([^\\s>/]+)([^>]*)>"));
    static const QRegularExpression attribute(QStringLiteral("([^\\s=]+)\\s*=\\s*\"([^\"]*)\""));
    int tags = 0;
    for (const auto &m : tag.globalMatch(html)) {
        ++tags;
        const QString name = m.captured(2).toLower();
        QVERIFY2(kTags.contains(name), qPrintable(m.captured(0)));
        QString rest = m.captured(3);
        for (const auto &a : attribute.globalMatch(rest)) {
            const QString attr = a.captured(1).toLower();
            QVERIFY2(kAttributes.contains(attr), qPrintable(m.captured(0)));
            if (attr == QLatin1String("href"))
                QVERIFY2(a.captured(2).startsWith('#'), qPrintable(m.captured(0)));
        }
        rest.remove(attribute);
        QVERIFY2(rest.trimmed().isEmpty() || rest.trimmed() == QLatin1String("html"), qPrintable(m.captured(0)));
    }
    QVERIFY(tags > 100);
}

void TestHtmlEscaping::payloadsAreShownAsText()
{
    const QString html = scanToHtml(hostileScan());
    // Rendered, not dropped: each field's payload is there, escaped.
    for (const char *where : {"domain", "note", "host", "robots", "reason", "why", "problem", "handshake", "subject", "issuer",
                                 "san", "finding", "title", "path", "pagereason", "phrase", "hname", "hvalue", "error", "ua", "cafile"}) {
        const QString escaped = html::escape(payload(QString::fromLatin1(where)));
        QVERIFY2(html.contains(escaped), qPrintable(where));
    }
    QVERIFY(html.contains("<code>javascript:alert(1)</code>"));
}

QTEST_GUILESS_MAIN(TestHtmlEscaping)
#include "tst_htmlescaping.moc"
