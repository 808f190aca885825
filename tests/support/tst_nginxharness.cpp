// The harness options later tests lean on to stage origins that misbehave:
// closed ports, different content per scheme, HTTP/2, weak certificates and
// old TLS versions, port fallback, and a readable failure when the config is
// broken. Each is checked against what a client actually observes.
#include "nginxharness.h"
#include "testpki.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>

#include <unistd.h>

using namespace sslrec::test;

namespace {

template<typename T>
QByteArray why(const sslrec::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

// What a raw OpenSSL client negotiated with the origin.
struct Handshake
{
    bool ok = false;   // the handshake completed
    QString protocol;  // SSL_get_version(), e.g. "TLSv1"
    int keyBits = 0;   // the presented leaf's key size
};

// A client at security level 0, pinned to one protocol version, the way an
// old proxy would connect; certificate verification is not the point here.
Handshake handshake(const QHostAddress &address, quint16 port, const QString &sni, int version)
{
    Handshake result;
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_security_level(ctx, 0);
    SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
    SSL_CTX_set_min_proto_version(ctx, version);
    SSL_CTX_set_max_proto_version(ctx, version);
    BIO *bio = BIO_new_ssl_connect(ctx);
    SSL *ssl = nullptr;
    BIO_get_ssl(bio, &ssl);
    const QByteArray name = sni.toUtf8();
    SSL_set_tlsext_host_name(ssl, name.constData());
    const QByteArray target = QStringLiteral("%1:%2").arg(address.toString()).arg(port).toLatin1();
    BIO_set_conn_hostname(bio, target.constData());
    if (BIO_do_handshake(bio) == 1) {
        result.ok = true;
        result.protocol = QString::fromLatin1(SSL_get_version(ssl));
        if (X509 *peer = SSL_get1_peer_certificate(ssl)) {
            result.keyBits = EVP_PKEY_get_bits(X509_get0_pubkey(peer));
            X509_free(peer);
        }
    }
    BIO_free_all(bio);
    SSL_CTX_free(ctx);
    return result;
}

bool connects(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(2000);
}

} // namespace

class tst_NginxHarness : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void closedPortsRefuseConnections();
    void separateDocrootsServeDifferentContent();
    void http2IsOffered();
    void weakCertificateAndOldProtocols_data();
    void weakCertificateAndOldProtocols();
    void fallsBackToHighPortsWhenStandardPortsAreTaken();
    void brokenConfigFailsWithErrorLog();
    void stopReleasesTheListeners();

private:
    QByteArray get(const QUrl &url, const QString &host, bool http2 = false, bool *usedHttp2 = nullptr);
    IssuedLeaf leaf(const QString &host, const LeafSpec &base = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestPki> m_pki;
};

void tst_NginxHarness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pki = std::make_unique<TestPki>(m_dir->path());
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

IssuedLeaf tst_NginxHarness::leaf(const QString &host, const LeafSpec &base)
{
    LeafSpec spec = base;
    spec.name = host;
    spec.dnsNames = {host};
    const auto issued = m_pki->issue(spec);
    if (!issued.ok())
        qWarning("%s", why(issued).constData());
    return issued.ok() ? issued.value() : IssuedLeaf{};
}

QByteArray tst_NginxHarness::get(const QUrl &url, const QString &host, bool http2, bool *usedHttp2)
{
    QNetworkAccessManager nam;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(m_pki->rootCaPem()));
    QNetworkRequest request(url);
    request.setRawHeader("Host", host.toUtf8());
    request.setPeerVerifyName(host);
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return "(timeout)";
    if (usedHttp2)
        *usedHttp2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll()
                                                                     : "(error) " + reply->errorString().toUtf8();
    delete reply;
    return body;
}

void tst_NginxHarness::closedPortsRefuseConnections()
{
    const IssuedLeaf httpsLeaf = leaf("https-only.example.test");
    NginxHarness nginx(m_dir->filePath("nginx"));
    QVERIFY(nginx.addOrigin({.host = "https-only.example.test", .http = false,
                             .certificateFile = httpsLeaf.chainFile, .keyFile = httpsLeaf.keyFile}).ok());
    QVERIFY(nginx.addOrigin({.host = "http-only.example.test", .https = false}).ok());
    QVERIFY(nginx.addOrigin({.host = "dark.example.test", .http = false, .https = false}).ok());
    const auto started = nginx.start();
    QVERIFY2(started.ok(), why(started).constData());

    QVERIFY(!connects(nginx.address("https-only.example.test"), nginx.httpPort()));
    QVERIFY(connects(nginx.address("https-only.example.test"), nginx.httpsPort()));
    QVERIFY(connects(nginx.address("http-only.example.test"), nginx.httpPort()));
    QVERIFY(!connects(nginx.address("http-only.example.test"), nginx.httpsPort()));
    QVERIFY(!nginx.address("dark.example.test").isNull());
    QVERIFY(!connects(nginx.address("dark.example.test"), nginx.httpPort()));
    QVERIFY(!connects(nginx.address("dark.example.test"), nginx.httpsPort()));
}

void tst_NginxHarness::separateDocrootsServeDifferentContent()
{
    const QString host = QStringLiteral("split.example.test");
    const IssuedLeaf cert = leaf(host);
    NginxHarness nginx(m_dir->filePath("nginx"));
    QVERIFY(nginx.addOrigin({.host = host, .certificateFile = cert.chainFile, .keyFile = cert.keyFile,
                             .separateDocroots = true}).ok());
    QVERIFY(nginx.docroot(host, Scheme::Http) != nginx.docroot(host, Scheme::Https));
    QVERIFY(nginx.writeFile(host, Scheme::Http, "index.html", "plain").ok());
    QVERIFY(nginx.writeFile(host, Scheme::Https, "index.html", "secure").ok());
    QVERIFY(nginx.writeFile(host, "both/page.txt", "same").ok());
    QVERIFY(!nginx.writeFile(host, "../escape.txt", "x").ok());
    QVERIFY(nginx.start().ok());

    QCOMPARE(get(nginx.addressUrl(host, Scheme::Http), host), QByteArray("plain"));
    QCOMPARE(get(nginx.addressUrl(host, Scheme::Https), host), QByteArray("secure"));
    QCOMPARE(get(nginx.addressUrl(host, Scheme::Http, "/both/page.txt"), host), QByteArray("same"));
    QCOMPARE(get(nginx.addressUrl(host, Scheme::Https, "/both/page.txt"), host), QByteArray("same"));
}

void tst_NginxHarness::http2IsOffered()
{
    const QString host = QStringLiteral("h2.example.test");
    const IssuedLeaf cert = leaf(host);
    NginxHarness nginx(m_dir->filePath("nginx"), {.http2 = true});
    QVERIFY(nginx.addOrigin({.host = host, .certificateFile = cert.chainFile, .keyFile = cert.keyFile}).ok());
    QVERIFY(nginx.writeFile(host, "index.html", "h2 page").ok());
    QVERIFY(nginx.start().ok());

    bool usedHttp2 = false;
    QCOMPARE(get(nginx.addressUrl(host, Scheme::Https), host, true, &usedHttp2), QByteArray("h2 page"));
    QVERIFY(usedHttp2);
    QTRY_COMPARE(nginx.accessLog().size(), 1);
    QCOMPARE(nginx.accessLog().first().serverProtocol, QStringLiteral("HTTP/2.0"));
    QCOMPARE(nginx.accessLog().first().sslServerName, host);
}

void tst_NginxHarness::weakCertificateAndOldProtocols_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("name");
    QTest::newRow("TLS 1.0") << int(TLS1_VERSION) << "TLSv1";
    QTest::newRow("TLS 1.1") << int(TLS1_1_VERSION) << "TLSv1.1";
    QTest::newRow("TLS 1.2") << int(TLS1_2_VERSION) << "TLSv1.2";
    QTest::newRow("TLS 1.3") << int(TLS1_3_VERSION) << "TLSv1.3";
}

void tst_NginxHarness::weakCertificateAndOldProtocols()
{
    QFETCH(int, version);
    QFETCH(QString, name);
    // RSA-1024 signed with SHA-1: nginx refuses both at OpenSSL 3's default level.
    const QString host = QStringLiteral("weak.example.test");
    const IssuedLeaf cert = leaf(host, {.key = KeyType::Rsa, .rsaBits = 1024, .digest = "sha1"});
    QVERIFY(!cert.chainFile.isEmpty());
    NginxHarness nginx(m_dir->filePath("nginx"));
    QVERIFY(nginx.addOrigin({.host = host, .certificateFile = cert.chainFile, .keyFile = cert.keyFile}).ok());
    const auto started = nginx.start();
    QVERIFY2(started.ok(), why(started).constData());

    const Handshake result = handshake(nginx.address(host), nginx.httpsPort(), host, version);
    QVERIFY2(result.ok, qPrintable(nginx.errorLogTail(5)));
    QCOMPARE(result.protocol, name);
    QCOMPARE(result.keyBits, 1024);
}

void tst_NginxHarness::fallsBackToHighPortsWhenStandardPortsAreTaken()
{
    // Stand in for a system nginx on 0.0.0.0:80. Not root: 80 is never tried.
    QTcpServer blocker;
    if (::geteuid() == 0 && !blocker.listen(QHostAddress::AnyIPv4, 80))
        QSKIP("port 80 is busy on some loopback address (a parallel test?); cannot stage a taken wildcard :80");

    NginxHarness nginx(m_dir->filePath("nginx"));
    QVERIFY(nginx.addOrigin({.host = "fallback.example.test", .https = false}).ok());
    QVERIFY(nginx.writeFile("fallback.example.test", "index.html", "fallback").ok());
    const auto started = nginx.start();
    QVERIFY2(started.ok(), why(started).constData());
    QVERIFY(!nginx.usesStandardPorts());
    QVERIFY(nginx.httpPort() >= 1024);
    QVERIFY(nginx.httpsPort() >= 1024);
    QVERIFY(nginx.httpPort() != nginx.httpsPort());
    QCOMPARE(nginx.url("fallback.example.test", Scheme::Http, "/x?y=1").toString(),
             QStringLiteral("http://fallback.example.test:%1/x?y=1").arg(nginx.httpPort()));
    QCOMPARE(get(nginx.addressUrl("fallback.example.test", Scheme::Http), "fallback.example.test"),
             QByteArray("fallback"));

    // A second harness in the same process gets its own addresses and works too.
    NginxHarness second(m_dir->filePath("nginx2"), {.preferStandardPorts = false});
    QVERIFY(second.addOrigin({.host = "fallback.example.test", .https = false}).ok());
    QVERIFY(second.writeFile("fallback.example.test", "index.html", "second").ok());
    QVERIFY(second.start().ok());
    QVERIFY(second.address("fallback.example.test") != nginx.address("fallback.example.test"));
    QCOMPARE(get(second.addressUrl("fallback.example.test", Scheme::Http), "fallback.example.test"),
             QByteArray("second"));
}

void tst_NginxHarness::brokenConfigFailsWithErrorLog()
{
    NginxHarness nginx(m_dir->filePath("nginx"));
    QVERIFY(nginx.addOrigin({.host = "broken.example.test", .https = false,
                             .httpConfig = "no_such_directive on;"}).ok());
    const auto started = nginx.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains("no_such_directive"), qPrintable(started.error().message));
    QVERIFY(!nginx.isRunning());

    // HTTPS without a certificate is refused before nginx is ever run.
    QVERIFY(!nginx.addOrigin({.host = "nocert.example.test"}).ok());
    QVERIFY(!nginx.addOrigin({.host = "late.example.test", .shareAddressWith = "unknown.example.test"}).ok());
}

void tst_NginxHarness::stopReleasesTheListeners()
{
    NginxHarness nginx(m_dir->filePath("nginx"));
    QVERIFY(nginx.addOrigin({.host = "stop.example.test", .https = false}).ok());
    QVERIFY(nginx.start().ok());
    const QHostAddress address = nginx.address("stop.example.test");
    QVERIFY(connects(address, nginx.httpPort()));
    nginx.stop();
    QVERIFY(!nginx.isRunning());
    QVERIFY(!connects(address, nginx.httpPort()));
    nginx.stop(); // idempotent
}

QTEST_GUILESS_MAIN(tst_NginxHarness)
#include "tst_nginxharness.moc"
