// Hostname matching decides whether a proxy in Full (strict) accepts the
// origin. The rules are OpenSSL's X509_check_host (what s_client
// -verify_hostname and libssl use): RFC 6125 wildcards, IP SANs for IP
// literals, subject CN only when there is no DNS SAN at all.
#include "tls/chainvalidation.h"

#include "testpki.h"

#include <QHostAddress>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_HostnameMatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void match_data();
    void match();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    int m_serial = 0;
};

void tst_HostnameMatch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.path());
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

void tst_HostnameMatch::match_data()
{
    QTest::addColumn<QStringList>("dnsNames");
    QTest::addColumn<QStringList>("ipAddresses");
    QTest::addColumn<QString>("commonName");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");

    const QStringList none;
    QTest::newRow("exact") << QStringList{"www.example.test"} << none << "" << "www.example.test" << true;
    QTest::newRow("case-insensitive") << QStringList{"WWW.Example.TEST"} << none << "" << "www.example.test" << true;
    QTest::newRow("host upper-case") << QStringList{"www.example.test"} << none << "" << "WWW.EXAMPLE.TEST" << true;
    QTest::newRow("second SAN") << QStringList{"a.example.test", "b.example.test"} << none << "" << "b.example.test" << true;
    QTest::newRow("different name") << QStringList{"a.example.test"} << none << "" << "c.example.test" << false;
    QTest::newRow("parent domain") << QStringList{"www.example.test"} << none << "" << "example.test" << false;
    QTest::newRow("wildcard one label") << QStringList{"*.example.test"} << none << "" << "a.example.test" << true;
    QTest::newRow("wildcard not apex") << QStringList{"*.example.test"} << none << "" << "example.test" << false;
    QTest::newRow("wildcard one label only") << QStringList{"*.example.test"} << none << "" << "a.b.example.test" << false;
    QTest::newRow("wildcard not left-most") << QStringList{"www.*.test"} << none << "" << "www.example.test" << false;
    QTest::newRow("wildcard needs two labels after it") << QStringList{"*.test"} << none << "" << "example.test" << false;
    QTest::newRow("apex and wildcard") << QStringList{"example.test", "*.example.test"} << none << "" << "example.test" << true;
    // OpenSSL allows a partial left-most label by default (RFC 6125 6.4.3 "MAY").
    QTest::newRow("partial wildcard label") << QStringList{"w*.example.test"} << none << "" << "www.example.test" << true;
    QTest::newRow("SAN wins over CN") << QStringList{"other.example.test"} << none << "www.example.test" << "www.example.test" << false;
    QTest::newRow("IP SAN") << none << QStringList{"127.0.0.1"} << "" << "127.0.0.1" << true;
    QTest::newRow("IP SAN other address") << none << QStringList{"127.0.0.2"} << "" << "127.0.0.1" << false;
    QTest::newRow("IP only as DNS SAN") << QStringList{"127.0.0.1"} << none << "" << "127.0.0.1" << false;
    QTest::newRow("IPv6 SAN") << none << QStringList{"::1"} << "" << "::1" << true;
    QTest::newRow("IPv6 SAN, bracketed host") << none << QStringList{"::1"} << "" << "[::1]" << true;
    // Only a DNS SAN switches OpenSSL's CN fallback off; an IP SAN does not.
    QTest::newRow("IP SAN only, CN fallback") << none << QStringList{"127.0.0.1"} << "www.example.test" << "www.example.test" << true;
    QTest::newRow("IP SAN only, CN differs") << none << QStringList{"127.0.0.1"} << "other.example.test" << "www.example.test" << false;
    QTest::newRow("no SAN, CN fallback") << none << none << "www.example.test" << "www.example.test" << true;
    QTest::newRow("no SAN, wildcard CN") << none << none << "*.example.test" << "www.example.test" << true;
}

void tst_HostnameMatch::match()
{
    QFETCH(QStringList, dnsNames);
    QFETCH(QStringList, ipAddresses);
    QFETCH(QString, commonName);
    QFETCH(QString, host);
    QFETCH(bool, matches);

    LeafSpec spec;
    spec.name = QStringLiteral("leaf%1").arg(++m_serial);
    spec.dnsNames = dnsNames;
    spec.ipAddresses = ipAddresses;
    spec.commonName = commonName.isEmpty() ? QStringLiteral("sslrec test leaf") : commonName;
    const auto leaf = m_pki->issue(spec);
    QVERIFY2(leaf.ok(), qPrintable(leaf.ok() ? QString() : leaf.error().message));

    TrustSettings trust;
    trust.systemRoots = false;
    trust.originCaRoots = false;
    trust.caFiles = {m_pki->rootCaFile()};
    const ChainValidation v = validateChain({leaf->chainPem}, host, trust);
    QCOMPARE(v.valid, matches);
    const bool mismatchReported = std::any_of(v.findings.begin(), v.findings.end(), [](const TlsFinding &f) {
        return f.code == QLatin1String("cert.hostname_mismatch") && f.severity == Severity::Error && f.certificateIndex == 0;
    });
    QCOMPARE(mismatchReported, !matches);
    const bool cnFallback = dnsNames.isEmpty() && QHostAddress(QString(host).remove(u'[').remove(u']')).isNull();
    const bool noSanReported = std::any_of(v.findings.begin(), v.findings.end(),
                                           [](const TlsFinding &f) { return f.code == QLatin1String("cert.no_san"); });
    QCOMPARE(noSanReported, cnFallback);
}

QTEST_GUILESS_MAIN(tst_HostnameMatch)
#include "tst_hostnamematch.moc"
