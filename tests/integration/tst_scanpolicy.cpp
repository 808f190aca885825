// What the scanner sends, read from nginx's own access log after a scan:
// only GET, always sslrec's user agent, never a path robots.txt disallows,
// never a host outside the domain — even when links and the sitemap point
// there and the outside host is reachable.
#include "scanrunner.h"
#include "testpki.h"

#include <QTemporaryDir>

using namespace sslrec;
using namespace sslrec::test;

namespace {

const QString kSite = QStringLiteral("site.policy.test");
const QString kSub = QStringLiteral("sub.site.policy.test");
const QString kOutside = QStringLiteral("site.policy.test.outside.test");

QByteArray page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1>%2</body></html>\n")
        .arg(title, body).toUtf8();
}

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class tst_ScanPolicy : public QObject
{
    Q_OBJECT

private slots:
    void onlyPoliteInScopeGets();
};

void tst_ScanPolicy::onlyPoliteInScopeGets()
{
    QTemporaryDir dir;
    TestPki pki(dir.filePath(QStringLiteral("pki")));
    QVERIFY2(pki.isValid(), qPrintable(pki.errorString()));
    NginxHarness nginx(dir.filePath(QStringLiteral("nginx")));
    for (const QString &host : {kSite, kSub, kOutside}) {
        const auto leaf = pki.issue({.name = host, .dnsNames = {host}});
        QVERIFY2(leaf.ok(), why(leaf));
        QVERIFY(nginx.addOrigin({.host = host, .certificateFile = leaf->chainFile, .keyFile = leaf->keyFile}).ok());
    }
    const QString links = QStringLiteral(
        "<a href=\"/a.html\">a</a> <a href=\"private/secret.html\">secret</a> "
        "<a href=\"http://%1/x.html\">outside</a> <a href=\"https://%2/\">sub</a> "
        "<form action=\"/submit\" method=\"post\"><input name=q></form>").arg(kOutside, kSub);
    QVERIFY(nginx.writeFile(kSite, QStringLiteral("index.html"), page(QStringLiteral("Home"), links)).ok());
    QVERIFY(nginx.writeFile(kSite, QStringLiteral("a.html"), page(QStringLiteral("A"), QStringLiteral("<p>a</p>"))).ok());
    QVERIFY(nginx.writeFile(kSite, QStringLiteral("b.html"), page(QStringLiteral("B"), QStringLiteral("<p>b</p>"))).ok());
    QVERIFY(nginx.writeFile(kSite, QStringLiteral("private/secret.html"), page(QStringLiteral("Secret"), QString())).ok());
    QVERIFY(nginx.writeFile(kSite, QStringLiteral("robots.txt"),
                            QStringLiteral("User-agent: *\nDisallow: /private/\nSitemap: http://%1/sitemap.xml\n").arg(kSite).toUtf8()).ok());
    QVERIFY(nginx.writeFile(kSite, QStringLiteral("sitemap.xml"), QStringLiteral(
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        "<url><loc>http://%1/b.html</loc></url><url><loc>http://%1/private/also-secret.html</loc></url>"
        "<url><loc>http://%2/y.html</loc></url></urlset>").arg(kSite, kOutside).toUtf8()).ok());
    QVERIFY(nginx.writeFile(kSub, QStringLiteral("index.html"), page(QStringLiteral("Sub"), QStringLiteral("<p>sub</p>"))).ok());
    QVERIFY(nginx.writeFile(kOutside, QStringLiteral("index.html"), page(QStringLiteral("Outside"), QString())).ok());
    const auto started = nginx.start();
    QVERIFY2(started.ok(), why(started));

    // The outside host is pinned too: reachable, so only scoping keeps it out.
    const ScanSettings s = harnessSettings(nginx, kSite, {kSite, kSub, kOutside}, pki.rootCaFile());
    const ScanResult result = runScan(s);
    QVERIFY(result.finishedAt.isValid());
    QVERIFY(findOrigin(result, kSub));          // the linked subdomain became an origin
    QVERIFY(!findOrigin(result, kOutside));     // the outside host did not

    const QList<AccessLogEntry> log = nginx.accessLog();
    QVERIFY(!log.isEmpty());
    QSet<QString> fetched;
    for (const AccessLogEntry &e : log) {
        QCOMPARE(e.requestMethod, QStringLiteral("GET"));
        QCOMPARE(e.userAgent, defaultUserAgent());
        QVERIFY2(!e.requestUri.startsWith(QLatin1String("/private/")), qPrintable(e.requestUri));
        QVERIFY2(e.host == kSite || e.host == kSub, qPrintable(e.host + e.requestUri));
        fetched.insert(e.scheme + QStringLiteral("://") + e.host + e.requestUri);
    }
    // Not vacuous: the sitemap page was fetched over both schemes, and so
    // was the robots.txt that forbade the rest.
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
        QVERIFY2(fetched.contains(scheme + QStringLiteral("://") + kSite + QStringLiteral("/b.html")), qPrintable(scheme));
        QVERIFY2(fetched.contains(scheme + QStringLiteral("://") + kSite + QStringLiteral("/robots.txt")), qPrintable(scheme));
        QVERIFY2(fetched.contains(scheme + QStringLiteral("://") + kSite + QStringLiteral("/a.html")), qPrintable(scheme));
        QVERIFY2(fetched.contains(scheme + QStringLiteral("://") + kSub + QStringLiteral("/")), qPrintable(scheme));
    }
}

QTEST_GUILESS_MAIN(tst_ScanPolicy)
#include "tst_scanpolicy.moc"
