// The scan JSON embeds toJson(TlsReport) per origin as `certificate`; other
// tools read it, so the keys are a contract: every field present, snake_case,
// `errors[]` holding exactly the Error findings.
#include "tls/tlsjson.h"

#include "testpki.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_TlsJson : public QObject
{
    Q_OBJECT

private slots:
    void certificateKeys();
    void reportKeysAndErrors();
};

void tst_TlsJson::certificateKeys()
{
    QTemporaryDir dir;
    TestPki pki(dir.path());
    QVERIFY(pki.isValid());
    LeafSpec spec;
    spec.name = QStringLiteral("json");
    spec.dnsNames = {QStringLiteral("www.example.test")};
    spec.ipAddresses = {QStringLiteral("127.0.0.1")};
    const auto leaf = pki.issue(spec);
    QVERIFY(leaf.ok());
    const auto parsed = parseCertificates(leaf->certificatePem);
    QVERIFY(parsed.ok());
    const CertificateDetails &c = parsed->front();
    const QJsonObject o = toJson(c);
    const QStringList keys{"subject", "issuer", "common_name", "serial", "not_before", "not_after", "days_left",
                           "dns_names", "ip_addresses", "has_subject_alt_name", "key_type", "key_bits", "curve",
                           "signature_algorithm", "signature_digest", "sha256_fingerprint", "sha1_fingerprint",
                           "is_ca", "self_signed", "pem"};
    QStringList actual = o.keys();
    QStringList expected = keys;
    actual.sort();
    expected.sort();
    QCOMPARE(actual, expected);
    QCOMPARE(o.value("subject").toString(), c.subject);
    QCOMPARE(o.value("not_after").toString(), c.notAfter.toString(Qt::ISODate));
    QVERIFY(o.value("not_after").toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(o.value("days_left").toInt(), c.daysLeft);
    QCOMPARE(o.value("dns_names").toArray().first().toString(), QStringLiteral("www.example.test"));
    QCOMPARE(o.value("ip_addresses").toArray().first().toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(o.value("key_type").toString(), QStringLiteral("EC"));
    QCOMPARE(o.value("key_bits").toInt(), 256);
    QCOMPARE(o.value("sha256_fingerprint").toString(), c.sha256Fingerprint);
    QCOMPARE(o.value("pem").toString().toLatin1(), leaf->certificatePem);
}

void tst_TlsJson::reportKeysAndErrors()
{
    TlsReport r;
    r.hostname = QStringLiteral("www.example.test");
    r.address = QStringLiteral("127.0.0.1");
    r.connected = true;
    r.handshakeOk = true;
    r.protocol = QStringLiteral("TLSv1.3");
    r.verifyErrorCode = 10;
    r.verifyError = QStringLiteral("certificate has expired");
    r.findings = {{QStringLiteral("cert.expired"), Severity::Error, QStringLiteral("expired 3 days ago (2026-11-23)"), 0},
                  {QStringLiteral("chain.out_of_order"), Severity::Warning, QStringLiteral("order"), 1},
                  {QStringLiteral("key.weak"), Severity::Error, QStringLiteral("weak"), 0}};
    r.proxy = predictProxyModes(originTlsState(r));
    const QJsonObject o = toJson(r);
    for (const char *key : {"hostname", "address", "port", "connected", "handshake_ok", "handshake_error", "protocol",
                            "cipher", "alpn", "key_exchange_group", "ocsp_stapled", "chain", "verified_path", "valid",
                            "verify_error_code", "verify_error", "errors", "findings", "trust", "elapsed_ms", "proxy"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value("valid").toBool(), false);
    QCOMPARE(o.value("port").toInt(), 443);
    const QJsonArray errors = o.value("errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors[0].toObject().value("code").toString(), QStringLiteral("cert.expired"));
    QCOMPARE(errors[0].toObject().value("message").toString(), QStringLiteral("expired 3 days ago (2026-11-23)"));
    QCOMPARE(errors[1].toObject().value("code").toString(), QStringLiteral("key.weak"));
    QCOMPARE(o.value("findings").toArray().size(), 3);
    QCOMPARE(o.value("findings").toArray()[1].toObject().value("severity").toString(), QStringLiteral("warning"));
    const QJsonArray proxy = o.value("proxy").toArray();
    QCOMPARE(proxy.size(), 3);
    QCOMPARE(proxy[1].toObject().value("mode").toString(), QStringLiteral("full_strict"));
    QCOMPARE(proxy[1].toObject().value("status_code").toInt(), 526);
    QCOMPARE(proxy[0].toObject().value("works").toBool(), true);
}

QTEST_GUILESS_MAIN(tst_TlsJson)
#include "tst_tlsjson.moc"
