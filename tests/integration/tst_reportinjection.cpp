// Origin content reaches the report only as text. A real origin serves
// script-injection payloads in its titles, paths, headers, bodies and
// certificate subject; after a real scan, saved to a scan file, the HTML
// report contains none of them unescaped.
#include "export/htmlexport.h"
#include "scanrunner.h"
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "testpki.h"

#include <QTemporaryDir>

using namespace sslrec;
using namespace sslrec::test;

namespace {

const QString kHost = QStringLiteral("evil.scan.test");
const QStringList kPayloads = {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("\"><img src=x onerror=alert(2)>"),
    QStringLiteral("'><svg onload=alert(3)>"),
    QStringLiteral("</style><script>alert(4)</script>"),
    QStringLiteral("<a href=\"javascript:alert(5)\">x</a>"),
};

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class tst_ReportInjection : public QObject
{
    Q_OBJECT

private slots:
    void payloadsNeverReachTheReportUnescaped();
};

void tst_ReportInjection::payloadsNeverReachTheReportUnescaped()
{
    QTemporaryDir dir;
    TestPki pki(dir.filePath(QStringLiteral("pki")));
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    // The certificate subject carries a payload too (and is self-signed, so
    // the report shows the chain and its findings).
    const auto leaf = pki.issue({.name = QStringLiteral("evil"), .dnsNames = {kHost}, .commonName = kPayloads.at(0),
                                 .issuer = Issuer::SelfSigned});
    QVERIFY2(leaf.ok(), why(leaf));

    NginxHarness nginx(dir.filePath(QStringLiteral("nginx")));
    const QString header = QStringLiteral("add_header X-Evil '%1' always;").arg(kPayloads.at(1));
    QVERIFY(nginx.addOrigin({.host = kHost, .certificateFile = leaf->chainFile, .keyFile = leaf->keyFile,
                             .httpConfig = header, .httpsConfig = header, .separateDocroots = true}).ok());
    auto page = [](const QString &title, const QString &text) {
        return QStringLiteral("<html><head><title>%1</title></head><body><p>%2</p></body></html>\n")
            .arg(title.toHtmlEscaped(), text).toUtf8();
    };
    // Titles are entity-escaped in the source, so their text *is* the payload.
    const QString links = QStringLiteral("<a href=\"/a.html?q=%1\">a</a> <a href=\"/b.html\">b</a>")
                              .arg(QString::fromLatin1(QUrl::toPercentEncoding(kPayloads.at(2))));
    QVERIFY(nginx.writeFile(kHost, QStringLiteral("index.html"), page(kPayloads.at(0), links)).ok());
    QVERIFY(nginx.writeFile(kHost, QStringLiteral("a.html"), page(kPayloads.at(3), QStringLiteral("same text"))).ok());
    // b.html differs between the schemes, so the report shows its diff with
    // raw markup from the origin on both sides.
    QVERIFY(nginx.writeFile(kHost, sslrec::test::Scheme::Http, QStringLiteral("b.html"),
                            page(kPayloads.at(4), QStringLiteral("HTTP says %1 and more").arg(kPayloads.at(0)))).ok());
    QVERIFY(nginx.writeFile(kHost, sslrec::test::Scheme::Https, QStringLiteral("b.html"),
                            page(kPayloads.at(4), QStringLiteral("HTTPS says %1 instead, an entirely different article").arg(kPayloads.at(1)))).ok());
    const auto started = nginx.start();
    QVERIFY2(started.ok(), why(started));

    const QString file = dir.filePath(QStringLiteral("evil.sslrec"));
    ScanResult result;
    {
        ScanEngine engine(harnessSettings(nginx, kHost, {kHost}, pki.rootCaFile()));
        auto store = ScanStore::create(file);
        QVERIFY2(store.ok(), why(store));
        store.value()->attach(&engine);
        QSignalSpy finished(&engine, &ScanEngine::finished);
        engine.start();
        QVERIFY(finished.wait(60000));
        result = engine.result();
    }
    const OriginResult *origin = findOrigin(result, kHost);
    QVERIFY(origin);
    QVERIFY2(origin->pages.size() >= 3, "the linked pages were not scanned");
    QVERIFY2(origin->evidence.pagesDifferent >= 1, "no differing page, so no diff in the report");

    auto saved = ScanFile::open(file);
    QVERIFY2(saved.ok(), why(saved));
    ScanFile *reader = saved.value().get();
    HtmlReportOptions options;
    options.bodies = [reader](const QString &host, const QString &path) -> std::optional<QPair<QByteArray, QByteArray>> {
        const auto b = reader->bodies(host, path);
        return b ? std::optional(qMakePair(b->http, b->https)) : std::nullopt;
    };
    const QString html = scanToHtml(*reader->result(), options);

    // The payloads are there as text (proof they were carried through)...
    QVERIFY2(html.contains(kPayloads.at(0).toHtmlEscaped()), "the title payload is missing from the report");
    // ...and never as markup.
    for (const QString &payload : kPayloads)
        QVERIFY2(!html.contains(payload), qPrintable(QStringLiteral("unescaped in the report: ") + payload));
    // No element the report itself never uses made it in (attribute text
    // like onerror= may appear, escaped, inside text: it is inert there).
    for (const char *needle : {"<script", "<img", "<svg", "<a href=\"javascript"})
        QVERIFY2(!html.contains(QLatin1String(needle), Qt::CaseInsensitive), needle);
}

QTEST_GUILESS_MAIN(tst_ReportInjection)
#include "tst_reportinjection.moc"
