// robots.txt is the site owner's opt-out: fetching a disallowed page breaks
// their trust, refusing an allowed one loses evidence. RFC 9309's own
// examples are here verbatim.
#include "crawl/robotstxt.h"

#include <QElapsedTimer>
#include <QTest>

using namespace sslrec;

namespace {

const QByteArray kRfcSimple = "User-Agent: *\n"
                              "Disallow: *.gif$\n"
                              "Disallow: /example/\n"
                              "Allow: /publications/\n"
                              "\n"
                              "User-Agent: foobot\n"
                              "Disallow:/\n"
                              "Allow:/example/page.html\n"
                              "Allow:/example/allowed.gif\n"
                              "\n"
                              "User-Agent: barbot\n"
                              "User-Agent: bazbot\n"
                              "Disallow: /example/page.html\n"
                              "\n"
                              "User-Agent: quxbot\n"
                              "\n"
                              "EOF\n";

const QByteArray kRfcLongest = "User-Agent: foobot\n"
                               "Allow: /example/page/\n"
                               "Disallow: /example/page/disallowed.gif\n";

RobotsOptions agent(const char *token, RobotsPolicy policy = RobotsPolicy::ObeyAll)
{
    RobotsOptions o;
    o.productToken = QString::fromLatin1(token);
    o.policy = policy;
    return o;
}

} // namespace

class tst_RobotsTxt : public QObject
{
    Q_OBJECT

private slots:
    void rfcExamples_data();
    void rfcExamples();
    void matching_data();
    void matching();
    void percentEncoding_data();
    void percentEncoding();
    void groups();
    void namedOnlyPolicy();
    void sitemapsAndCrawlDelay();
    void syntaxTolerance();
    void sizeCap();
    void fromResponse_data();
    void fromResponse();
    void robotsTxtAlwaysAllowed();
    void reasonNamesTheRule();
    void hostileInputIsFast();
};

void tst_RobotsTxt::rfcExamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("allowed");

    // RFC 9309 5.1
    QTest::newRow("foobot page") << kRfcSimple << "foobot" << "/example/page.html" << true;
    QTest::newRow("foobot gif") << kRfcSimple << "foobot" << "/example/allowed.gif" << true;
    QTest::newRow("foobot other") << kRfcSimple << "foobot" << "/publications/" << false;
    QTest::newRow("foobot root") << kRfcSimple << "FooBot" << "/" << false;
    QTest::newRow("barbot page") << kRfcSimple << "barbot" << "/example/page.html" << false;
    QTest::newRow("bazbot page") << kRfcSimple << "bazbot" << "/example/page.html" << false;
    QTest::newRow("barbot other") << kRfcSimple << "barbot" << "/example/other.html" << true;
    QTest::newRow("barbot gif") << kRfcSimple << "barbot" << "/a.gif" << true;
    QTest::newRow("quxbot empty group") << kRfcSimple << "quxbot" << "/example/" << true;
    QTest::newRow("star gif") << kRfcSimple << "otherbot" << "/images/a.gif" << false;
    QTest::newRow("star gif query") << kRfcSimple << "otherbot" << "/images/a.gif?x" << true;
    QTest::newRow("star example") << kRfcSimple << "otherbot" << "/example/x" << false;
    QTest::newRow("star publications") << kRfcSimple << "otherbot" << "/publications/x" << true;
    QTest::newRow("star other") << kRfcSimple << "otherbot" << "/other" << true;
    // RFC 9309 5.2
    QTest::newRow("longest allow") << kRfcLongest << "foobot" << "/example/page/" << true;
    QTest::newRow("longest allow below") << kRfcLongest << "foobot" << "/example/page/x.html" << true;
    QTest::newRow("longest disallow") << kRfcLongest << "foobot" << "/example/page/disallowed.gif" << false;
}

void tst_RobotsTxt::rfcExamples()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, token);
    QFETCH(QString, path);
    QFETCH(bool, allowed);
    RobotsOptions options;
    options.productToken = token;
    QCOMPARE(RobotsTxt::parse(body, options).isAllowed(path), allowed);
}

void tst_RobotsTxt::matching_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("prefix") << "Disallow: /private" << "/private-area/x" << false;
    QTest::newRow("no match") << "Disallow: /private" << "/public" << true;
    QTest::newRow("case sensitive path") << "Disallow: /Private" << "/private" << true;
    QTest::newRow("empty disallow") << "Disallow:" << "/anything" << true;
    QTest::newRow("root") << "Disallow: /" << "/x" << false;
    QTest::newRow("wildcard middle") << "Disallow: /this/*/exactly" << "/this/a/b/exactly" << false;
    QTest::newRow("wildcard no match") << "Disallow: /this/*/exactly" << "/this/exactly" << true;
    QTest::newRow("anchor exact") << "Disallow: /this/path/exactly$" << "/this/path/exactly" << false;
    QTest::newRow("anchor longer") << "Disallow: /this/path/exactly$" << "/this/path/exactly/more" << true;
    QTest::newRow("anchor query") << "Disallow: /*.php$" << "/index.php?x=1" << true;
    QTest::newRow("dollar inside") << "Disallow: /a$b" << "/a$b" << false;
    QTest::newRow("query rule") << "Disallow: /*?sessionid=" << "/shop?sessionid=1" << false;
    QTest::newRow("query rule other") << "Disallow: /*?sessionid=" << "/shop?id=1" << true;
    QTest::newRow("allow wins tie") << "Disallow: /page\nAllow: /page" << "/page" << true;
    QTest::newRow("allow wins tie reversed") << "Allow: /page\nDisallow: /page" << "/page" << true;
    QTest::newRow("longer disallow") << "Allow: /a\nDisallow: /a/b" << "/a/b/c" << false;
    QTest::newRow("longer allow") << "Disallow: /a\nAllow: /a/b" << "/a/b/c" << true;
    QTest::newRow("wildcard length counts") << "Allow: /*/b\nDisallow: /a/" << "/a/b" << true;
    QTest::newRow("greedy pieces") << "Disallow: /*ab*ab$" << "/abab" << false;
    QTest::newRow("greedy overlap") << "Disallow: /*ab*ab$" << "/ab" << true;
    QTest::newRow("anchored overlap") << "Disallow: /*aa$" << "/aaa" << false;
    QTest::newRow("stars collapse") << "Disallow: /****x" << "/ax" << false;
    QTest::newRow("no leading slash") << "Disallow: private" << "/private" << false;
    QTest::newRow("star only") << "Disallow: *" << "/x" << false;
    QTest::newRow("comment after") << "Disallow: /a # not /b" << "/b" << true;
    QTest::newRow("comment after match") << "Disallow: /a # not /b" << "/a" << false;
}

void tst_RobotsTxt::matching()
{
    QFETCH(QString, rules);
    QFETCH(QString, path);
    QFETCH(bool, allowed);
    const QByteArray body = "User-agent: *\n" + rules.toUtf8() + "\n";
    QCOMPARE(RobotsTxt::parse(body).isAllowed(path), allowed);
}

void tst_RobotsTxt::percentEncoding_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("match");
    // RFC 9309 2.2.2 table: the path side.
    QTest::newRow("plain query") << "/foo/bar?baz=quz" << "/foo/bar?baz=quz" << true;
    QTest::newRow("reserved stays encoded") << "/foo/bar?baz=https%3A%2F%2Ffoo.bar" << "/foo/bar?baz=https%3a%2f%2ffoo.bar" << true;
    QTest::newRow("reserved not decoded") << "/foo/bar?baz=https://foo.bar" << "/foo/bar?baz=https%3A%2F%2Ffoo.bar" << false;
    QTest::newRow("utf8 in pattern") << QString::fromUtf8("/foo/bar/ツ") << "/foo/bar/%E3%83%84" << true;
    QTest::newRow("utf8 in path") << "/foo/bar/%E3%83%84" << QString::fromUtf8("/foo/bar/ツ") << true;
    QTest::newRow("utf8 lower hex") << "/foo/bar/%e3%83%84" << "/foo/bar/%E3%83%84" << true;
    QTest::newRow("unreserved decoded") << "/foo/bar/baz" << "/foo/bar/%62%61%7A" << true;
    QTest::newRow("unreserved in pattern") << "/foo/%62ar" << "/foo/bar" << true;
    QTest::newRow("tilde") << "/%7Euser" << "/~user" << true;
    QTest::newRow("slash escape differs") << "/a/b" << "/a%2Fb" << false;
}

void tst_RobotsTxt::percentEncoding()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, match);
    const QByteArray body = "User-agent: *\nDisallow: " + pattern.toUtf8() + "$\n";
    QCOMPARE(!RobotsTxt::parse(body).isAllowed(path), match);
}

void tst_RobotsTxt::groups()
{
    const QByteArray body = "user-agent: sslrec\n"
                            "disallow: /a\n"
                            "user-agent: other\n"
                            "disallow: /x\n"
                            "USER-AGENT: SSLREC/2.0 (+https://example.com)\n"
                            "disallow: /b\n"
                            "user-agent: *\n"
                            "disallow: /\n";
    const RobotsTxt robots = RobotsTxt::parse(body);
    QVERIFY(robots.namedGroupFound());
    QVERIFY(!robots.isAllowed(QStringLiteral("/a")));
    QVERIFY(!robots.isAllowed(QStringLiteral("/b")));
    QVERIFY(robots.isAllowed(QStringLiteral("/x"))); // other's group
    QVERIFY(robots.isAllowed(QStringLiteral("/c"))); // * is not used when a named group exists
    QCOMPARE(robots.rules().size(), 2);

    // A token that is only a prefix of the agent does not match.
    const RobotsTxt prefix = RobotsTxt::parse("user-agent: sslrecbot\ndisallow: /\n");
    QVERIFY(!prefix.namedGroupFound());
    QVERIFY(prefix.isAllowed(QStringLiteral("/")));

    // Rules before any user-agent line belong to no group.
    QVERIFY(RobotsTxt::parse("disallow: /\nuser-agent: *\nallow: /x\n").isAllowed(QStringLiteral("/y")));
    // Consecutive user-agent lines share the rules that follow.
    const RobotsTxt shared = RobotsTxt::parse("user-agent: a\nuser-agent: sslrec\nuser-agent: b\ndisallow: /s\n");
    QVERIFY(!shared.isAllowed(QStringLiteral("/s")));
    // No groups at all: everything allowed.
    QVERIFY(RobotsTxt::parse("").isAllowed(QStringLiteral("/")));
}

void tst_RobotsTxt::namedOnlyPolicy()
{
    const QByteArray starOnly = "User-agent: *\nDisallow: /\n";
    QVERIFY(!RobotsTxt::parse(starOnly, agent("sslrec")).isAllowed(QStringLiteral("/")));
    QVERIFY(RobotsTxt::parse(starOnly, agent("sslrec", RobotsPolicy::NamedOnly)).isAllowed(QStringLiteral("/")));
    const QByteArray named = "User-agent: *\nDisallow: /\nUser-agent: sslrec\nDisallow: /admin\n";
    const RobotsTxt r = RobotsTxt::parse(named, agent("sslrec", RobotsPolicy::NamedOnly));
    QVERIFY(r.isAllowed(QStringLiteral("/")));
    QVERIFY(!r.isAllowed(QStringLiteral("/admin/")));
}

void tst_RobotsTxt::sitemapsAndCrawlDelay()
{
    const QByteArray body = "Sitemap: https://example.com/sitemap.xml\n"
                            "User-agent: sslrec\n"
                            "Crawl-delay: 2.5\n"
                            "Sitemap: http://example.com/news.xml\n"
                            "Disallow: /x\n"
                            "sitemap: /relative.xml\n"
                            "SITEMAP: ftp://example.com/s.xml\n"
                            "Sitemap: https://example.com/sitemap.xml\n";
    const RobotsTxt r = RobotsTxt::parse(body);
    QCOMPARE(r.sitemaps(), QStringList({QStringLiteral("https://example.com/sitemap.xml"), QStringLiteral("http://example.com/news.xml")}));
    QCOMPARE(r.crawlDelaySeconds().value_or(-1), 2.5);
    // The Sitemap line did not end the group.
    QVERIFY(!r.isAllowed(QStringLiteral("/x")));
    QVERIFY(!RobotsTxt::parse("User-agent: *\nDisallow: /\n").crawlDelaySeconds().has_value());
}

void tst_RobotsTxt::syntaxTolerance()
{
    const QByteArray body = "\xEF\xBB\xBFUser-agent: *\r\n"
                            "this line is garbage\r\n"
                            "   Disallow   :   /crlf   \r\n"
                            "Unknown-field: value\r"
                            "Disallow: /cr-only\r"
                            "# Disallow: /commented\n"
                            "\x01\x02\xff\xfe binary: noise\n"
                            "Disallow: /last";
    const RobotsTxt r = RobotsTxt::parse(body);
    QVERIFY(!r.isAllowed(QStringLiteral("/crlf")));
    QVERIFY(!r.isAllowed(QStringLiteral("/cr-only")));
    QVERIFY(!r.isAllowed(QStringLiteral("/last")));
    QVERIFY(r.isAllowed(QStringLiteral("/commented")));
    QCOMPARE(r.rules().size(), 3);
    QCOMPARE(r.rules().at(1).line, 5);
}

void tst_RobotsTxt::sizeCap()
{
    QByteArray body = "User-agent: *\nDisallow: /early\n";
    body += QByteArray(600 * 1024, '#') + "\nDisallow: /late\n";
    const RobotsTxt r = RobotsTxt::parse(body);
    QVERIFY(r.truncated());
    QVERIFY(!r.isAllowed(QStringLiteral("/early")));
    QVERIFY(r.isAllowed(QStringLiteral("/late")));

    // The line cut by the cap is dropped, not read as a shorter pattern.
    RobotsOptions small;
    small.maxBytes = 40;
    const QByteArray cut = "User-agent: *\nDisallow: /a\nDisallow: /private-area\n";
    const RobotsTxt c = RobotsTxt::parse(cut, small);
    QVERIFY(c.truncated());
    QVERIFY(!c.isAllowed(QStringLiteral("/a")));
    QVERIFY(c.isAllowed(QStringLiteral("/pri")));
    QVERIFY(!RobotsTxt::parse(cut).truncated());
}

void tst_RobotsTxt::fromResponse_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("availability");
    QTest::addColumn<bool>("rootAllowed");
    const int parsed = int(RobotsTxt::Availability::Parsed);
    const int unavailable = int(RobotsTxt::Availability::Unavailable);
    const int unreachable = int(RobotsTxt::Availability::Unreachable);
    QTest::newRow("200 parses") << 200 << parsed << false;
    QTest::newRow("204 parses") << 204 << parsed << false;
    QTest::newRow("301 unavailable") << 301 << unavailable << true;
    QTest::newRow("401 unavailable") << 401 << unavailable << true;
    QTest::newRow("403 unavailable") << 403 << unavailable << true;
    QTest::newRow("404 unavailable") << 404 << unavailable << true;
    QTest::newRow("410 unavailable") << 410 << unavailable << true;
    QTest::newRow("429 unreachable") << 429 << unreachable << false;
    QTest::newRow("500 unreachable") << 500 << unreachable << false;
    QTest::newRow("503 unreachable") << 503 << unreachable << false;
    QTest::newRow("network error") << 0 << unreachable << false;
    QTest::newRow("negative") << -1 << unreachable << false;
    QTest::newRow("100 unreachable") << 100 << unreachable << false;
}

void tst_RobotsTxt::fromResponse()
{
    QFETCH(int, status);
    QFETCH(int, availability);
    QFETCH(bool, rootAllowed);
    const RobotsTxt r = RobotsTxt::fromResponse(status, "User-agent: *\nDisallow: /\n");
    QCOMPARE(int(r.availability()), availability);
    QCOMPARE(r.httpStatus(), status);
    const RobotsDecision d = r.check(QStringLiteral("/"));
    QCOMPARE(d.allowed, rootAllowed);
    QVERIFY(d.allowed || !d.reason.isEmpty());
    if (availability == int(RobotsTxt::Availability::Unreachable)) // even robots.txt itself: the server asked for nothing
        QVERIFY(!r.isAllowed(QStringLiteral("/robots.txt")));
}

void tst_RobotsTxt::robotsTxtAlwaysAllowed()
{
    const RobotsTxt r = RobotsTxt::parse("User-agent: *\nDisallow: /\n");
    QVERIFY(r.isAllowed(QStringLiteral("/robots.txt")));
    QVERIFY(!r.isAllowed(QStringLiteral("/robots.txt.bak")));
    QVERIFY(!r.check(QUrl(QStringLiteral("https://example.com"))).allowed);
    QVERIFY(RobotsTxt().isAllowed(QStringLiteral("/anything")));
}

void tst_RobotsTxt::reasonNamesTheRule()
{
    const RobotsTxt r = RobotsTxt::parse("User-agent: *\nAllow: /\nDisallow: /private\n");
    const RobotsDecision d = r.check(QUrl(QStringLiteral("https://example.com/private/x?y=1")));
    QVERIFY(!d.allowed);
    QCOMPARE(d.reason, QStringLiteral("Disallow: /private (robots.txt line 3)"));
    QVERIFY(r.check(QStringLiteral("/open")).reason.contains(QLatin1String("Allow: /")));
}

void tst_RobotsTxt::hostileInputIsFast()
{
    // Patterns built to make a backtracking matcher explode.
    QByteArray body = "User-agent: *\n";
    for (int i = 0; i < 200; ++i)
        body += "Disallow: /" + QByteArray(50, 'a').replace("a", "*a") + "b\n";
    body += "Disallow: /" + QByteArray(300000, '*') + "z$\n";
    const RobotsTxt r = RobotsTxt::parse(body);
    const QString path = u'/' + QString(2000, u'a');
    QElapsedTimer timer;
    timer.start();
    QVERIFY(r.isAllowed(path));
    QVERIFY(!r.isAllowed(path + u'z'));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(tst_RobotsTxt)
#include "tst_robotstxt.moc"
