// TestPki is the ground truth every TLS test stands on: if it issued a
// certificate that differs from its spec (wrong SAN, digest, window, issuer),
// tests of certificate validation would pass or fail for the wrong reason.
// Each variant is checked here with OpenSSL's own parser and verifier.
#include "testpki.h"

#include <QDateTime>
#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

using namespace sslrec::test;

Q_DECLARE_METATYPE(sslrec::test::LeafSpec)

namespace {

struct X509Free { void operator()(X509 *p) const { X509_free(p); } };
using X509Ptr = std::unique_ptr<X509, X509Free>;

std::vector<X509Ptr> parsePem(const QByteArray &pem)
{
    std::vector<X509Ptr> certs;
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    while (X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr))
        certs.emplace_back(cert);
    BIO_free(bio);
    return certs;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// X509_verify_cert of the first certificate in chainPem, the rest offered as
// untrusted intermediates, anchorPem as the only trust anchor. Returns the
// X509_V_ERR_* code (X509_V_OK on success).
int verifyChain(const QByteArray &chainPem, const QByteArray &anchorPem)
{
    const std::vector<X509Ptr> chain = parsePem(chainPem);
    const std::vector<X509Ptr> anchors = parsePem(anchorPem);
    if (chain.empty() || anchors.empty())
        return -1;
    X509_STORE *store = X509_STORE_new();
    for (const X509Ptr &anchor : anchors)
        X509_STORE_add_cert(store, anchor.get());
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    for (size_t i = 1; i < chain.size(); ++i)
        sk_X509_push(untrusted, chain[i].get());
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, chain.front().get(), untrusted);
    const int ok = X509_verify_cert(ctx);
    const int error = ok == 1 ? X509_V_OK : X509_STORE_CTX_get_error(ctx);
    X509_STORE_CTX_free(ctx);
    sk_X509_free(untrusted);
    X509_STORE_free(store);
    return error;
}

QString subjectCn(X509 *cert)
{
    char buffer[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

// QVERIFY2 evaluates its message even on success, and Result::error() is only
// valid on failure.
template<typename T>
QByteArray why(const sslrec::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

} // namespace

class tst_TestPki : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void authorities();
    void leaf_data();
    void leaf();
    void chainFiles_data();
    void chainFiles();
    void wildcardMatchesOneLabel();
    void unusableDirectoryIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestPki> m_pki;
};

void tst_TestPki::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pki = std::make_unique<TestPki>(m_dir->path());
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
}

void tst_TestPki::authorities()
{
    QCOMPARE(readFile(m_pki->rootCaFile()), m_pki->rootCaPem());
    QCOMPARE(readFile(m_pki->intermediateCaFile()), m_pki->intermediateCaPem());
    QCOMPARE(readFile(m_pki->untrustedRootCaFile()), m_pki->untrustedRootCaPem());

    const auto root = parsePem(m_pki->rootCaPem());
    const auto intermediate = parsePem(m_pki->intermediateCaPem());
    const auto untrusted = parsePem(m_pki->untrustedRootCaPem());
    QCOMPARE(root.size(), size_t(1));
    QCOMPARE(intermediate.size(), size_t(1));
    QCOMPARE(untrusted.size(), size_t(1));
    // X509_check_ca returns 1 for a proper v3 CA (basicConstraints CA:TRUE, keyCertSign).
    QCOMPARE(X509_check_ca(root.front().get()), 1);
    QCOMPARE(X509_check_ca(intermediate.front().get()), 1);
    QCOMPARE(X509_check_ca(untrusted.front().get()), 1);
    QVERIFY(X509_get_extension_flags(root.front().get()) & EXFLAG_SS);
    QVERIFY(!(X509_get_extension_flags(intermediate.front().get()) & EXFLAG_SS));
    QVERIFY(X509_get0_subject_key_id(intermediate.front().get()));
    QCOMPARE(ASN1_OCTET_STRING_cmp(X509_get0_authority_key_id(intermediate.front().get()),
                                   X509_get0_subject_key_id(root.front().get())),
             0);

    QCOMPARE(verifyChain(m_pki->intermediateCaPem(), m_pki->rootCaPem()), X509_V_OK);
    QCOMPARE(verifyChain(m_pki->intermediateCaPem(), m_pki->untrustedRootCaPem()),
             X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY);
}

void tst_TestPki::leaf_data()
{
    QTest::addColumn<LeafSpec>("spec");
    QTest::addColumn<int>("expectedKeyBits");
    QTest::addColumn<int>("expectedVerifyError");

    const QStringList dns{QStringLiteral("www.example.test"), QStringLiteral("example.test")};
    QTest::newRow("ec, intermediate") << LeafSpec{.name = "ec", .dnsNames = dns} << 256 << X509_V_OK;
    QTest::newRow("rsa 2048") << LeafSpec{.name = "rsa2048", .dnsNames = dns, .key = KeyType::Rsa, .rsaBits = 2048}
                              << 2048 << X509_V_OK;
    QTest::newRow("rsa 1024") << LeafSpec{.name = "rsa1024", .dnsNames = dns, .key = KeyType::Rsa, .rsaBits = 1024}
                              << 1024 << X509_V_OK;
    QTest::newRow("sha1") << LeafSpec{.name = "sha1", .dnsNames = dns, .digest = "sha1"} << 256 << X509_V_OK;
    QTest::newRow("rsa 1024 sha1")
        << LeafSpec{.name = "weak", .dnsNames = dns, .key = KeyType::Rsa, .rsaBits = 1024, .digest = "sha1"}
        << 1024 << X509_V_OK;
    QTest::newRow("ip san") << LeafSpec{.name = "ip", .ipAddresses = {"127.0.0.1", "::1"}} << 256 << X509_V_OK;
    QTest::newRow("wildcard") << LeafSpec{.name = "wild", .dnsNames = {"*.example.test"}} << 256 << X509_V_OK;
    QTest::newRow("no san, cn only")
        << LeafSpec{.name = "cn", .dnsNames = dns, .commonName = "cn.example.test", .includeSan = false}
        << 256 << X509_V_OK;
    QTest::newRow("expired") << LeafSpec{.name = "expired", .dnsNames = dns, .notBeforeOffsetDays = -400,
                                         .notAfterOffsetDays = -10}
                             << 256 << X509_V_ERR_CERT_HAS_EXPIRED;
    QTest::newRow("not yet valid") << LeafSpec{.name = "future", .dnsNames = dns, .notBeforeOffsetDays = 10,
                                               .notAfterOffsetDays = 400}
                                   << 256 << X509_V_ERR_CERT_NOT_YET_VALID;
    QTest::newRow("root issued") << LeafSpec{.name = "byroot", .dnsNames = dns, .issuer = Issuer::Root} << 256
                                 << X509_V_OK;
    QTest::newRow("untrusted root")
        << LeafSpec{.name = "untrusted", .dnsNames = dns, .issuer = Issuer::UntrustedRoot} << 256
        << X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
    QTest::newRow("self-signed") << LeafSpec{.name = "self", .dnsNames = dns, .issuer = Issuer::SelfSigned} << 256
                                 << X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT;
}

void tst_TestPki::leaf()
{
    QFETCH(LeafSpec, spec);
    QFETCH(int, expectedKeyBits);
    QFETCH(int, expectedVerifyError);

    const auto issued = m_pki->issue(spec);
    QVERIFY2(issued.ok(), why(issued).constData());
    const IssuedLeaf &leaf = issued.value();
    QCOMPARE(readFile(leaf.certificateFile), leaf.certificatePem);
    QCOMPARE(readFile(leaf.keyFile), leaf.keyPem);

    const auto certs = parsePem(leaf.certificatePem);
    QCOMPARE(certs.size(), size_t(1));
    X509 *cert = certs.front().get();

    // The key file holds the private half of the certified key.
    BIO *keyBio = BIO_new_mem_buf(leaf.keyPem.constData(), static_cast<int>(leaf.keyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyBio, nullptr, nullptr, nullptr);
    BIO_free(keyBio);
    QVERIFY(key);
    QCOMPARE(X509_check_private_key(cert, key), 1);
    EVP_PKEY_free(key);

    QCOMPARE(EVP_PKEY_get_bits(X509_get0_pubkey(cert)), expectedKeyBits);
    QCOMPARE(EVP_PKEY_get_base_id(X509_get0_pubkey(cert)), spec.key == KeyType::Rsa ? EVP_PKEY_RSA : EVP_PKEY_EC);
    int mdNid = NID_undef;
    QVERIFY(X509_get_signature_info(cert, &mdNid, nullptr, nullptr, nullptr));
    QCOMPARE(QString::fromLatin1(OBJ_nid2sn(mdNid)).toLower(), spec.digest);

    const QSslCertificate qcert(leaf.certificatePem, QSsl::Pem);
    const auto sans = qcert.subjectAlternativeNames();
    QStringList expectedDns = spec.includeSan ? spec.dnsNames : QStringList();
    QStringList expectedIps = spec.includeSan ? spec.ipAddresses : QStringList();
    QStringList dns = sans.values(QSsl::DnsEntry);
    QStringList ips = sans.values(QSsl::IpAddressEntry);
    for (QStringList *list : {&expectedDns, &expectedIps, &dns, &ips})
        list->sort();
    QCOMPARE(dns, expectedDns);
    QCOMPARE(ips, expectedIps);
    const QString expectedCn = !spec.commonName.isEmpty() ? spec.commonName
                               : !spec.dnsNames.isEmpty() ? spec.dnsNames.first()
                                                          : spec.name;
    QCOMPARE(subjectCn(cert), expectedCn);

    // Validity: within a minute of the requested offsets (the clock moves during the test).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(qAbs(qcert.effectiveDate().secsTo(now.addDays(spec.notBeforeOffsetDays))) < 60);
    QVERIFY(qAbs(qcert.expiryDate().secsTo(now.addDays(spec.notAfterOffsetDays))) < 60);

    QCOMPARE(verifyChain(leaf.chainPem, m_pki->rootCaPem()), expectedVerifyError);
    QCOMPARE(X509_check_ca(cert), 0);
    QCOMPARE(bool(X509_get_extension_flags(cert) & EXFLAG_SS), spec.issuer == Issuer::SelfSigned);
}

void tst_TestPki::chainFiles_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("certificates");
    QTest::addColumn<int>("expectedVerifyError");
    QTest::newRow("chain") << "chain" << 2 << X509_V_OK;
    QTest::newRow("full chain") << "full" << 3 << X509_V_OK;
    QTest::newRow("out of order") << "outOfOrder" << 3 << X509_V_OK;
    // A server sending only its leaf: a verifier without AIA fetching cannot find the intermediate.
    QTest::newRow("leaf only") << "leafOnly" << 1 << X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
}

void tst_TestPki::chainFiles()
{
    QFETCH(QString, which);
    QFETCH(int, certificates);
    QFETCH(int, expectedVerifyError);

    const auto issued = m_pki->issue({.name = "chains", .dnsNames = {"chains.example.test"}});
    QVERIFY2(issued.ok(), why(issued).constData());
    const IssuedLeaf &leaf = issued.value();
    const QString file = which == "chain"      ? leaf.chainFile
                         : which == "full"     ? leaf.fullChainFile
                         : which == "leafOnly" ? leaf.leafOnlyFile
                                               : leaf.outOfOrderChainFile;
    const QByteArray pem = readFile(file);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(pem, QSsl::Pem);
    QCOMPARE(chain.size(), certificates);

    const QSslCertificate leafCert(leaf.certificatePem, QSsl::Pem);
    const QSslCertificate root(m_pki->rootCaPem(), QSsl::Pem);
    const QSslCertificate intermediate(m_pki->intermediateCaPem(), QSsl::Pem);
    QCOMPARE(chain.first(), leafCert);
    if (which == "chain")
        QCOMPARE(chain.at(1), intermediate);
    if (which == "full")
        QCOMPARE(chain.mid(1), (QList<QSslCertificate>{intermediate, root}));
    if (which == "outOfOrder")
        QCOMPARE(chain.mid(1), (QList<QSslCertificate>{root, intermediate}));
    QCOMPARE(verifyChain(pem, m_pki->rootCaPem()), expectedVerifyError);
}

void tst_TestPki::wildcardMatchesOneLabel()
{
    const auto issued = m_pki->issue({.name = "wildcard", .dnsNames = {"*.example.test"}});
    QVERIFY2(issued.ok(), why(issued).constData());
    const auto certs = parsePem(issued.value().certificatePem);
    QCOMPARE(X509_check_host(certs.front().get(), "www.example.test", 0, 0, nullptr), 1);
    QCOMPARE(X509_check_host(certs.front().get(), "example.test", 0, 0, nullptr), 0);
    QCOMPARE(X509_check_host(certs.front().get(), "a.b.example.test", 0, 0, nullptr), 0);
}

void tst_TestPki::unusableDirectoryIsReported()
{
    // A regular file where the directory should be: mkpath fails even for root.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    TestPki broken(blocker);
    QVERIFY(!broken.isValid());
    QVERIFY(broken.errorString().contains(blocker));
    const auto issued = broken.issue({.name = "x", .dnsNames = {"x.test"}});
    QVERIFY(!issued.ok());
}

QTEST_GUILESS_MAIN(tst_TestPki)
#include "tst_testpki.moc"
