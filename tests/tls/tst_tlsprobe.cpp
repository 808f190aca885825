// probeTls runs on worker threads for every origin of a scan; it must report
// what the origin served, and it must end within its bounds whatever the peer
// does (never speaks, refuses, drops SYNs). Servers here are in-process
// QSslServer/QTcpServer fixtures on 127.0.0.1; misbehaving origins nginx
// cannot imitate live here, the nginx matrix is tst_tlsmatrix.
#include "tls/tlsprobe.h"

#include "testpki.h"

#include <QElapsedTimer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace sslrec;
using namespace sslrec::test;

namespace {

QStringList codesOf(const TlsReport &r)
{
    QStringList codes;
    for (const TlsFinding &f : r.findings)
        codes << f.code;
    return codes;
}

QString describe(const TlsReport &r)
{
    QStringList lines{QStringLiteral("connected=%1 handshake=%2 (%3) valid=%4 (%5) %6 ms")
                          .arg(r.connected).arg(r.handshakeOk).arg(r.handshakeError).arg(r.certificateValid)
                          .arg(r.verifyError).arg(r.elapsedMs)};
    for (const TlsFinding &f : r.findings)
        lines << QStringLiteral("  [%1] %2 #%3: %4").arg(severityName(f.severity), f.code).arg(f.certificateIndex).arg(f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_TlsProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validOrigin();
    void invalidCertificateStillHandshakes();
    void parallelProbes();
    void refusedConnection();
    void silentServerTimesOut();
    void serverHangsUp();
    void droppedSynTimesOut();

private:
    TlsReport runProbe(const TlsProbeRequest &req, int waitMs = 15000);
    void serve(QSslServer &server, const IssuedLeaf &leaf);
    TlsProbeRequest request(quint16 port, const QString &host = QStringLiteral("www.example.test")) const;

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
};

void tst_TlsProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.path());
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

TlsReport tst_TlsProbe::runProbe(const TlsProbeRequest &req, int waitMs)
{
    // The probe blocks; the fixture servers need this thread's event loop.
    QFuture<TlsReport> future = QtConcurrent::run(probeTls, req);
    QDeadlineTimer deadline(waitMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    if (!future.isFinished())
        qFatal("probeTls did not return within %d ms", waitMs);
    return future.result();
}

void tst_TlsProbe::serve(QSslServer &server, const IssuedLeaf &leaf)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(QSslCertificate::fromData(leaf.chainPem));
    conf.setPrivateKey(QSslKey(leaf.keyPem, QSsl::Ec));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    conf.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
    server.setSslConfiguration(conf);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
}

TlsProbeRequest tst_TlsProbe::request(quint16 port, const QString &host) const
{
    TlsProbeRequest req;
    req.hostname = host;
    req.address = QStringLiteral("127.0.0.1");
    req.port = port;
    req.connectTimeoutMs = 3000;
    req.handshakeTimeoutMs = 5000;
    req.trust.systemRoots = false;
    req.trust.originCaRoots = false;
    req.trust.caFiles = {m_pki->rootCaFile()};
    return req;
}

void tst_TlsProbe::validOrigin()
{
    LeafSpec spec;
    spec.name = QStringLiteral("valid");
    spec.dnsNames = {QStringLiteral("www.example.test")};
    const auto leaf = m_pki->issue(spec);
    QVERIFY(leaf.ok());
    QSslServer server;
    serve(server, leaf.value());

    const TlsReport r = runProbe(request(server.serverPort()));
    QVERIFY2(r.handshakeOk, qPrintable(describe(r)));
    QVERIFY(r.connected);
    QCOMPARE(r.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(r.hostname, QStringLiteral("www.example.test"));
    QCOMPARE(r.port, server.serverPort());
    QCOMPARE(r.protocol, QStringLiteral("TLSv1.3"));
    QVERIFY(!r.cipher.isEmpty());
    QCOMPARE(r.alpn, QStringLiteral("http/1.1"));
    QVERIFY2(!r.keyExchangeGroup.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.chain.size(), 2);
    QCOMPARE(r.chain[0].pem, leaf->certificatePem);
    QCOMPARE(r.chain[1].pem, m_pki->intermediateCaPem());
    QCOMPARE(r.verifiedPath.size(), 3);
    QVERIFY2(r.certificateValid, qPrintable(describe(r)));
    QCOMPARE(r.verifyErrorCode, 0);
    QCOMPARE(r.trustSummary, QStringLiteral("1 --ca-file"));
    QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.proxy.size(), 3);
    for (const ProxyPrediction &p : r.proxy)
        QVERIFY(p.works);
}

void tst_TlsProbe::invalidCertificateStillHandshakes()
{
    LeafSpec spec;
    spec.name = QStringLiteral("expired");
    spec.dnsNames = {QStringLiteral("www.example.test")};
    spec.notBeforeOffsetDays = -100;
    spec.notAfterOffsetDays = -3;
    const auto leaf = m_pki->issue(spec);
    QVERIFY(leaf.ok());
    QSslServer server;
    serve(server, leaf.value());

    const TlsReport r = runProbe(request(server.serverPort()));
    QVERIFY2(r.handshakeOk, qPrintable(describe(r)));
    QVERIFY(!r.certificateValid);
    QCOMPARE(r.verifyErrorCode, 10); // X509_V_ERR_CERT_HAS_EXPIRED
    QCOMPARE(r.verifyError, QStringLiteral("certificate has expired"));
    QVERIFY2(codesOf(r).contains(QStringLiteral("cert.expired")), qPrintable(describe(r)));
    QCOMPARE(r.proxy[0].mode, Mode::Full);
    QVERIFY(r.proxy[0].works);
    QCOMPARE(r.proxy[1].statusCode, 526);
    QCOMPARE(r.proxy[2].statusCode, 526);
}

void tst_TlsProbe::parallelProbes()
{
    LeafSpec spec;
    spec.name = QStringLiteral("parallel");
    spec.dnsNames = {QStringLiteral("www.example.test")};
    const auto leaf = m_pki->issue(spec);
    QVERIFY(leaf.ok());
    QSslServer server;
    serve(server, leaf.value());

    QList<TlsProbeRequest> requests;
    for (int i = 0; i < 8; ++i)
        requests << request(server.serverPort(), i % 2 ? QStringLiteral("www.example.test") : QStringLiteral("other.example.test"));
    QFuture<TlsReport> future = QtConcurrent::mapped(requests, probeTls);
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 30000);
    const QList<TlsReport> reports = future.results();
    QCOMPARE(reports.size(), 8);
    for (int i = 0; i < reports.size(); ++i) {
        QVERIFY2(reports[i].handshakeOk, qPrintable(describe(reports[i])));
        QCOMPARE(reports[i].certificateValid, i % 2 == 1);
        QCOMPARE(codesOf(reports[i]).contains(QStringLiteral("cert.hostname_mismatch")), i % 2 == 0);
    }
}

void tst_TlsProbe::refusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens on port now
    const TlsReport r = runProbe(request(port));
    QVERIFY(!r.connected);
    QCOMPARE(codesOf(r), QStringList{"tcp.connect_failed"});
    QVERIFY2(r.findings.front().message.contains(QLatin1String("refused")), qPrintable(describe(r)));
    QCOMPARE(r.proxy[0].statusCode, 521);
}

void tst_TlsProbe::silentServerTimesOut()
{
    QTcpServer server; // accepts, never speaks
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    TlsProbeRequest req = request(server.serverPort());
    req.handshakeTimeoutMs = 400;
    QElapsedTimer clock;
    clock.start();
    const TlsReport r = runProbe(req, 5000);
    QVERIFY(r.connected);
    QVERIFY(!r.handshakeOk);
    QCOMPARE(codesOf(r), QStringList{"tls.handshake_timeout"});
    QVERIFY2(r.elapsedMs >= 400 && r.elapsedMs < 2000, qPrintable(describe(r)));
    QVERIFY(clock.elapsed() < 3000);
    QCOMPARE(r.proxy[0].statusCode, 525);
}

void tst_TlsProbe::serverHangsUp()
{
    QTcpServer server;
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection())
            s->abort();
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const TlsReport r = runProbe(request(server.serverPort()));
    QVERIFY(!r.handshakeOk);
    QCOMPARE(codesOf(r), QStringList{"tls.handshake_failed"});
    QVERIFY(!r.handshakeError.isEmpty());
    QCOMPARE(r.proxy[2].statusCode, 525);
}

void tst_TlsProbe::droppedSynTimesOut()
{
    // A listener whose accept queue is full drops further SYNs: the loopback
    // stand-in for a firewalled origin.
    QTcpServer server;
    server.setListenBacklogSize(0);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    server.pauseAccepting();
    QList<QTcpSocket *> fillers;
    for (int i = 0; i < 3; ++i) {
        auto *s = new QTcpSocket(this);
        s->connectToHost(QHostAddress::LocalHost, server.serverPort());
        fillers << s;
    }
    QTest::qWait(100); // let the kernel settle the queue; nothing times on this
    TlsProbeRequest req = request(server.serverPort());
    req.connectTimeoutMs = 300;
    const TlsReport r = runProbe(req, 5000);
    qDeleteAll(fillers);
    if (r.connected)
        QSKIP("this kernel accepted past a full backlog; cannot emulate a dropped SYN here");
    QCOMPARE(codesOf(r), QStringList{"tcp.timeout"});
    QVERIFY2(r.elapsedMs >= 300 && r.elapsedMs < 2000, qPrintable(describe(r)));
    QCOMPARE(r.proxy[0].statusCode, 522);
}

QTEST_GUILESS_MAIN(tst_TlsProbe)
#include "tst_tlsprobe.moc"
