// Access logs tell which pages real visitors use; the sample leans on them
// when a crawl finds too little, so the ranking and the filters matter.
#include "crawl/accesslogparser.h"

#include <QBuffer>
#include <QTest>

using namespace sslrec;

namespace {
QByteArray combined(const QByteArray &request, int status = 200)
{
    return "203.0.113.9 - - [10/Oct/2024:13:55:36 +0000] \"" + request + "\" " + QByteArray::number(status)
        + " 2326 \"https://example.com/\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n";
}
} // namespace

class tst_AccessLogParser : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data();
    void parseLine();
    void filters_data();
    void filters();
    void ranking();
    void absoluteTargets();
    void lineCap();
    void distinctPathCap();
    void device();
};

void tst_AccessLogParser::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("status");

    QTest::newRow("combined") << combined("GET /index.html?x=1 HTTP/1.1") << true << "GET" << "/index.html?x=1" << 200;
    QTest::newRow("common") << QByteArray("127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326")
                            << true << "GET" << "/apache_pb.gif" << 200;
    QTest::newRow("crlf") << QByteArray("::1 - - [x] \"HEAD / HTTP/2.0\" 304 -\r\n") << true << "HEAD" << "/" << 304;
    QTest::newRow("http 0.9") << QByteArray("h - - [t] \"GET /old\" 200 5") << true << "GET" << "/old" << 200;
    QTest::newRow("escaped quote") << QByteArray("h - - [t] \"GET /a\\\"b HTTP/1.1\" 404 0") << true << "GET" << "/a\"b" << 404;
    QTest::newRow("nginx hex escape") << QByteArray("h - - [t] \"GET /a\\x22b HTTP/1.1\" 200 0") << true << "GET" << "/a\"b" << 200;
    QTest::newRow("absolute target") << combined("GET http://example.com/p HTTP/1.1") << true << "GET" << "http://example.com/p" << 200;
    QTest::newRow("user with space in time") << QByteArray("h - bob [10/Oct/2000:13:55:36 -0700] \"POST /form HTTP/1.1\" 302 12")
                                             << true << "POST" << "/form" << 302;
    QTest::newRow("empty") << QByteArray() << false << "" << "" << 0;
    QTest::newRow("garbage") << QByteArray("hello world") << false << "" << "" << 0;
    QTest::newRow("no time") << QByteArray("h - - \"GET / HTTP/1.1\" 200 1") << false << "" << "" << 0;
    QTest::newRow("unclosed time") << QByteArray("h - - [t \"GET / HTTP/1.1\" 200 1") << false << "" << "" << 0;
    QTest::newRow("unclosed quote") << QByteArray("h - - [t] \"GET / HTTP/1.1 200 1") << false << "" << "" << 0;
    QTest::newRow("dash request") << QByteArray("h - - [t] \"-\" 400 0") << false << "" << "" << 0;
    QTest::newRow("tls garbage request") << QByteArray("h - - [t] \"\\x16\\x03\\x01\\x02\\x00\\x01\" 400 157") << false << "" << "" << 0;
    QTest::newRow("bad status") << QByteArray("h - - [t] \"GET / HTTP/1.1\" 2000 1") << false << "" << "" << 0;
    QTest::newRow("status letters") << QByteArray("h - - [t] \"GET / HTTP/1.1\" abc 1") << false << "" << "" << 0;
    QTest::newRow("bad bytes") << QByteArray("h - - [t] \"GET / HTTP/1.1\" 200 x") << false << "" << "" << 0;
    QTest::newRow("no bytes") << QByteArray("h - - [t] \"GET / HTTP/1.1\" 200") << false << "" << "" << 0;
    QTest::newRow("bad protocol") << QByteArray("h - - [t] \"GET / FOO\" 200 1") << false << "" << "" << 0;
    QTest::newRow("json line") << QByteArray("{\"status\":200,\"path\":\"/\"}") << false << "" << "" << 0;
}

void tst_AccessLogParser::parseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(QString, method);
    QFETCH(QString, target);
    QFETCH(int, status);
    const std::optional<AccessLogRequest> r = AccessLogParser::parseLine(line);
    QCOMPARE(r.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(r->method, method);
    QCOMPARE(r->target, target);
    QCOMPARE(r->status, status);
}

void tst_AccessLogParser::filters_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("includeHead");
    QTest::addColumn<bool>("counted");
    QTest::newRow("get 200") << QByteArray("GET /a HTTP/1.1") << 200 << false << true;
    QTest::newRow("get 204") << QByteArray("GET /a HTTP/1.1") << 204 << false << true;
    QTest::newRow("get 301") << QByteArray("GET /a HTTP/1.1") << 301 << false << true;
    QTest::newRow("get 304") << QByteArray("GET /a HTTP/1.1") << 304 << false << true;
    QTest::newRow("get 404") << QByteArray("GET /a HTTP/1.1") << 404 << false << false;
    QTest::newRow("get 500") << QByteArray("GET /a HTTP/1.1") << 500 << false << false;
    QTest::newRow("get 199") << QByteArray("GET /a HTTP/1.1") << 199 << false << false;
    QTest::newRow("post") << QByteArray("POST /a HTTP/1.1") << 200 << false << false;
    QTest::newRow("head off") << QByteArray("HEAD /a HTTP/1.1") << 200 << false << false;
    QTest::newRow("head on") << QByteArray("HEAD /a HTTP/1.1") << 200 << true << true;
    QTest::newRow("lower get") << QByteArray("get /a HTTP/1.1") << 200 << false << false;
    QTest::newRow("star target") << QByteArray("GET * HTTP/1.1") << 200 << false << false;
    QTest::newRow("connect") << QByteArray("CONNECT example.com:443 HTTP/1.1") << 200 << false << false;
}

void tst_AccessLogParser::filters()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, includeHead);
    QFETCH(bool, counted);
    AccessLogOptions options;
    options.includeHead = includeHead;
    const AccessLogSummary s = AccessLogParser::parse(combined(request, status), options);
    QCOMPARE(s.lines, 1);
    QCOMPARE(s.accepted, counted ? 1 : 0);
    QCOMPARE(s.ignored, counted ? 0 : 1);
    QCOMPARE(s.malformed, 0);
    QCOMPARE(s.paths.size(), counted ? 1 : 0);
}

void tst_AccessLogParser::ranking()
{
    QByteArray log;
    log += combined("GET /b HTTP/1.1");
    log += combined("GET /a HTTP/1.1");
    log += "not a log line\n\n";
    log += combined("GET /c?x=1#frag HTTP/1.1");
    log += combined("GET /a HTTP/1.1");
    log += combined("GET /c?x=1 HTTP/1.1");
    log += combined("GET /d HTTP/1.1");
    log += combined("GET /a HTTP/1.1");
    const AccessLogSummary s = AccessLogParser::parse(log);
    QCOMPARE(s.lines, 8);
    QCOMPARE(s.malformed, 1);
    QCOMPARE(s.accepted, 7);
    QStringList order;
    QList<qint64> counts;
    for (const AccessLogPath &p : s.paths) {
        order << p.pathAndQuery;
        counts << p.count;
    }
    // /a three times, then /c?x=1 twice, then /b and /d once in order of first appearance.
    QCOMPARE(order, QStringList({"/a", "/c?x=1", "/b", "/d"}));
    QCOMPARE(counts, QList<qint64>({3, 2, 1, 1}));
    QVERIFY(!s.capHit);
}

void tst_AccessLogParser::absoluteTargets()
{
    QByteArray log;
    log += combined("GET http://example.com/in?q=1 HTTP/1.1");
    log += combined("GET https://www.example.com HTTP/1.1");
    log += combined("GET http://evil-example.com/out HTTP/1.1");
    log += combined("GET http://example.com.evil.net/out HTTP/1.1");
    log += combined("GET ftp://example.com/out HTTP/1.1");
    AccessLogOptions options;
    options.scope = Scope(QStringLiteral("example.com"), true);
    const AccessLogSummary s = AccessLogParser::parse(log, options);
    QCOMPARE(s.accepted, 2);
    QCOMPARE(s.ignored, 3);
    QCOMPARE(s.paths.at(0).pathAndQuery, QStringLiteral("/in?q=1"));
    QCOMPARE(s.paths.at(1).pathAndQuery, QStringLiteral("/"));
    // Without a scope no absolute target is trusted.
    QCOMPARE(AccessLogParser::parse(log).accepted, 0);
}

void tst_AccessLogParser::lineCap()
{
    QByteArray log;
    for (int i = 0; i < 10; ++i)
        log += combined("GET /p" + QByteArray::number(i) + " HTTP/1.1");
    AccessLogOptions options;
    options.maxLines = 4;
    const AccessLogSummary s = AccessLogParser::parse(log, options);
    QCOMPARE(s.lines, 4);
    QCOMPARE(s.paths.size(), 4);
    QVERIFY(s.capHit);

    options.maxLineLength = 50;
    options.maxLines = 100;
    const AccessLogSummary longLines = AccessLogParser::parse(log, options);
    QCOMPARE(longLines.malformed, 10);
}

void tst_AccessLogParser::distinctPathCap()
{
    QByteArray log;
    for (int i = 0; i < 5; ++i)
        log += combined("GET /p" + QByteArray::number(i) + " HTTP/1.1");
    log += combined("GET /p0 HTTP/1.1");
    AccessLogOptions options;
    options.maxDistinctPaths = 2;
    const AccessLogSummary s = AccessLogParser::parse(log, options);
    QCOMPARE(s.paths.size(), 2);
    QCOMPARE(s.paths.at(0).count, 2); // known paths still count
    QVERIFY(s.capHit);
}

void tst_AccessLogParser::device()
{
    QByteArray log = combined("GET /first HTTP/1.1");
    log += QByteArray(100000, 'x') + "\n"; // one endless line
    log += combined("GET /after HTTP/1.1");
    QBuffer buffer(&log);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    AccessLogOptions options;
    options.maxLineLength = 1000;
    AccessLogParser parser(options);
    parser.addDevice(buffer);
    const AccessLogSummary s = parser.summary();
    QCOMPARE(s.lines, 3);
    QCOMPARE(s.malformed, 1);
    QCOMPARE(s.accepted, 2);
    QCOMPARE(s.paths.at(1).pathAndQuery, QStringLiteral("/after"));
}

QTEST_GUILESS_MAIN(tst_AccessLogParser)
#include "tst_accesslogparser.moc"
