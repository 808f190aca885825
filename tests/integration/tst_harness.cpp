// Every integration test trusts the nginx harness to put the right page and
// the right certificate behind each hostname. This proves it the way sslrec's
// fetcher uses it (--resolve): connect to the origin's loopback address with
// Host and SNI set to the hostname, trust only the test root.
#include "nginxharness.h"
#include "testpki.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <ranges>

#include <signal.h>

using namespace sslrec::test;

namespace {

const QString kValid = QStringLiteral("valid.example.test");
const QString kSelfSigned = QStringLiteral("self.example.test");
const QString kSharedA = QStringLiteral("a.shared.example.test");
const QString kSharedB = QStringLiteral("b.shared.example.test");
const QByteArray kUserAgent = "sslrec-harness-test/1";

struct Fetched
{
    bool finished = false;                // the reply finished within the deadline
    QNetworkReply::NetworkError error = QNetworkReply::NoError; // transport/TLS/HTTP error
    int status = 0;                       // HTTP status, 0 when none arrived
    QByteArray body;                      // response body
    QList<QSslError> sslErrors;           // errors reported by sslErrors()
    QSslCertificate peerCertificate;      // the leaf the server presented
};

template<typename T>
QByteArray why(const sslrec::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class tst_Harness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void validOriginOverBothSchemes();
    void selfSignedOriginFailsVerification();
    void sharedAddressKeepsVhostsAndCertificatesApart();
    void extraConfigIsApplied();

private:
    Fetched fetch(const QString &host, Scheme scheme, const QString &path = QStringLiteral("/"));
    QByteArray page(const QString &host) const { return "<html><body><p>page of " + host.toUtf8() + "</p></body></html>\n"; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxHarness> m_nginx;
    QMap<QString, QSslCertificate> m_leaves; // host -> the leaf it should present
    QNetworkAccessManager m_nam;
};

void tst_Harness::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pki = std::make_unique<TestPki>(m_dir->filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_nginx = std::make_unique<NginxHarness>(m_dir->filePath(QStringLiteral("nginx")));

    const QList<QPair<QString, Issuer>> hosts = {
        {kValid, Issuer::Intermediate}, {kSelfSigned, Issuer::SelfSigned},
        {kSharedA, Issuer::Intermediate}, {kSharedB, Issuer::Intermediate}};
    for (const auto &[host, issuer] : hosts) {
        const auto leaf = m_pki->issue({.name = host, .dnsNames = {host}, .issuer = issuer});
        QVERIFY2(leaf.ok(), why(leaf).constData());
        m_leaves.insert(host, QSslCertificate(leaf.value().certificatePem));
        OriginSpec origin{.host = host, .certificateFile = leaf.value().chainFile, .keyFile = leaf.value().keyFile};
        if (host == kValid)
            origin.httpConfig = QStringLiteral("location = /forbidden { return 403; }");
        if (host == kSharedB)
            origin.shareAddressWith = kSharedA;
        const auto added = m_nginx->addOrigin(origin);
        QVERIFY2(added.ok(), why(added).constData());
        const auto written = m_nginx->writeFile(host, QStringLiteral("index.html"), page(host));
        QVERIFY2(written.ok(), why(written).constData());
    }

    const auto started = m_nginx->start();
    QVERIFY2(started.ok(), why(started).constData());
    QVERIFY(m_nginx->isRunning());
    QCOMPARE(m_nginx->address(kSharedA), m_nginx->address(kSharedB));
    QVERIFY(m_nginx->address(kValid) != m_nginx->address(kSelfSigned));
    QVERIFY(m_nginx->address(kValid) != m_nginx->address(kSharedA));
    qInfo("nginx pid %lld on ports %u/%u", m_nginx->pid(), m_nginx->httpPort(), m_nginx->httpsPort());
    for (const QString &host : hosts | std::views::keys)
        QVERIFY(m_nginx->address(host).isLoopback());
}

void tst_Harness::cleanupTestCase()
{
    const qint64 pid = m_nginx->pid();
    m_nginx->stop();
    QVERIFY(!m_nginx->isRunning());
    // The master is gone: signal 0 to its pid fails.
    QVERIFY(pid > 0);
    QCOMPARE(::kill(static_cast<pid_t>(pid), 0), -1);
}

void tst_Harness::init()
{
    m_nginx->clearAccessLog();
}

Fetched tst_Harness::fetch(const QString &host, Scheme scheme, const QString &path)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(m_pki->rootCaPem()));

    QNetworkRequest request(m_nginx->addressUrl(host, scheme, path));
    const QString hostHeader = m_nginx->usesStandardPorts()
                                   ? host
                                   : host + QLatin1Char(':') + QString::number(m_nginx->port(scheme));
    request.setRawHeader("Host", hostHeader.toUtf8());
    request.setPeerVerifyName(host);
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::UserAgentHeader, kUserAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    Fetched result;
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::sslErrors, this,
            [&result](const QList<QSslError> &errors) { result.sslErrors += errors; });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    result.finished = finished.wait(10000);
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.peerCertificate = reply->sslConfiguration().peerCertificate();
    reply->deleteLater();
    return result;
}

void tst_Harness::validOriginOverBothSchemes()
{
    const Fetched https = fetch(kValid, Scheme::Https);
    QVERIFY(https.finished);
    QCOMPARE(https.error, QNetworkReply::NoError);
    QVERIFY(https.sslErrors.isEmpty());
    QCOMPARE(https.status, 200);
    QCOMPARE(https.body, page(kValid));
    QCOMPARE(https.peerCertificate, m_leaves.value(kValid));

    const Fetched http = fetch(kValid, Scheme::Http);
    QVERIFY(http.finished);
    QCOMPARE(http.status, 200);
    QCOMPARE(http.body, page(kValid));

    QTRY_COMPARE(m_nginx->accessLog().size(), 2);
    const QList<AccessLogEntry> log = m_nginx->accessLog();
    const QString address = m_nginx->address(kValid).toString();
    QCOMPARE(log.at(0).scheme, QStringLiteral("https"));
    QCOMPARE(log.at(0).sslServerName, kValid);
    QCOMPARE(log.at(0).serverPort, m_nginx->httpsPort());
    QCOMPARE(log.at(1).scheme, QStringLiteral("http"));
    QCOMPARE(log.at(1).sslServerName, QString());
    QCOMPARE(log.at(1).serverPort, m_nginx->httpPort());
    for (const AccessLogEntry &entry : log) {
        QCOMPARE(entry.host, kValid);
        QCOMPARE(entry.serverName, kValid);
        QCOMPARE(entry.serverAddr, address);
        QCOMPARE(entry.requestMethod, QStringLiteral("GET"));
        QCOMPARE(entry.requestUri, QStringLiteral("/"));
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.userAgent, QString::fromLatin1(kUserAgent));
    }
}

void tst_Harness::selfSignedOriginFailsVerification()
{
    const Fetched https = fetch(kSelfSigned, Scheme::Https);
    QVERIFY(https.finished);
    QCOMPARE(https.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!https.sslErrors.isEmpty());
    const bool selfSignedReported = std::any_of(https.sslErrors.begin(), https.sslErrors.end(), [](const QSslError &e) {
        return e.error() == QSslError::SelfSignedCertificate;
    });
    QVERIFY2(selfSignedReported, qPrintable(https.sslErrors.first().errorString()));
    QVERIFY(https.body.isEmpty());

    // Plain HTTP on the same origin is unaffected by its certificate.
    const Fetched http = fetch(kSelfSigned, Scheme::Http);
    QVERIFY(http.finished);
    QCOMPARE(http.status, 200);
    QCOMPARE(http.body, page(kSelfSigned));

    QTRY_COMPARE(m_nginx->accessLog().size(), 1);
    const AccessLogEntry entry = m_nginx->accessLog().first();
    QCOMPARE(entry.scheme, QStringLiteral("http")); // the failed handshake never became a request
    QCOMPARE(entry.host, kSelfSigned);
    QCOMPARE(entry.requestMethod, QStringLiteral("GET"));
    QCOMPARE(entry.serverAddr, m_nginx->address(kSelfSigned).toString());
}

void tst_Harness::sharedAddressKeepsVhostsAndCertificatesApart()
{
    // Alternate hosts on one address and one QNetworkAccessManager: a pooled
    // connection reused across hostnames would serve the wrong vhost or cert.
    for (const QString &host : {kSharedA, kSharedB, kSharedA, kSharedB}) {
        for (const Scheme scheme : {Scheme::Https, Scheme::Http}) {
            const Fetched fetched = fetch(host, scheme);
            QVERIFY(fetched.finished);
            QCOMPARE(fetched.error, QNetworkReply::NoError);
            QCOMPARE(fetched.body, page(host));
            if (scheme == Scheme::Https)
                QCOMPARE(fetched.peerCertificate, m_leaves.value(host));
        }
    }
    QTRY_COMPARE(m_nginx->accessLog().size(), 8);
    const QString shared = m_nginx->address(kSharedA).toString();
    const QList<AccessLogEntry> log = m_nginx->accessLog();
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QString host = (i / 2) % 2 == 0 ? kSharedA : kSharedB;
        QCOMPARE(log.at(i).serverAddr, shared);
        QCOMPARE(log.at(i).host, host);
        QCOMPARE(log.at(i).serverName, host);
        QCOMPARE(log.at(i).sslServerName, log.at(i).scheme == QLatin1String("https") ? host : QString());
    }
}

void tst_Harness::extraConfigIsApplied()
{
    const Fetched forbidden = fetch(kValid, Scheme::Http, QStringLiteral("/forbidden"));
    QVERIFY(forbidden.finished);
    QCOMPARE(forbidden.status, 403);
    // The snippet was for the HTTP block only: HTTPS has no such location.
    const Fetched https = fetch(kValid, Scheme::Https, QStringLiteral("/forbidden"));
    QVERIFY(https.finished);
    QCOMPARE(https.status, 404);
    QTRY_COMPARE(m_nginx->accessLog().size(), 2);
    QCOMPARE(m_nginx->accessLog().at(0).status, 403);
    QCOMPARE(m_nginx->accessLog().at(0).requestUri, QStringLiteral("/forbidden"));
}

QTEST_GUILESS_MAIN(tst_Harness)
#include "tst_harness.moc"
