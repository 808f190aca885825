// The per-mode prediction is what turns TLS facts into "this mode breaks your
// site with error 52x": full only needs a handshake, full_strict and strict
// also need a valid certificate.
#include "tls/proxyprediction.h"
#include "tls/tlsreport.h"

#include <QTest>

using namespace sslrec;

Q_DECLARE_METATYPE(sslrec::OriginTlsState)

class tst_ProxyPrediction : public QObject
{
    Q_OBJECT

private slots:
    void modes_data();
    void modes();
    void stateFromReport_data();
    void stateFromReport();
};

void tst_ProxyPrediction::modes_data()
{
    QTest::addColumn<OriginTlsState>("state");
    QTest::addColumn<QList<int>>("status"); // full, full_strict, strict; 0 = works
    QTest::newRow("valid") << OriginTlsState::CertificateValid << QList<int>{0, 0, 0};
    QTest::newRow("invalid certificate") << OriginTlsState::CertificateInvalid << QList<int>{0, 526, 526};
    QTest::newRow("handshake failed") << OriginTlsState::HandshakeFailed << QList<int>{525, 525, 525};
    QTest::newRow("refused") << OriginTlsState::Unreachable << QList<int>{521, 521, 521};
    QTest::newRow("connect timeout") << OriginTlsState::ConnectTimeout << QList<int>{522, 522, 522};
}

void tst_ProxyPrediction::modes()
{
    QFETCH(OriginTlsState, state);
    QFETCH(QList<int>, status);
    const QList<ProxyPrediction> p = predictProxyModes(state, QStringLiteral("the detail"));
    QCOMPARE(p.size(), 3);
    const Mode modes[] = {Mode::Full, Mode::FullStrict, Mode::Strict};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(p[i].mode, modes[i]);
        QCOMPARE(p[i].statusCode, status[i]);
        QCOMPARE(p[i].works, status[i] == 0);
        QCOMPARE(p[i].statusText.isEmpty(), status[i] == 0);
        QVERIFY(!p[i].reason.isEmpty());
        if (!p[i].works)
            QVERIFY2(p[i].reason.contains(QLatin1String("the detail")), qPrintable(p[i].reason));
    }
    if (status[1] == 526)
        QCOMPARE(p[1].statusText, QStringLiteral("Invalid SSL certificate"));
    if (status[0] == 525)
        QCOMPARE(p[0].statusText, QStringLiteral("SSL handshake failed"));
}

void tst_ProxyPrediction::stateFromReport_data()
{
    QTest::addColumn<bool>("connected");
    QTest::addColumn<bool>("handshakeOk");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<OriginTlsState>("state");
    QTest::newRow("valid") << true << true << true << "" << OriginTlsState::CertificateValid;
    QTest::newRow("invalid") << true << true << false << "cert.expired" << OriginTlsState::CertificateInvalid;
    QTest::newRow("handshake") << true << false << false << "tls.handshake_failed" << OriginTlsState::HandshakeFailed;
    QTest::newRow("handshake timeout") << true << false << false << "tls.handshake_timeout" << OriginTlsState::HandshakeFailed;
    QTest::newRow("refused") << false << false << false << "tcp.connect_failed" << OriginTlsState::Unreachable;
    QTest::newRow("tcp timeout") << false << false << false << "tcp.timeout" << OriginTlsState::ConnectTimeout;
}

void tst_ProxyPrediction::stateFromReport()
{
    QFETCH(bool, connected);
    QFETCH(bool, handshakeOk);
    QFETCH(bool, valid);
    QFETCH(QString, finding);
    QFETCH(OriginTlsState, state);
    TlsReport r;
    r.connected = connected;
    r.handshakeOk = handshakeOk;
    r.certificateValid = valid;
    if (!finding.isEmpty())
        r.findings.append({finding, Severity::Error, QStringLiteral("x"), -1});
    QCOMPARE(originTlsState(r), state);
    QCOMPARE(errorFindings(r).size(), finding.isEmpty() ? 0 : 1);
}

QTEST_GUILESS_MAIN(tst_ProxyPrediction)
#include "tst_proxyprediction.moc"
