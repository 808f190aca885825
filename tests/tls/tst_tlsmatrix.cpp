// The promise of scanner/tls: sslrec's valid/invalid verdict on a real origin
// is exactly `openssl s_client -verify_return_error -verify_hostname` with the
// same trust set, and the findings say why. Every case is a real nginx origin
// on loopback (tests/support NginxHarness) with a certificate made at test
// time; the IP-SAN case needs the listening address inside the certificate
// before the server starts, so it is served by an in-process QSslServer on
// 127.0.0.1 instead.
#include "tls/tlsprobe.h"

#include "nginxharness.h"
#include "testpki.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace sslrec;
using namespace sslrec::test;

namespace {

enum class Served { Chain, FullChain, LeafOnly, OutOfOrder };

struct MatrixCase
{
    const char *name;        // row name and origin label
    LeafSpec spec;           // certificate to issue (name and dnsNames filled in below when empty)
    Served served = Served::Chain; // what nginx serves
    const char *probeHost = nullptr; // hostname to check; default: the origin's own host
    bool trustRoot = true;   // give the test root as --ca-file
    QStringList errors;      // expected finding codes of severity Error
    QStringList notes;       // expected finding codes of severity Warning/Info
};

LeafSpec leafSpec(std::function<void(LeafSpec &)> tweak = {})
{
    LeafSpec s;
    if (tweak)
        tweak(s);
    return s;
}

QList<MatrixCase> matrixCases()
{
    return {
        {"valid", leafSpec(), Served::Chain, nullptr, true, {}, {}},
        {"leaf-intermediate-root", leafSpec(), Served::FullChain, nullptr, true, {}, {"chain.root_served"}},
        {"wildcard", leafSpec([](LeafSpec &s) { s.dnsNames = {"*.wildcard.example.test"}; }), Served::Chain,
         "www.wildcard.example.test", true, {}, {}},
        {"wildcard-apex", leafSpec([](LeafSpec &s) { s.dnsNames = {"*.wildcard-apex.example.test"}; }), Served::Chain,
         nullptr, true, {"cert.hostname_mismatch"}, {}},
        {"cn-only", leafSpec([](LeafSpec &s) { s.includeSan = false; }), Served::Chain, nullptr, true, {}, {"cert.no_san"}},
        {"expired", leafSpec([](LeafSpec &s) { s.notBeforeOffsetDays = -400; s.notAfterOffsetDays = -12; }), Served::Chain,
         nullptr, true, {"cert.expired"}, {}},
        {"not-yet-valid", leafSpec([](LeafSpec &s) { s.notBeforeOffsetDays = 10; s.notAfterOffsetDays = 400; }),
         Served::Chain, nullptr, true, {"cert.not_yet_valid"}, {}},
        {"wrong-host", leafSpec([](LeafSpec &s) { s.dnsNames = {"someone-else.example.test"}; }), Served::Chain, nullptr,
         true, {"cert.hostname_mismatch"}, {}},
        {"self-signed", leafSpec([](LeafSpec &s) { s.issuer = Issuer::SelfSigned; }), Served::Chain, nullptr, true,
         {"cert.self_signed"}, {}},
        {"untrusted-root", leafSpec([](LeafSpec &s) { s.issuer = Issuer::UntrustedRoot; }), Served::FullChain, nullptr,
         true, {"cert.untrusted_root"}, {}},
        {"missing-intermediate", leafSpec(), Served::LeafOnly, nullptr, true, {"chain.incomplete"}, {}},
        {"out-of-order", leafSpec(), Served::OutOfOrder, nullptr, true, {}, {"chain.out_of_order", "chain.root_served"}},
        {"rsa-1024", leafSpec([](LeafSpec &s) { s.key = KeyType::Rsa; s.rsaBits = 1024; }), Served::Chain, nullptr, true,
         {"key.weak"}, {}},
        {"sha1-leaf", leafSpec([](LeafSpec &s) { s.digest = QStringLiteral("sha1"); }), Served::Chain, nullptr, true,
         {"signature.weak"}, {}},
        {"private-root-given", leafSpec(), Served::Chain, nullptr, true, {}, {}},
        {"private-root-not-given", leafSpec(), Served::Chain, nullptr, false, {"cert.untrusted_root"}, {}},
    };
}

QString originHost(const MatrixCase &c)
{
    return QStringLiteral("%1.example.test").arg(QLatin1String(c.name));
}

QString servedFile(const IssuedLeaf &leaf, Served served)
{
    switch (served) {
    case Served::Chain: return leaf.chainFile;
    case Served::FullChain: return leaf.fullChainFile;
    case Served::LeafOnly: return leaf.leafOnlyFile;
    case Served::OutOfOrder: return leaf.outOfOrderChainFile;
    }
    return {};
}

// What s_client concluded.
struct SClientVerdict
{
    bool valid = false;   // exit 0 and "Verify return code: 0 (ok)"
    int firstError = 0;   // num of the first "verify error:num=N" line; 0 when none
    QString output;       // everything it printed, for failure messages
};

QStringList split(const QList<TlsFinding> &findings, bool errors)
{
    QStringList codes;
    for (const TlsFinding &f : findings) {
        if ((f.severity == Severity::Error) == errors && !codes.contains(f.code))
            codes << f.code;
    }
    codes.sort();
    return codes;
}

QString describe(const TlsReport &r)
{
    QStringList lines{QStringLiteral("handshake=%1 (%2) valid=%3 verify=%4 (%5)")
                          .arg(r.handshakeOk).arg(r.handshakeError).arg(r.certificateValid).arg(r.verifyErrorCode).arg(r.verifyError)};
    for (const TlsFinding &f : r.findings)
        lines << QStringLiteral("  [%1] %2 #%3: %4").arg(severityName(f.severity), f.code).arg(f.certificateIndex).arg(f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_TlsMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void ipSan();
    void legacyOnlyOrigin();

private:
    SClientVerdict runSClient(const QString &address, quint16 port, const QString &host, bool trustRoot);
    TlsReport runProbe(const TlsProbeRequest &req);
    TlsProbeRequest request(const QString &address, quint16 port, const QString &host, bool trustRoot) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxHarness> m_nginx;
};

void tst_TlsMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_nginx = std::make_unique<NginxHarness>(m_dir.filePath(QStringLiteral("nginx")));
    for (const MatrixCase &c : matrixCases()) {
        LeafSpec spec = c.spec;
        spec.name = QLatin1String(c.name);
        if (spec.dnsNames.isEmpty() && spec.includeSan)
            spec.dnsNames = {originHost(c)};
        if (!spec.includeSan)
            spec.commonName = originHost(c);
        const auto leaf = m_pki->issue(spec);
        QVERIFY2(leaf.ok(), qPrintable(leaf.ok() ? QString() : leaf.error().message));
        OriginSpec origin;
        origin.host = originHost(c);
        origin.http = false;
        origin.certificateFile = servedFile(leaf.value(), c.served);
        origin.keyFile = leaf->keyFile;
        QVERIFY2(m_nginx->addOrigin(origin).ok(), c.name);
    }
    {
        LeafSpec spec;
        spec.name = QStringLiteral("legacy");
        spec.dnsNames = {QStringLiteral("legacy.example.test")};
        const auto leaf = m_pki->issue(spec);
        QVERIFY(leaf.ok());
        OriginSpec origin;
        origin.host = QStringLiteral("legacy.example.test");
        origin.http = false;
        origin.certificateFile = leaf->chainFile;
        origin.keyFile = leaf->keyFile;
        origin.httpsConfig = QStringLiteral("ssl_protocols TLSv1;");
        QVERIFY(m_nginx->addOrigin(origin).ok());
    }
    const Status started = m_nginx->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
}

void tst_TlsMatrix::cleanupTestCase()
{
    if (m_nginx)
        m_nginx->stop();
}

TlsProbeRequest tst_TlsMatrix::request(const QString &address, quint16 port, const QString &host, bool trustRoot) const
{
    TlsProbeRequest req;
    req.hostname = host;
    req.address = address;
    req.port = port;
    req.connectTimeoutMs = 5000;
    req.handshakeTimeoutMs = 10000;
    req.trust.systemRoots = false;   // = -no-CApath -no-CAstore
    req.trust.originCaRoots = false;
    if (trustRoot)
        req.trust.caFiles = {m_pki->rootCaFile()}; // = -CAfile ROOT
    return req;
}

TlsReport tst_TlsMatrix::runProbe(const TlsProbeRequest &req)
{
    QFuture<TlsReport> future = QtConcurrent::run(probeTls, req);
    // Spin the event loop: the IP-SAN origin is served from this thread.
    QDeadlineTimer deadline(30000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("probeTls did not return in time");
    return future.result();
}

SClientVerdict tst_TlsMatrix::runSClient(const QString &address, quint16 port, const QString &host, bool trustRoot)
{
    const bool ip = !QHostAddress(host).isNull();
    QStringList args{QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("%1:%2").arg(address).arg(port),
                     QStringLiteral("-verify_return_error")};
    if (ip)
        args << QStringLiteral("-noservername") << QStringLiteral("-verify_ip") << host;
    else
        args << QStringLiteral("-servername") << host << QStringLiteral("-verify_hostname") << host;
    if (trustRoot)
        args << QStringLiteral("-CAfile") << m_pki->rootCaFile();
    else
        args << QStringLiteral("-no-CAfile");
    args << QStringLiteral("-no-CApath") << QStringLiteral("-no-CAstore");

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENSSL_CONF")); // the reference is a default client
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    p.closeWriteChannel(); // no stdin: s_client quits after the handshake
    SClientVerdict v;
    QDeadlineTimer deadline(20000);
    while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(1000);
        v.output = QStringLiteral("s_client did not finish");
        return v;
    }
    v.output = QString::fromLocal8Bit(p.readAll());
    v.valid = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
              && v.output.contains(QLatin1String("Verify return code: 0 (ok)"));
    const auto m = QRegularExpression(QStringLiteral("verify error:num=(\\d+)")).match(v.output);
    if (m.hasMatch())
        v.firstError = m.captured(1).toInt();
    return v;
}

void tst_TlsMatrix::matrix_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("trustRoot");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("notes");
    for (const MatrixCase &c : matrixCases()) {
        QStringList errors = c.errors;
        QStringList notes = c.notes;
        errors.sort();
        notes.sort();
        QTest::newRow(c.name) << (c.probeHost ? QString::fromLatin1(c.probeHost) : originHost(c)) << originHost(c)
                              << c.trustRoot << errors << notes;
    }
}

void tst_TlsMatrix::matrix()
{
    QFETCH(QString, host);
    QFETCH(QString, origin);
    QFETCH(bool, trustRoot);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, notes);

    const QString address = m_nginx->address(origin).toString();
    const quint16 port = m_nginx->httpsPort();
    const TlsReport r = runProbe(request(address, port, host, trustRoot));
    QVERIFY2(r.handshakeOk, qPrintable(describe(r)));
    const SClientVerdict ref = runSClient(address, port, host, trustRoot);

    QVERIFY2(r.certificateValid == ref.valid,
             qPrintable(QStringLiteral("sslrec says %1, s_client says %2\n%3\n--- s_client:\n%4")
                            .arg(r.certificateValid).arg(ref.valid).arg(describe(r), ref.output)));
    if (!ref.valid && ref.firstError != 0)
        QVERIFY2(r.verifyErrorCode == ref.firstError, qPrintable(describe(r) + QStringLiteral("\n--- s_client:\n") + ref.output));
    QVERIFY2(split(r.findings, true) == errors, qPrintable(describe(r)));
    QVERIFY2(split(r.findings, false) == notes, qPrintable(describe(r)));
    QCOMPARE(r.proxy.size(), 3);
    QVERIFY(r.proxy[0].works);
    QCOMPARE(r.proxy[1].works, r.certificateValid);
    QCOMPARE(r.proxy[2].statusCode, r.certificateValid ? 0 : 526);
}

void tst_TlsMatrix::ipSan()
{
    LeafSpec spec;
    spec.name = QStringLiteral("ip-san");
    spec.ipAddresses = {QStringLiteral("127.0.0.1")};
    spec.commonName = QStringLiteral("ip-san.example.test");
    const auto leaf = m_pki->issue(spec);
    QVERIFY(leaf.ok());
    QSslServer server;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(QSslCertificate::fromData(leaf->chainPem));
    conf.setPrivateKey(QSslKey(leaf->keyPem, QSsl::Ec));
    server.setSslConfiguration(conf);
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));

    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("ip-san.example.test")}) {
        const TlsReport r = runProbe(request(QStringLiteral("127.0.0.1"), server.serverPort(), host, true));
        QVERIFY2(r.handshakeOk, qPrintable(describe(r)));
        const SClientVerdict ref = runSClient(QStringLiteral("127.0.0.1"), server.serverPort(), host, true);
        QVERIFY2(r.certificateValid == ref.valid, qPrintable(host + QLatin1Char('\n') + describe(r) + QStringLiteral("\n--- s_client:\n") + ref.output));
        // By IP: the IP SAN matches. By name: no DNS SAN, so OpenSSL compares
        // the CN, which is the name: valid, but flagged.
        QVERIFY(r.certificateValid);
        QCOMPARE(split(r.findings, false), host.startsWith(QLatin1String("127")) ? QStringList() : QStringList{"cert.no_san"});
    }
}

void tst_TlsMatrix::legacyOnlyOrigin()
{
    const QString host = QStringLiteral("legacy.example.test");
    const TlsReport r = runProbe(request(m_nginx->address(host).toString(), m_nginx->httpsPort(), host, true));
    QVERIFY2(r.handshakeOk, qPrintable(describe(r)));
    QCOMPARE(r.protocol, QStringLiteral("TLSv1"));
    QVERIFY(r.certificateValid);
    QCOMPARE(split(r.findings, false), QStringList{"tls.legacy_only"});
}

QTEST_GUILESS_MAIN(tst_TlsMatrix)
#include "tst_tlsmatrix.moc"
