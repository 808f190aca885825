// One page must have one key in the crawl's seen-set: if two spellings of a
// URL survive normalisation the sample wastes fetches, and if two pages
// collapse into one a difference goes unnoticed.
#include "crawl/urlnormalizer.h"

#include <QTest>

using namespace sslrec;

class tst_UrlNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void idempotent_data() { normalize_data(); }
    void idempotent();
    void refused_data();
    void refused();
    void sessionParametersKeptWhenDisabled();
    void customSessionParameters();
    void lengthCap();
    void pathAndQuery_data();
    void pathAndQuery();
};

void tst_UrlNormalizer::normalize_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");

    QTest::newRow("already normal") << "https://example.com/a/b?x=1" << "https://example.com/a/b?x=1";
    QTest::newRow("fragment") << "https://example.com/a#top" << "https://example.com/a";
    QTest::newRow("scheme case") << "HTTPS://example.com/" << "https://example.com/";
    QTest::newRow("host case") << "http://WWW.Example.COM/Path" << "http://www.example.com/Path";
    QTest::newRow("http 80") << "http://example.com:80/" << "http://example.com/";
    QTest::newRow("https 443") << "https://example.com:443/" << "https://example.com/";
    QTest::newRow("https 80 kept") << "https://example.com:80/" << "https://example.com:80/";
    QTest::newRow("http 443 kept") << "http://example.com:443/" << "http://example.com:443/";
    QTest::newRow("other port") << "http://example.com:8080" << "http://example.com:8080/";
    QTest::newRow("empty path") << "http://example.com" << "http://example.com/";
    QTest::newRow("empty path query") << "http://example.com?a=1" << "http://example.com/?a=1";
    QTest::newRow("unreserved decoded") << "http://example.com/%7Euser/%41%62%2D%2e%5F" << "http://example.com/~user/Ab-._";
    QTest::newRow("escapes upper") << "http://example.com/a%2fb%3a?q=%2f%e2%82%ac" << "http://example.com/a%2Fb%3A?q=%2F%E2%82%AC";
    QTest::newRow("space and utf8") << QString::fromUtf8("http://example.com/a b/é") << "http://example.com/a%20b/%C3%A9";
    QTest::newRow("dot segments") << "http://example.com/a/./b/../c" << "http://example.com/a/c";
    QTest::newRow("dot dot past root") << "http://example.com/../../a" << "http://example.com/a";
    QTest::newRow("trailing dot dot") << "http://example.com/a/b/.." << "http://example.com/a/";
    QTest::newRow("trailing dot") << "http://example.com/a/." << "http://example.com/a/";
    QTest::newRow("encoded dots") << "http://example.com/a/%2E%2E/b" << "http://example.com/b";
    QTest::newRow("double slash kept") << "http://example.com/a//b" << "http://example.com/a//b";
    QTest::newRow("userinfo") << "http://user:pass@example.com/x" << "http://example.com/x";
    QTest::newRow("idn host") << QString::fromUtf8("http://bücher.example/") << "http://xn--bcher-kva.example/";
    QTest::newRow("ipv6") << "http://[2001:DB8::1]:8080/" << "http://[2001:db8::1]:8080/";
    QTest::newRow("ipv4") << "http://127.0.0.1:80/x" << "http://127.0.0.1/x";
    QTest::newRow("query order kept") << "http://example.com/?b=2&a=1" << "http://example.com/?b=2&a=1";
    QTest::newRow("empty query") << "http://example.com/a?" << "http://example.com/a";
    QTest::newRow("jsessionid query") << "http://example.com/a?x=1&JSESSIONID=abc&y=2" << "http://example.com/a?x=1&y=2";
    QTest::newRow("phpsessid only") << "http://example.com/a?PHPSESSID=abc" << "http://example.com/a";
    QTest::newRow("sid") << "http://example.com/?sid=1&side=2" << "http://example.com/?side=2";
    QTest::newRow("utm") << "http://example.com/?utm_source=x&utm_medium=y&id=3" << "http://example.com/?id=3";
    QTest::newRow("encoded param name") << "http://example.com/?%73id=1&k=v" << "http://example.com/?k=v";
    QTest::newRow("jsessionid path") << "http://example.com/shop;jsessionid=ABC123?x=1" << "http://example.com/shop?x=1";
    QTest::newRow("path param kept") << "http://example.com/a;v=1/b" << "http://example.com/a;v=1/b";
    QTest::newRow("whitespace trimmed") << "  http://example.com/x \n" << "http://example.com/x";
}

void tst_UrlNormalizer::normalize()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    const Result<QUrl> r = UrlNormalizer().normalize(in);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->toString(QUrl::FullyEncoded), out);
}

void tst_UrlNormalizer::idempotent()
{
    QFETCH(QString, out);
    const UrlNormalizer n;
    const Result<QUrl> once = n.normalize(out);
    QVERIFY(once.ok());
    const Result<QUrl> twice = n.normalize(once.value());
    QVERIFY(twice.ok());
    QCOMPARE(twice->toString(QUrl::FullyEncoded), out);
}

void tst_UrlNormalizer::refused_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("code");
    QTest::newRow("mailto") << "mailto:me@example.com" << "url.scheme";
    QTest::newRow("javascript") << "javascript:alert(1)" << "url.scheme";
    QTest::newRow("data") << "data:text/html,<b>x</b>" << "url.scheme";
    QTest::newRow("file") << "file:///etc/passwd" << "url.scheme";
    QTest::newRow("ftp") << "ftp://example.com/" << "url.scheme";
    QTest::newRow("tel") << "tel:+123" << "url.scheme";
    QTest::newRow("relative") << "/path" << "url.relative";
    QTest::newRow("no host") << "http:///path" << "url.nohost";
    QTest::newRow("too long") << "http://example.com/" + QString(3000, u'a') << "url.length";
    QTest::newRow("invalid") << "http://exa mple.com/" << "url.invalid";
}

void tst_UrlNormalizer::refused()
{
    QFETCH(QString, in);
    QFETCH(QString, code);
    const Result<QUrl> r = UrlNormalizer().normalize(in);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

void tst_UrlNormalizer::sessionParametersKeptWhenDisabled()
{
    UrlNormalizerOptions options;
    options.stripSessionParameters = false;
    const Result<QUrl> r = UrlNormalizer(options).normalize(QStringLiteral("http://example.com/a;jsessionid=1?utm_source=x&sid=2"));
    QVERIFY(r.ok());
    QCOMPARE(r->toString(QUrl::FullyEncoded), QStringLiteral("http://example.com/a;jsessionid=1?utm_source=x&sid=2"));
}

void tst_UrlNormalizer::customSessionParameters()
{
    UrlNormalizerOptions options;
    options.sessionParameters = {QStringLiteral("token")};
    options.sessionParameterPrefixes = {QStringLiteral("ref_")};
    const Result<QUrl> r = UrlNormalizer(options).normalize(QStringLiteral("http://example.com/?token=1&ref_a=2&sid=3&utm_x=4"));
    QVERIFY(r.ok());
    QCOMPARE(r->toString(QUrl::FullyEncoded), QStringLiteral("http://example.com/?sid=3&utm_x=4"));
}

void tst_UrlNormalizer::lengthCap()
{
    UrlNormalizerOptions options;
    options.maxLength = 28;
    const UrlNormalizer n(options);
    QVERIFY(n.normalize(QStringLiteral("http://example.com/123456789")).ok()); // 28 characters
    const Result<QUrl> longer = n.normalize(QStringLiteral("http://example.com/1234567890"));
    QVERIFY(!longer.ok());
    QCOMPARE(longer.error().code, QStringLiteral("url.length"));
    // Growth through escaping counts too: é is six characters once encoded.
    const Result<QUrl> escaped = n.normalize(QUrl(QString::fromUtf8("http://example.com/ééé")));
    QVERIFY(!escaped.ok());
    QCOMPARE(escaped.error().code, QStringLiteral("url.length"));
}

void tst_UrlNormalizer::pathAndQuery_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("key");
    QTest::newRow("root") << "https://example.com" << "/";
    QTest::newRow("path") << "https://example.com/a/b" << "/a/b";
    QTest::newRow("query") << "http://example.com/a?x=1&y" << "/a?x=1&y";
    QTest::newRow("empty query") << "http://example.com/a?" << "/a?";
    QTest::newRow("fragment dropped") << "http://example.com/a#f" << "/a";
    QTest::newRow("encoded") << QString::fromUtf8("http://example.com/é?q=a b") << "/%C3%A9?q=a%20b";
}

void tst_UrlNormalizer::pathAndQuery()
{
    QFETCH(QString, in);
    QFETCH(QString, key);
    QCOMPARE(UrlNormalizer::pathAndQuery(QUrl(in)), key);
    // Both schemes of one page share the key.
    const QUrl https(in);
    QUrl http = https;
    http.setScheme(QStringLiteral("http"));
    QCOMPARE(UrlNormalizer::pathAndQuery(http), UrlNormalizer::pathAndQuery(https));
}

QTEST_GUILESS_MAIN(tst_UrlNormalizer)
#include "tst_urlnormalizer.moc"
