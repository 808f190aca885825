// The fetch layer against real nginx on loopback: what the scanner sends
// (GET, its user agent, Host and SNI = hostname even when pinned), what it
// records (redirects not followed, truncation, decoded gzip), how it fails
// (refused, timeout), and that two hostnames on one address never share a
// connection (HTTP/2 included); --proxy reaches hosts by name through the
// proxy and pinned addresses directly; TLS 1.0 origins are still reached.
#include "fetch/fetcher.h"
#include "nginxharness.h"
#include "testpki.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_Fetcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getOverBothSchemes_data();
    void getOverBothSchemes();
    void sharedAddressKeepsVirtualHostsApart();
    void redirectIsRecordedNotFollowed();
    void refusedIsClassified();
    void bodyCapTruncates();
    void gzipIsDecoded();
    void silentServerTimesOut();
    void concurrencyIsBoundedPerHost();
    void proxyCarriesUnpinnedHostsOnly();
    void unicodeHostnameGoesOutAsAce();
    void http2AndOldTlsAreReached();

private:
    FetchResult fetchOne(Fetcher &fetcher, const QString &host, sslrec::Scheme scheme, const QString &path = QStringLiteral("/"));
    FetchOptions options() const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxHarness> m_nginx;
};

FetchOptions tst_Fetcher::options() const
{
    FetchOptions o;
    o.userAgent = QStringLiteral("sslrec-test/1.0");
    o.httpPort = m_nginx->httpPort();
    o.httpsPort = m_nginx->httpsPort();
    o.maxBodyBytes = 1024 * 1024;
    return o;
}

FetchResult tst_Fetcher::fetchOne(Fetcher &fetcher, const QString &host, sslrec::Scheme scheme, const QString &path)
{
    FetchRequest req;
    req.host = host;
    req.scheme = scheme;
    req.pathAndQuery = path;
    req.pinnedAddress = m_nginx->address(host);
    QSignalSpy spy(&fetcher, &Fetcher::finished);
    const quint64 id = fetcher.enqueue(req);
    if (!spy.wait(30000))
        return {};
    const auto args = spy.takeFirst();
    if (args.at(0).toULongLong() != id)
        return {};
    return args.at(1).value<FetchResult>();
}

void tst_Fetcher::initTestCase()
{
    qRegisterMetaType<FetchResult>();
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    auto a = m_pki->issue({.name = QStringLiteral("a"), .dnsNames = {QStringLiteral("a.fetch.test")}});
    auto b = m_pki->issue({.name = QStringLiteral("b"), .dnsNames = {QStringLiteral("b.fetch.test")}});
    auto r = m_pki->issue({.name = QStringLiteral("r"), .dnsNames = {QStringLiteral("redirect.fetch.test")}});
    auto idn = m_pki->issue({.name = QStringLiteral("idn"), .dnsNames = {QStringLiteral("xn--bcher-kva.fetch.test")}});
    QVERIFY(a.ok() && b.ok() && r.ok() && idn.ok());

    m_nginx = std::make_unique<NginxHarness>(m_dir.filePath(QStringLiteral("nginx")));
    const QString gzip = QStringLiteral("gzip on; gzip_min_length 1; gzip_types text/plain;");
    QVERIFY(m_nginx->addOrigin({.host = QStringLiteral("a.fetch.test"), .certificateFile = a->chainFile, .keyFile = a->keyFile,
                                .httpConfig = gzip, .httpsConfig = gzip}).ok());
    QVERIFY(m_nginx->addOrigin({.host = QStringLiteral("b.fetch.test"), .certificateFile = b->chainFile, .keyFile = b->keyFile,
                                .shareAddressWith = QStringLiteral("a.fetch.test")}).ok());
    QVERIFY(m_nginx->addOrigin({.host = QStringLiteral("redirect.fetch.test"), .certificateFile = r->chainFile, .keyFile = r->keyFile,
                                .httpConfig = QStringLiteral("return 301 https://$host$request_uri;")}).ok());
    QVERIFY(m_nginx->addOrigin({.host = QStringLiteral("closed.fetch.test"), .https = false}).ok());
    QVERIFY(m_nginx->addOrigin({.host = QStringLiteral("xn--bcher-kva.fetch.test"), .certificateFile = idn->chainFile, .keyFile = idn->keyFile}).ok());
    QVERIFY(m_nginx->writeFile(QStringLiteral("xn--bcher-kva.fetch.test"), QStringLiteral("index.html"), "<p>b\xc3\xbc" "cher</p>\n").ok());
    QVERIFY(m_nginx->writeFile(QStringLiteral("a.fetch.test"), QStringLiteral("index.html"), "<p>site A</p>\n").ok());
    QVERIFY(m_nginx->writeFile(QStringLiteral("b.fetch.test"), QStringLiteral("index.html"), "<p>site B</p>\n").ok());
    QVERIFY(m_nginx->writeFile(QStringLiteral("closed.fetch.test"), QStringLiteral("index.html"), "closed\n").ok());
    QVERIFY(m_nginx->writeFile(QStringLiteral("a.fetch.test"), QStringLiteral("big.bin"), QByteArray(3 * 1024 * 1024, 'x')).ok());
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "line " + QByteArray::number(i) + " of a compressible text file\n";
    QVERIFY(m_nginx->writeFile(QStringLiteral("a.fetch.test"), QStringLiteral("text.txt"), text).ok());
    const auto started = m_nginx->start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
}

void tst_Fetcher::cleanupTestCase()
{
    if (m_nginx)
        m_nginx->stop();
}

void tst_Fetcher::getOverBothSchemes_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http") << false;
    QTest::newRow("https") << true;
}

void tst_Fetcher::getOverBothSchemes()
{
    QFETCH(bool, https);
    m_nginx->clearAccessLog();
    Fetcher fetcher(options());
    const FetchResult r = fetchOne(fetcher, QStringLiteral("a.fetch.test"), https ? sslrec::Scheme::Https : sslrec::Scheme::Http);
    QCOMPARE(fetchErrorCode(r.error), QStringLiteral("none"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("<p>site A</p>\n"));
    QCOMPARE(r.contentType, QStringLiteral("text/html"));
    QCOMPARE(r.url.host(), QStringLiteral("a.fetch.test"));

    QTRY_COMPARE(m_nginx->accessLog().size(), 1);
    const AccessLogEntry e = m_nginx->accessLog().first();
    QCOMPARE(e.requestMethod, QStringLiteral("GET"));
    QCOMPARE(e.host, QStringLiteral("a.fetch.test"));
    QCOMPARE(e.userAgent, QStringLiteral("sslrec-test/1.0"));
    QCOMPARE(e.serverName, QStringLiteral("a.fetch.test"));
    if (https)
        QCOMPARE(e.sslServerName, QStringLiteral("a.fetch.test"));
}

void tst_Fetcher::sharedAddressKeepsVirtualHostsApart()
{
    QCOMPARE(m_nginx->address(QStringLiteral("a.fetch.test")), m_nginx->address(QStringLiteral("b.fetch.test")));
    m_nginx->clearAccessLog();
    Fetcher fetcher(options());
    // Interleave requests so a shared keep-alive connection would be reused.
    for (int round = 0; round < 3; ++round) {
        const FetchResult a = fetchOne(fetcher, QStringLiteral("a.fetch.test"), sslrec::Scheme::Https);
        const FetchResult b = fetchOne(fetcher, QStringLiteral("b.fetch.test"), sslrec::Scheme::Https);
        QCOMPARE(a.body, QByteArray("<p>site A</p>\n"));
        QCOMPARE(b.body, QByteArray("<p>site B</p>\n"));
    }
    QTRY_COMPARE(m_nginx->accessLog().size(), 6);
    for (const AccessLogEntry &e : m_nginx->accessLog()) {
        // SNI, Host and the answering vhost agree on every request.
        QCOMPARE(e.sslServerName, e.host);
        QCOMPARE(e.serverName, e.host);
    }
}

void tst_Fetcher::redirectIsRecordedNotFollowed()
{
    m_nginx->clearAccessLog();
    Fetcher fetcher(options());
    const FetchResult r = fetchOne(fetcher, QStringLiteral("redirect.fetch.test"), sslrec::Scheme::Http, QStringLiteral("/a/b?c=d"));
    QCOMPARE(r.status, 301);
    const quint16 port = m_nginx->httpsPort();
    const QString expected = port == 443 ? QStringLiteral("https://redirect.fetch.test/a/b?c=d")
                                         : QStringLiteral("https://redirect.fetch.test/a/b?c=d"); // nginx's $host drops the port
    QCOMPARE(r.redirectTarget, expected);
    QTRY_COMPARE(m_nginx->accessLog().size(), 1); // and nothing followed it
}

void tst_Fetcher::refusedIsClassified()
{
    Fetcher fetcher(options());
    const FetchResult r = fetchOne(fetcher, QStringLiteral("closed.fetch.test"), sslrec::Scheme::Https);
    QCOMPARE(fetchErrorCode(r.error), QStringLiteral("refused"));
    QCOMPARE(r.status, 0);
    QVERIFY(!r.errorMessage.isEmpty());
}

void tst_Fetcher::bodyCapTruncates()
{
    Fetcher fetcher(options());
    const FetchResult r = fetchOne(fetcher, QStringLiteral("a.fetch.test"), sslrec::Scheme::Http, QStringLiteral("/big.bin"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.answered());
    QVERIFY(r.truncated);
    QCOMPARE(r.body.size(), 1024 * 1024);
    QVERIFY(r.errorMessage.contains(QLatin1String("truncated")));
}

void tst_Fetcher::gzipIsDecoded()
{
    Fetcher fetcher(options());
    const FetchResult r = fetchOne(fetcher, QStringLiteral("a.fetch.test"), sslrec::Scheme::Https, QStringLiteral("/text.txt"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Encoding"), QByteArray("gzip")); // it did travel compressed
    QVERIFY(r.body.startsWith("line 0 of a compressible text file\n"));
    QVERIFY(r.body.endsWith("line 4999 of a compressible text file\n"));
}

void tst_Fetcher::silentServerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s; // accept and never answer
    });
    FetchOptions o = options();
    o.httpPort = silent.serverPort();
    o.connectTimeoutMs = 300;
    Fetcher fetcher(o);
    FetchRequest req{QStringLiteral("silent.fetch.test"), sslrec::Scheme::Http, QStringLiteral("/"), QHostAddress::LocalHost};
    QSignalSpy spy(&fetcher, &Fetcher::finished);
    QElapsedTimer clock;
    clock.start();
    fetcher.enqueue(req);
    QVERIFY(spy.wait(10000));
    const FetchResult r = spy.takeFirst().at(1).value<FetchResult>();
    QCOMPARE(fetchErrorCode(r.error), QStringLiteral("timeout"));
    QVERIFY2(clock.elapsed() < 5000, "the timeout bound was not honoured");
    QVERIFY(r.errorMessage.contains(QLatin1String("300")));
    qDeleteAll(held);
}

void tst_Fetcher::concurrencyIsBoundedPerHost()
{
    Fetcher fetcher(options());
    fetcher.setConcurrency(2);
    int maxRunning = 0;
    QSignalSpy spy(&fetcher, &Fetcher::finished);
    connect(&fetcher, &Fetcher::finished, this, [&] { maxRunning = std::max(maxRunning, fetcher.runningCount() + 1); });
    for (int i = 0; i < 10; ++i)
        fetcher.enqueue({QStringLiteral("a.fetch.test"), sslrec::Scheme::Http, QStringLiteral("/?n=%1").arg(i),
                         m_nginx->address(QStringLiteral("a.fetch.test"))});
    QVERIFY(fetcher.queuedCount() == 10);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 10, 30000);
    QVERIFY2(maxRunning <= 2, qPrintable(QString::number(maxRunning)));
}

void tst_Fetcher::proxyCarriesUnpinnedHostsOnly()
{
    // A one-shot HTTP proxy: records each request line, answers itself.
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    QList<QByteArray> requestLines;
    connect(&proxy, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = proxy.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s, &requestLines] {
                if (!s->canReadLine() || s->property("answered").toBool())
                    return;
                s->setProperty("answered", true);
                requestLines << s->readLine().trimmed();
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 10\r\nConnection: close\r\n\r\nvia proxy\n");
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    FetchOptions o = options();
    o.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort());
    Fetcher fetcher(o);

    // By name: through the proxy, in absolute form (the name never resolves here).
    FetchRequest byName{QStringLiteral("proxied.fetch.test"), sslrec::Scheme::Http, QStringLiteral("/p?q=1"), {}};
    QSignalSpy spy(&fetcher, &Fetcher::finished);
    fetcher.enqueue(byName);
    QVERIFY(spy.wait(10000));
    const FetchResult viaProxy = spy.takeFirst().at(1).value<FetchResult>();
    QCOMPARE(fetchErrorCode(viaProxy.error), QStringLiteral("none"));
    QCOMPARE(viaProxy.body, QByteArray("via proxy\n"));
    QCOMPARE(requestLines.size(), 1);
    const QByteArray port = o.httpPort == 80 ? QByteArray() : ':' + QByteArray::number(o.httpPort);
    QCOMPARE(requestLines.first(), "GET http://proxied.fetch.test" + port + "/p?q=1 HTTP/1.1");

    // Pinned: straight to the origin, whatever the proxy setting.
    const FetchResult direct = fetchOne(fetcher, QStringLiteral("a.fetch.test"), sslrec::Scheme::Http);
    QCOMPARE(direct.body, QByteArray("<p>site A</p>\n"));
    QCOMPARE(requestLines.size(), 1);
}

void tst_Fetcher::unicodeHostnameGoesOutAsAce()
{
    // Hosts found while crawling can be in Unicode; URL, Host, SNI and the
    // --resolve pin must all use the ACE form, or the pin would not apply.
    m_nginx->clearAccessLog();
    Fetcher fetcher(options());
    FetchRequest req{QStringLiteral("b\u00fccher.fetch.test"), sslrec::Scheme::Https, QStringLiteral("/"),
                     m_nginx->address(QStringLiteral("xn--bcher-kva.fetch.test"))};
    QSignalSpy spy(&fetcher, &Fetcher::finished);
    fetcher.enqueue(req);
    QVERIFY(spy.wait(10000));
    const FetchResult r = spy.takeFirst().at(1).value<FetchResult>();
    QCOMPARE(fetchErrorCode(r.error), QStringLiteral("none"));
    QCOMPARE(r.body, QByteArray("<p>b\xc3\xbc" "cher</p>\n"));
    QTRY_COMPARE(m_nginx->accessLog().size(), 1);
    QCOMPARE(m_nginx->accessLog().first().host, QStringLiteral("xn--bcher-kva.fetch.test"));
    QCOMPARE(m_nginx->accessLog().first().sslServerName, QStringLiteral("xn--bcher-kva.fetch.test"));
}

void tst_Fetcher::http2AndOldTlsAreReached()
{
    // HTTPS speaks HTTP/2 where offered, pinned or not: :authority must be
    // the hostname, so two names on one address still reach their own vhosts.
    // And a proxy in Full mode reaches TLS 1.0 with a 1024-bit SHA-1
    // certificate, so content must be fetched from such origins too.
    NginxHarness h2(m_dir.filePath(QStringLiteral("nginx-h2")), {.http2 = true});
    auto a = m_pki->issue({.name = QStringLiteral("h2a"), .dnsNames = {QStringLiteral("h2a.fetch.test")}});
    auto b = m_pki->issue({.name = QStringLiteral("h2b"), .dnsNames = {QStringLiteral("h2b.fetch.test")}});
    auto old = m_pki->issue({.name = QStringLiteral("tls10"), .dnsNames = {QStringLiteral("tls10.fetch.test")},
                             .key = KeyType::Rsa, .rsaBits = 1024, .digest = QStringLiteral("sha1")});
    QVERIFY(a.ok() && b.ok() && old.ok());
    QVERIFY(h2.addOrigin({.host = QStringLiteral("h2a.fetch.test"), .certificateFile = a->chainFile, .keyFile = a->keyFile}).ok());
    QVERIFY(h2.addOrigin({.host = QStringLiteral("h2b.fetch.test"), .certificateFile = b->chainFile, .keyFile = b->keyFile,
                          .shareAddressWith = QStringLiteral("h2a.fetch.test")}).ok());
    QVERIFY(h2.addOrigin({.host = QStringLiteral("tls10.fetch.test"), .certificateFile = old->chainFile, .keyFile = old->keyFile,
                          .httpsConfig = QStringLiteral("ssl_protocols TLSv1;")}).ok());
    for (const char *host : {"h2a", "h2b", "tls10"})
        QVERIFY(h2.writeFile(QLatin1String(host) + QLatin1String(".fetch.test"), QStringLiteral("index.html"),
                             QByteArray("<p>") + host + "</p>\n").ok());
    const auto started = h2.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

    FetchOptions o = options();
    o.httpPort = h2.httpPort();
    o.httpsPort = h2.httpsPort();
    Fetcher fetcher(o);
    QSignalSpy spy(&fetcher, &Fetcher::finished);
    for (int round = 0; round < 2; ++round) {
        for (const char *host : {"h2a", "h2b", "tls10"}) {
            const QString name = QLatin1String(host) + QLatin1String(".fetch.test");
            fetcher.enqueue({name, sslrec::Scheme::Https, QStringLiteral("/"), h2.address(name)});
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 6, 30000);
    for (const auto &args : std::as_const(spy)) {
        const FetchResult r = args.at(1).value<FetchResult>();
        QCOMPARE(fetchErrorCode(r.error), QStringLiteral("none"));
        QCOMPARE(r.body, "<p>" + r.host.section(u'.', 0, 0).toUtf8() + "</p>\n");
        QVERIFY(r.http2); // even over TLS 1.0: neither nginx nor curl holds to RFC 7540's TLS 1.2
    }
    QTRY_COMPARE(h2.accessLog().size(), 6);
    for (const AccessLogEntry &e : h2.accessLog()) {
        QCOMPARE(e.sslServerName, e.host);
        QCOMPARE(e.serverName, e.host);
        QCOMPARE(e.serverProtocol, QStringLiteral("HTTP/2.0"));
        if (e.host == QLatin1String("tls10.fetch.test"))
            QCOMPARE(e.sslProtocol, QStringLiteral("TLSv1"));
    }
    h2.stop();
}

QTEST_GUILESS_MAIN(tst_Fetcher)
#include "tst_fetcher.moc"
