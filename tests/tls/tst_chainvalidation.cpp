// validateChain is the proxy's verdict on an origin's certificate: a wrong
// "valid" makes sslrec recommend a mode that breaks the site with 526, a
// wrong "invalid" loses an upgrade. Every case issues fresh certificates
// from a throw-away PKI and checks verdict, OpenSSL's error and the findings.
#include "tls/chainvalidation.h"

#include "testpki.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

namespace {

QStringList codesOf(const QList<TlsFinding> &findings, Severity atLeast = Severity::Info)
{
    QStringList codes;
    for (const TlsFinding &f : findings) {
        if (f.severity >= atLeast && !codes.contains(f.code))
            codes << f.code;
    }
    codes.sort();
    return codes;
}

const TlsFinding *findingFor(const ChainValidation &v, const QString &code)
{
    for (const TlsFinding &f : v.findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

QString describe(const ChainValidation &v)
{
    QStringList lines{QStringLiteral("valid=%1 verify=%2 (%3)").arg(v.valid).arg(v.verifyErrorCode).arg(v.verifyError)};
    for (const TlsFinding &f : v.findings)
        lines << QStringLiteral("  [%1] %2 #%3: %4").arg(severityName(f.severity), f.code).arg(f.certificateIndex).arg(f.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_ChainValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void expiredMessageNamesDaysAndDate();
    void hostnameMismatchNamesTheSans();
    void verificationTimeIsHonoured();
    void expiresSoonThreshold_data();
    void expiresSoonThreshold();
    void weakMaterialIsReportedPerCertificate();
    void extraCertificateIsFlagged();
    void derAndSplitPemInputAgree();
    void unreadableInput();
    void trustSourcesAreToggled();
    void editedCaFileIsReadAgain();

private:
    TrustSettings privateRootOnly() const
    {
        TrustSettings t;
        t.systemRoots = false;
        t.originCaRoots = false;
        t.caFiles = {m_pki->rootCaFile()};
        return t;
    }
    IssuedLeaf issue(const LeafSpec &spec)
    {
        auto leaf = m_pki->issue(spec);
        if (!leaf.ok())
            qFatal("TestPki: %s", qPrintable(leaf.error().message));
        return leaf.value();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
};

void tst_ChainValidation::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.path());
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

void tst_ChainValidation::verdicts_data()
{
    QTest::addColumn<LeafSpec>("spec");
    QTest::addColumn<QString>("served"); // which IssuedLeaf file is served
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QStringList>("errorCodes");   // findings of severity Error
    QTest::addColumn<QStringList>("warningCodes"); // Warning and Info findings

    const QString host = QStringLiteral("www.example.test");
    auto spec = [&](const QString &name) {
        LeafSpec s;
        s.name = name;
        s.dnsNames = {host};
        return s;
    };
    QTest::newRow("valid") << spec("valid") << "chain" << host << true << QStringList() << QStringList();
    QTest::newRow("root served") << spec("full") << "fullchain" << host << true << QStringList() << QStringList{"chain.root_served"};
    {
        LeafSpec s = spec("expired");
        s.notBeforeOffsetDays = -400;
        s.notAfterOffsetDays = -12;
        QTest::newRow("expired") << s << "chain" << host << false << QStringList{"cert.expired"} << QStringList();
    }
    {
        LeafSpec s = spec("future");
        s.notBeforeOffsetDays = 10;
        s.notAfterOffsetDays = 400;
        QTest::newRow("not yet valid") << s << "chain" << host << false << QStringList{"cert.not_yet_valid"} << QStringList();
    }
    QTest::newRow("wrong host") << spec("wronghost") << "chain" << "other.example.test" << false
                                << QStringList{"cert.hostname_mismatch"} << QStringList();
    {
        LeafSpec s = spec("selfsigned");
        s.issuer = Issuer::SelfSigned;
        QTest::newRow("self-signed") << s << "chain" << host << false << QStringList{"cert.self_signed"} << QStringList();
    }
    {
        LeafSpec s = spec("untrusted");
        s.issuer = Issuer::UntrustedRoot;
        QTest::newRow("untrusted root served") << s << "fullchain" << host << false << QStringList{"cert.untrusted_root"} << QStringList();
    }
    QTest::newRow("missing intermediate") << spec("leafonly") << "leafonly" << host << false
                                          << QStringList{"chain.incomplete"} << QStringList();
    QTest::newRow("out of order") << spec("order") << "outoforder" << host << true << QStringList()
                                  << QStringList{"chain.out_of_order", "chain.root_served"};
    {
        LeafSpec s = spec("rsa1024");
        s.key = KeyType::Rsa;
        s.rsaBits = 1024;
        QTest::newRow("RSA 1024") << s << "chain" << host << false << QStringList{"key.weak"} << QStringList();
    }
    {
        LeafSpec s = spec("sha1");
        s.digest = QStringLiteral("sha1");
        QTest::newRow("SHA-1 leaf") << s << "chain" << host << false << QStringList{"signature.weak"} << QStringList();
    }
    {
        LeafSpec s = spec("cnonly");
        s.includeSan = false;
        s.commonName = host;
        // X509_check_host falls back to the CN when there is no DNS SAN, so a
        // strict OpenSSL client accepts it; browsers do not, hence the warning.
        QTest::newRow("CN only, CN matches") << s << "chain" << host << true << QStringList() << QStringList{"cert.no_san"};
    }
    {
        LeafSpec s = spec("cnother");
        s.includeSan = false;
        s.commonName = QStringLiteral("other.example.test");
        QTest::newRow("CN only, CN differs") << s << "chain" << host << false
                                             << QStringList{"cert.hostname_mismatch", "cert.no_san"} << QStringList();
    }
    {
        LeafSpec s = spec("ipsan");
        s.dnsNames = {};
        s.ipAddresses = {QStringLiteral("127.0.0.1")};
        QTest::newRow("IP SAN, IP host") << s << "chain" << "127.0.0.1" << true << QStringList() << QStringList();
    }
}

void tst_ChainValidation::verdicts()
{
    QFETCH(LeafSpec, spec);
    QFETCH(QString, served);
    QFETCH(QString, host);
    QFETCH(bool, valid);
    QFETCH(QStringList, errorCodes);
    QFETCH(QStringList, warningCodes);

    const IssuedLeaf leaf = issue(spec);
    const QByteArray pem = served == QLatin1String("fullchain")    ? leaf.fullChainPem
                           : served == QLatin1String("leafonly")   ? leaf.certificatePem
                           : served == QLatin1String("outoforder") ? leaf.outOfOrderChainPem
                                                                   : leaf.chainPem;
    const ChainValidation v = validateChain({pem}, host, privateRootOnly());
    QVERIFY2(v.valid == valid, qPrintable(describe(v)));
    QCOMPARE(v.verifyErrorCode == 0, valid);
    QVERIFY(!v.verifyError.isEmpty());
    QStringList errors = codesOf(v.findings, Severity::Error);
    QStringList all = codesOf(v.findings);
    QStringList others;
    for (const QString &c : all) {
        if (!errors.contains(c))
            others << c;
    }
    errorCodes.sort();
    warningCodes.sort();
    QVERIFY2(errors == errorCodes, qPrintable(describe(v)));
    QVERIFY2(others == warningCodes, qPrintable(describe(v)));
    QCOMPARE(v.chain.size(), int(pem.count("BEGIN CERTIFICATE")));
    QCOMPARE(v.chain.front().pem, leaf.certificatePem);
}

void tst_ChainValidation::expiredMessageNamesDaysAndDate()
{
    LeafSpec s;
    s.name = QStringLiteral("expired12");
    s.dnsNames = {QStringLiteral("a.example.test")};
    s.notBeforeOffsetDays = -100;
    s.notAfterOffsetDays = -12;
    const IssuedLeaf leaf = issue(s);
    // Judge at a fixed instant, 12 days and an hour after expiry, so the day
    // arithmetic does not depend on how long the test took to get here.
    const QDateTime notAfter = validateChain({leaf.chainPem}, QStringLiteral("a.example.test"), privateRootOnly()).chain.front().notAfter;
    TrustSettings trust = privateRootOnly();
    trust.verificationTime = notAfter.addSecs(12 * 86400 + 3600);
    const ChainValidation v = validateChain({leaf.chainPem}, QStringLiteral("a.example.test"), trust);
    const TlsFinding *f = findingFor(v, QStringLiteral("cert.expired"));
    QVERIFY2(f, qPrintable(describe(v)));
    QCOMPARE(f->certificateIndex, 0);
    QCOMPARE(f->severity, Severity::Error);
    const QString date = notAfter.date().toString(Qt::ISODate);
    QCOMPARE(f->message, QStringLiteral("expired 12 days ago (%1)").arg(date));
    // daysLeft is the floor: 12 days and an hour ago is within the 13th day.
    QCOMPARE(v.chain.front().daysLeft, -13);
}

void tst_ChainValidation::hostnameMismatchNamesTheSans()
{
    LeafSpec s;
    s.name = QStringLiteral("twosans");
    s.dnsNames = {QStringLiteral("a.example.test"), QStringLiteral("*.b.example.test")};
    const IssuedLeaf leaf = issue(s);
    const ChainValidation v = validateChain({leaf.chainPem}, QStringLiteral("c.example.test"), privateRootOnly());
    QVERIFY(!v.valid);
    const TlsFinding *f = findingFor(v, QStringLiteral("cert.hostname_mismatch"));
    QVERIFY2(f, qPrintable(describe(v)));
    QVERIFY2(f->message.contains(QLatin1String("c.example.test")), qPrintable(f->message));
    QVERIFY2(f->message.contains(QLatin1String("a.example.test, *.b.example.test")), qPrintable(f->message));
}

void tst_ChainValidation::verificationTimeIsHonoured()
{
    LeafSpec s;
    s.name = QStringLiteral("timed");
    s.dnsNames = {QStringLiteral("t.example.test")};
    s.notAfterOffsetDays = 30;
    const IssuedLeaf leaf = issue(s);
    TrustSettings trust = privateRootOnly();
    const ChainValidation now = validateChain({leaf.chainPem}, QStringLiteral("t.example.test"), trust);
    QVERIFY(now.valid);
    // 15 days after the end, measured from the certificate's own notAfter
    // (from "now + 45 days", a second that ticks between issuing and
    // checking made it -16 now and then).
    trust.verificationTime = now.chain.front().notAfter.addDays(15);
    const ChainValidation later = validateChain({leaf.chainPem}, QStringLiteral("t.example.test"), trust);
    QVERIFY(!later.valid);
    QVERIFY2(findingFor(later, QStringLiteral("cert.expired")), qPrintable(describe(later)));
    QCOMPARE(later.chain.front().daysLeft, -15);
}

void tst_ChainValidation::expiresSoonThreshold_data()
{
    QTest::addColumn<int>("daysValid");
    QTest::addColumn<int>("warningDays");
    QTest::addColumn<bool>("warned");
    QTest::newRow("10 days, warn at 30") << 10 << 30 << true;
    QTest::newRow("29 days, warn at 30") << 29 << 30 << true;
    QTest::newRow("31 days, warn at 30") << 31 << 30 << false;
    QTest::newRow("10 days, warn at 7") << 10 << 7 << false;
    QTest::newRow("200 days, warn at 0") << 200 << 0 << false;
}

void tst_ChainValidation::expiresSoonThreshold()
{
    QFETCH(int, daysValid);
    QFETCH(int, warningDays);
    QFETCH(bool, warned);
    LeafSpec s;
    s.name = QStringLiteral("soon%1_%2").arg(daysValid).arg(warningDays);
    s.dnsNames = {QStringLiteral("s.example.test")};
    s.notAfterOffsetDays = daysValid;
    const IssuedLeaf leaf = issue(s);
    TrustSettings trust = privateRootOnly();
    trust.expiryWarningDays = warningDays;
    const ChainValidation v = validateChain({leaf.chainPem}, QStringLiteral("s.example.test"), trust);
    QVERIFY2(v.valid, qPrintable(describe(v)));
    // The leaf was issued moments ago for exactly daysValid days.
    QCOMPARE(v.chain.front().daysLeft, daysValid - 1);
    const TlsFinding *f = findingFor(v, QStringLiteral("cert.expires_soon"));
    QCOMPARE(f != nullptr, warned);
    if (f) {
        QCOMPARE(f->severity, Severity::Warning);
        QCOMPARE(f->certificateIndex, 0);
        QVERIFY2(f->message.startsWith(QStringLiteral("expires in %1 days").arg(daysValid - 1)), qPrintable(f->message));
    }
}

void tst_ChainValidation::weakMaterialIsReportedPerCertificate()
{
    LeafSpec s;
    s.name = QStringLiteral("weakboth");
    s.dnsNames = {QStringLiteral("w.example.test")};
    s.key = KeyType::Rsa;
    s.rsaBits = 1024;
    s.digest = QStringLiteral("sha1");
    const IssuedLeaf leaf = issue(s);
    const ChainValidation v = validateChain({leaf.chainPem}, QStringLiteral("w.example.test"), privateRootOnly());
    QVERIFY(!v.valid);
    const TlsFinding *key = findingFor(v, QStringLiteral("key.weak"));
    const TlsFinding *sig = findingFor(v, QStringLiteral("signature.weak"));
    QVERIFY2(key && sig, qPrintable(describe(v)));
    QCOMPARE(key->certificateIndex, 0);
    QCOMPARE(sig->certificateIndex, 0);
    QCOMPARE(v.chain.front().keyType, QStringLiteral("RSA"));
    QCOMPARE(v.chain.front().keyBits, 1024);
    QCOMPARE(v.chain.front().signatureDigest, QStringLiteral("SHA1"));
    // The intermediate (EC P-256, SHA-256) is not blamed.
    for (const TlsFinding &f : v.findings)
        QVERIFY2(f.certificateIndex != 1, qPrintable(describe(v)));
}

void tst_ChainValidation::extraCertificateIsFlagged()
{
    LeafSpec s;
    s.name = QStringLiteral("extra");
    s.dnsNames = {QStringLiteral("x.example.test")};
    const IssuedLeaf leaf = issue(s);
    const ChainValidation v = validateChain({leaf.chainPem, m_pki->untrustedRootCaPem()}, QStringLiteral("x.example.test"),
                                            privateRootOnly());
    QVERIFY2(v.valid, qPrintable(describe(v)));
    const TlsFinding *f = findingFor(v, QStringLiteral("chain.extra_certificates"));
    QVERIFY2(f, qPrintable(describe(v)));
    QCOMPARE(f->certificateIndex, 2);
    QCOMPARE(v.verifiedPath.size(), 3); // leaf, intermediate, trusted root
}

void tst_ChainValidation::derAndSplitPemInputAgree()
{
    LeafSpec s;
    s.name = QStringLiteral("der");
    s.dnsNames = {QStringLiteral("d.example.test")};
    const IssuedLeaf leaf = issue(s);
    const auto parsed = parseCertificates(leaf.chainPem);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->size(), 2);
    QList<QByteArray> split;
    for (const CertificateDetails &c : parsed.value())
        split << c.pem;
    const ChainValidation v = validateChain(split, QStringLiteral("d.example.test"), privateRootOnly());
    QVERIFY2(v.valid, qPrintable(describe(v)));
    QCOMPARE(v.chain.size(), 2);
    QCOMPARE(v.chain[1].sha256Fingerprint, parsed->at(1).sha256Fingerprint);
}

void tst_ChainValidation::unreadableInput()
{
    const ChainValidation none = validateChain({}, QStringLiteral("x.example.test"), privateRootOnly());
    QVERIFY(!none.valid);
    QCOMPARE(codesOf(none.findings), QStringList{"chain.empty"});
    const ChainValidation junk = validateChain({QByteArray("not a certificate")}, QStringLiteral("x.example.test"),
                                               privateRootOnly());
    QVERIFY(!junk.valid);
    QCOMPARE(codesOf(junk.findings), (QStringList{"cert.unreadable", "chain.empty"}));
    QVERIFY(!parseCertificates("garbage").ok());
    QCOMPARE(parseCertificates("garbage").error().code, QStringLiteral("cert.unreadable"));
}

void tst_ChainValidation::trustSourcesAreToggled()
{
    LeafSpec s;
    s.name = QStringLiteral("toggle");
    s.dnsNames = {QStringLiteral("g.example.test")};
    const IssuedLeaf leaf = issue(s);
    TrustSettings none;
    none.systemRoots = false;
    none.originCaRoots = false;
    const ChainValidation untrusted = validateChain({leaf.chainPem}, QStringLiteral("g.example.test"), none);
    QVERIFY(!untrusted.valid);
    QCOMPARE(untrusted.trustSummary, QStringLiteral("no trust anchors"));
    QVERIFY2(findingFor(untrusted, QStringLiteral("cert.untrusted_root")), qPrintable(describe(untrusted)));

    TrustSettings all;
    all.caFiles = {m_pki->rootCaFile()};
    const ChainValidation trusted = validateChain({leaf.chainPem}, QStringLiteral("g.example.test"), all);
    QVERIFY2(trusted.valid, qPrintable(describe(trusted)));
    QCOMPARE(trusted.trustSummary, QStringLiteral("system roots + Cloudflare Origin CA roots + 1 --ca-file"));

    TrustSettings missing = none;
    missing.caFiles = {m_dir.filePath(QStringLiteral("no-such.pem"))};
    const ChainValidation v = validateChain({leaf.chainPem}, QStringLiteral("g.example.test"), missing);
    QVERIFY(!v.valid);
    QVERIFY2(findingFor(v, QStringLiteral("trust.ca_file_unreadable")), qPrintable(describe(v)));
}

// Trust stores are cached per process; a CA file rewritten in place (same
// path, a different root) must be read again, in both directions.
void tst_ChainValidation::editedCaFileIsReadAgain()
{
    LeafSpec s;
    s.name = QStringLiteral("edited");
    s.dnsNames = {QStringLiteral("e.example.test")};
    const IssuedLeaf leaf = issue(s);
    const QString path = m_dir.filePath(QStringLiteral("edited-ca.pem"));
    const auto writeCa = [&path](const QString &from) {
        QFile in(from);
        QFile out(path);
        return in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && out.write(in.readAll()) > 0;
    };
    TrustSettings t;
    t.systemRoots = false;
    t.originCaRoots = false;
    t.caFiles = {path};
    QVERIFY(writeCa(m_pki->rootCaFile()));
    QVERIFY(validateChain({leaf.chainPem}, QStringLiteral("e.example.test"), t).valid);
    QVERIFY(validateChain({leaf.chainPem}, QStringLiteral("e.example.test"), t).valid); // cached
    QVERIFY(writeCa(m_pki->untrustedRootCaFile()));
    QVERIFY(!validateChain({leaf.chainPem}, QStringLiteral("e.example.test"), t).valid);
    QVERIFY(writeCa(m_pki->rootCaFile()));
    QVERIFY(validateChain({leaf.chainPem}, QStringLiteral("e.example.test"), t).valid);
}

QTEST_GUILESS_MAIN(tst_ChainValidation)
#include "tst_chainvalidation.moc"
