// The offline demo must show every outcome it promises, or `scan --demo`
// teaches users the wrong thing. These tests reach the demo origins the way
// the scanner does: the URL names the pinned address and the shared port,
// Host and SNI name the origin, and only the demo CA is trusted.
#include "demo/demoorigins.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace sslrec;

namespace {

// One finished exchange.
struct Fetched
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QSslError> sslErrors;
    QList<QSslCertificate> peerChain;
    QByteArray contentLength;
};

QString stripNoise(QString page)
{
    static const QRegularExpression timestamp(QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)"));
    static const QRegularExpression requestId(QStringLiteral(R"(\b[0-9a-f]{16}\b)"));
    return page.replace(timestamp, QStringLiteral("TIME")).replace(requestId, QStringLiteral("ID"));
}

} // namespace

class tst_DemoOrigins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void layout();
    void httpsOutcome_data();
    void httpsOutcome();
    void sameContentOnBothSchemes_data();
    void sameContentOnBothSchemes();
    void noiseDiffersButNothingElse();
    void blogHttpsIsThePlaceholder();
    void privateOptsOut();
    void apexPublishesRobotsAndSitemap();
    void directoryLinksAllResolve();
    void keepAliveReusesTheConnection();
    void headHasNoBody();
    void postIsRefused();
    void twoDemosRunSideBySide();
    void stopClosesEverything();

private:
    Fetched fetch(const QString &host, const QString &scheme, const QString &path,
                  const QByteArray &verb = "GET");
    QHostAddress addressOf(const QString &host) const { return m_demo.resolvePins().value(host); }

    DemoOrigins m_demo;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_tls;
};

void tst_DemoOrigins::initTestCase()
{
    const Status started = m_demo.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    m_nam.setProxy(QNetworkProxy::NoProxy);
    m_tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> ca = QSslCertificate::fromData(m_demo.caPem(), QSsl::Pem);
    QCOMPARE(ca.size(), 1);
    m_tls.setCaCertificates(ca); // only the demo root: nothing else may vouch
}

void tst_DemoOrigins::cleanupTestCase()
{
    m_demo.stop();
}

Fetched tst_DemoOrigins::fetch(const QString &host, const QString &scheme, const QString &path, const QByteArray &verb)
{
    const bool tls = scheme == QLatin1String("https");
    QUrl url;
    url.setScheme(scheme);
    url.setHost(addressOf(host).toString());
    url.setPort(tls ? m_demo.httpsPort() : m_demo.httpPort());
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Host", host.toLatin1());
    request.setPeerVerifyName(host);
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = verb == "POST"   ? m_nam.post(request, QByteArray("q=1"))
                         : verb == "HEAD" ? m_nam.head(request)
                                          : m_nam.get(request);
    Fetched result;
    connect(reply, &QNetworkReply::sslErrors, this, [&result](const QList<QSslError> &errors) { result.sslErrors = errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000)) {
        qWarning() << "no answer from" << url;
        reply->abort();
        reply->deleteLater();
        result.error = QNetworkReply::TimeoutError;
        return result; // status 0: every caller's check fails
    }
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.peerChain = reply->sslConfiguration().peerCertificateChain();
    result.contentLength = reply->rawHeader("Content-Length");
    reply->deleteLater();
    return result;
}

void tst_DemoOrigins::layout()
{
    QVERIFY(m_demo.isRunning());
    QCOMPARE(m_demo.domain(), QStringLiteral("demo.sslrec.test"));
    QVERIFY(m_demo.httpPort() != 0);
    QVERIFY(m_demo.httpsPort() != 0);
    QVERIFY(m_demo.httpPort() != m_demo.httpsPort());

    const QList<DemoOrigin> origins = m_demo.origins();
    QVERIFY(origins.size() >= 5);
    QCOMPARE(origins.first().hostname, m_demo.domain());
    QSet<QHostAddress> addresses;
    for (const DemoOrigin &o : origins) {
        QVERIFY2(o.hostname.endsWith(m_demo.domain()), qPrintable(o.hostname));
        QVERIFY2(o.address.isLoopback(), qPrintable(o.hostname));
        QVERIFY(!o.behaviour.isEmpty());
        QCOMPARE(m_demo.resolvePins().value(o.hostname), o.address);
        addresses.insert(o.address);
    }
    QCOMPARE(addresses.size(), origins.size());
    QCOMPARE(m_demo.resolvePins().size(), origins.size());

    // Every outcome the demo exists to show is present.
    QSet<Mode> modes;
    for (const DemoOrigin &o : origins)
        modes.insert(o.expectedMode);
    for (Mode m : {Mode::Strict, Mode::Full, Mode::Flexible, Mode::None})
        QVERIFY2(modes.contains(m), qPrintable(modeName(m)));
}

void tst_DemoOrigins::httpsOutcome_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("sslError"); // QSslError::NoError if none expected
    QTest::addColumn<Mode>("mode");

    QTest::newRow("apex validates") << "demo.sslrec.test" << int(QNetworkReply::NoError) << int(QSslError::NoError) << Mode::Strict;
    QTest::newRow("www validates") << "www.demo.sslrec.test" << int(QNetworkReply::NoError) << int(QSslError::NoError) << Mode::Strict;
    QTest::newRow("shop is self-signed") << "shop.demo.sslrec.test" << int(QNetworkReply::SslHandshakeFailedError)
                                         << int(QSslError::SelfSignedCertificate) << Mode::Full;
    QTest::newRow("blog validates") << "blog.demo.sslrec.test" << int(QNetworkReply::NoError) << int(QSslError::NoError) << Mode::Flexible;
    QTest::newRow("legacy refuses") << "legacy.demo.sslrec.test" << int(QNetworkReply::ConnectionRefusedError)
                                    << int(QSslError::NoError) << Mode::Flexible;
    QTest::newRow("private validates") << "private.demo.sslrec.test" << int(QNetworkReply::NoError) << int(QSslError::NoError) << Mode::None;
}

void tst_DemoOrigins::httpsOutcome()
{
    QFETCH(QString, host);
    QFETCH(int, error);
    QFETCH(int, sslError);
    QFETCH(Mode, mode);

    const auto origins = m_demo.origins();
    const auto it = std::find_if(origins.begin(), origins.end(), [&](const DemoOrigin &o) { return o.hostname == host; });
    QVERIFY(it != origins.end());
    QCOMPARE(it->expectedMode, mode);
    QCOMPARE(it->servesHttps, error != int(QNetworkReply::ConnectionRefusedError));

    const Fetched https = fetch(host, QStringLiteral("https"), QStringLiteral("/"));
    QCOMPARE(int(https.error), error);
    if (sslError == int(QSslError::NoError)) {
        QVERIFY(https.sslErrors.isEmpty());
    } else {
        QVERIFY(!https.sslErrors.isEmpty());
        QCOMPARE(int(https.sslErrors.first().error()), sslError);
    }
    if (error == int(QNetworkReply::NoError)) {
        QCOMPARE(https.status, 200);
        QVERIFY(!https.peerChain.isEmpty());
        QCOMPARE(https.peerChain.first().subjectAlternativeNames().value(QSsl::DnsEntry), host);
    }
    // Every origin answers over HTTP.
    const Fetched http = fetch(host, QStringLiteral("http"), QStringLiteral("/"));
    QCOMPARE(http.error, QNetworkReply::NoError);
    QCOMPARE(http.status, 200);
}

void tst_DemoOrigins::sameContentOnBothSchemes_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::newRow("apex home") << "demo.sslrec.test" << "/";
    QTest::newRow("apex article") << "demo.sslrec.test" << "/news/2024-tls-everywhere.html";
    QTest::newRow("apex robots") << "demo.sslrec.test" << "/robots.txt";
    QTest::newRow("apex stylesheet") << "demo.sslrec.test" << "/assets/site.css";
    QTest::newRow("apex 404") << "demo.sslrec.test" << "/no/such/page.html";
}

void tst_DemoOrigins::sameContentOnBothSchemes()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    const Fetched http = fetch(host, QStringLiteral("http"), path);
    const Fetched https = fetch(host, QStringLiteral("https"), path);
    QCOMPARE(https.error == QNetworkReply::NoError || https.error == QNetworkReply::ContentNotFoundError, true);
    QCOMPARE(https.status, http.status);
    QVERIFY(!http.body.isEmpty());
    QCOMPARE(https.body, http.body);
}

void tst_DemoOrigins::noiseDiffersButNothingElse()
{
    const QString host = QStringLiteral("www.demo.sslrec.test");
    const Fetched http = fetch(host, QStringLiteral("http"), QStringLiteral("/team.html"));
    const Fetched https = fetch(host, QStringLiteral("https"), QStringLiteral("/team.html"));
    QCOMPARE(http.status, 200);
    QCOMPARE(https.status, 200);
    QVERIFY(http.body != https.body);
    QVERIFY(http.body.contains("Marie Dupont"));
    QCOMPARE(stripNoise(QString::fromUtf8(https.body)), stripNoise(QString::fromUtf8(http.body)));
    // The noise is really there, not just an empty placeholder.
    QVERIFY(stripNoise(QString::fromUtf8(http.body)).contains(QLatin1String("request ID")));
}

void tst_DemoOrigins::blogHttpsIsThePlaceholder()
{
    const QString host = QStringLiteral("blog.demo.sslrec.test");
    const Fetched http = fetch(host, QStringLiteral("http"), QStringLiteral("/"));
    const Fetched https = fetch(host, QStringLiteral("https"), QStringLiteral("/"));
    QVERIFY(http.body.contains("Engineering blog"));
    QVERIFY(!http.body.contains("Welcome to nginx!"));
    QVERIFY(https.body.contains("Welcome to nginx!"));
    // Deeper pages exist over HTTP only.
    QCOMPARE(fetch(host, QStringLiteral("http"), QStringLiteral("/posts/moving-to-https.html")).status, 200);
    QCOMPARE(fetch(host, QStringLiteral("https"), QStringLiteral("/posts/moving-to-https.html")).status, 404);
}

void tst_DemoOrigins::privateOptsOut()
{
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
        const Fetched robots = fetch(QStringLiteral("private.demo.sslrec.test"), scheme, QStringLiteral("/robots.txt"));
        QCOMPARE(robots.status, 200);
        QVERIFY2(robots.body.contains("User-agent: *\nDisallow: /\n"), robots.body.constData());
    }
}

void tst_DemoOrigins::apexPublishesRobotsAndSitemap()
{
    const QString apex = m_demo.domain();
    const Fetched robots = fetch(apex, QStringLiteral("http"), QStringLiteral("/robots.txt"));
    QVERIFY(robots.body.contains("Sitemap: https://demo.sslrec.test/sitemap.xml"));
    const Fetched sitemap = fetch(apex, QStringLiteral("https"), QStringLiteral("/sitemap.xml"));
    QCOMPARE(sitemap.status, 200);
    QVERIFY(sitemap.body.count("<loc>") >= 5);
    // A directory without its slash redirects like a real server would.
    const Fetched news = fetch(apex, QStringLiteral("http"), QStringLiteral("/news"));
    QCOMPARE(news.status, 301);
}

void tst_DemoOrigins::directoryLinksAllResolve()
{
    // The apex links to every page of every origin; the crawl depends on
    // those links leading somewhere. Each is fetched over HTTP, which every
    // origin serves.
    const Fetched directory = fetch(m_demo.domain(), QStringLiteral("http"), QStringLiteral("/directory.html"));
    QCOMPARE(directory.status, 200);
    static const QRegularExpression href(QStringLiteral("href=\"https?://([a-z.]+)(/[^\"]*)\""));
    QSet<QString> hosts;
    int links = 0;
    for (const QRegularExpressionMatch &m : href.globalMatch(QString::fromUtf8(directory.body))) {
        const QString host = m.captured(1);
        QVERIFY2(m_demo.resolvePins().contains(host), qPrintable(host));
        const Fetched page = fetch(host, QStringLiteral("http"), m.captured(2));
        QVERIFY2(page.status == 200, qPrintable(host + m.captured(2)));
        hosts.insert(host);
        ++links;
    }
    QCOMPARE(hosts.size(), m_demo.origins().size());
    QVERIFY(links >= 30);
}

void tst_DemoOrigins::keepAliveReusesTheConnection()
{
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")}) {
        QSignalSpy served(&m_demo, &DemoOrigins::requestServed);
        QCOMPARE(fetch(m_demo.domain(), scheme, QStringLiteral("/about.html")).status, 200);
        QCOMPARE(fetch(m_demo.domain(), scheme, QStringLiteral("/services.html")).status, 200);
        QCOMPARE(served.size(), 2);
        const auto first = served[0][0].value<HttpRequest>();
        const auto second = served[1][0].value<HttpRequest>();
        QCOMPARE(second.tls, scheme == QLatin1String("https"));
        QCOMPARE(second.connectionId, first.connectionId);
        QCOMPARE(second.sequence, first.sequence + 1);
        QCOMPARE(second.host, QByteArray("demo.sslrec.test"));
    }
}

void tst_DemoOrigins::headHasNoBody()
{
    const Fetched get = fetch(m_demo.domain(), QStringLiteral("https"), QStringLiteral("/about.html"));
    const Fetched head = fetch(m_demo.domain(), QStringLiteral("https"), QStringLiteral("/about.html"), "HEAD");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.contentLength, QByteArray::number(get.body.size()));
}

void tst_DemoOrigins::postIsRefused()
{
    const Fetched post = fetch(m_demo.domain(), QStringLiteral("http"), QStringLiteral("/contact/send"), "POST");
    QCOMPARE(post.status, 405);
}

void tst_DemoOrigins::twoDemosRunSideBySide()
{
    // The GUI and a CLI scan may both run the demo: the second must find
    // other ports rather than fail or steal the first one's.
    DemoOrigins second;
    const Status started = second.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
    QVERIFY(second.httpPort() != m_demo.httpPort());
    QVERIFY(second.httpsPort() != m_demo.httpsPort());
    QCOMPARE(fetch(m_demo.domain(), QStringLiteral("https"), QStringLiteral("/")).status, 200);
    // The HTTP-only origin still refuses HTTPS on the second demo's port.
    QTcpSocket probe;
    QSignalSpy errors(&probe, &QAbstractSocket::errorOccurred);
    probe.connectToHost(second.resolvePins().value(QStringLiteral("legacy.demo.sslrec.test")), second.httpsPort());
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
}

void tst_DemoOrigins::stopClosesEverything()
{
    const QHostAddress apex = addressOf(m_demo.domain());
    const quint16 port = m_demo.httpPort();
    m_demo.stop();
    QVERIFY(!m_demo.isRunning());
    QVERIFY(m_demo.resolvePins().isEmpty());
    QTcpSocket probe;
    QSignalSpy errors(&probe, &QAbstractSocket::errorOccurred);
    probe.connectToHost(apex, port);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);

    // And it comes back.
    const Status again = m_demo.start();
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QCOMPARE(fetch(m_demo.domain(), QStringLiteral("https"), QStringLiteral("/")).status, 200);
}

QTEST_GUILESS_MAIN(tst_DemoOrigins)
#include "tst_demoorigins.moc"
