#include "testpki.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace sslrec::test {

namespace {

struct PkeyFree { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };
struct X509Free { void operator()(X509 *p) const { X509_free(p); } };
struct BioFree { void operator()(BIO *p) const { BIO_free(p); } };
struct ExtFree { void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); } };
struct BnFree { void operator()(BIGNUM *p) const { BN_free(p); } };

using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, ExtFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;

// The OpenSSL error queue explains most failures; drain it into the message.
QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    return parts.isEmpty() ? QStringLiteral("no OpenSSL error recorded") : parts.join(QStringLiteral("; "));
}

PkeyPtr generateKey(KeyType type, int rsaBits)
{
    if (type == KeyType::Rsa)
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(rsaBits)));
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive, as RFC 5280 requires
    BnPtr bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

struct CertificateRequest
{
    QString commonName;           // subject CN
    EVP_PKEY *subjectKey;         // public key to certify
    X509 *issuerCert;             // nullptr = self-signed
    EVP_PKEY *issuerKey;          // signing key (== subjectKey when self-signed)
    QString digest;               // signature digest name
    qint64 notBeforeDays;         // relative to now
    qint64 notAfterDays;          // relative to now
    QList<QPair<int, QByteArray>> extensions; // nid, X509V3 config value; order matters (SKI before AKI)
};

Result<X509Ptr> makeCertificate(const CertificateRequest &request)
{
    const auto fail = [](const QString &what) {
        return Result<X509Ptr>::failure(QStringLiteral("testpki.certificate"),
                                        what + QStringLiteral(": ") + opensslErrors());
    };
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return fail(QStringLiteral("could not start a certificate"));

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("sslrec tests"), -1, -1, 0);
    const QByteArray cn = request.commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509 *issuer = request.issuerCert ? request.issuerCert : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer));

    const time_t now = std::time(nullptr);
    if (!ASN1_TIME_adj(X509_getm_notBefore(cert.get()), now, static_cast<int>(request.notBeforeDays), 0)
        || !ASN1_TIME_adj(X509_getm_notAfter(cert.get()), now, static_cast<int>(request.notAfterDays), 0))
        return fail(QStringLiteral("could not set the validity window"));
    if (X509_set_pubkey(cert.get(), request.subjectKey) != 1)
        return fail(QStringLiteral("could not set the public key"));

    for (const auto &[nid, value] : request.extensions) {
        if (!addExtension(cert.get(), issuer, nid, value))
            return fail(QStringLiteral("could not add extension %1=%2")
                            .arg(QString::fromLatin1(OBJ_nid2sn(nid)), QString::fromUtf8(value)));
    }

    const QByteArray digestName = request.digest.toLatin1();
    const EVP_MD *md = EVP_get_digestbyname(digestName.constData());
    if (!md)
        return fail(QStringLiteral("unknown digest \"%1\"").arg(request.digest));
    if (X509_sign(cert.get(), request.issuerKey, md) <= 0)
        return fail(QStringLiteral("could not sign \"%1\" with %2").arg(request.commonName, request.digest));
    return Result<X509Ptr>(std::move(cert));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct Authority
{
    PkeyPtr key;       // the CA's private key
    X509Ptr cert;      // its certificate
    QByteArray pem;    // certificatePem(cert)
    QString file;      // where pem is written
};

} // namespace

struct TestPki::Private
{
    QString directory;
    QString error;
    Authority root;
    Authority intermediate;
    Authority untrustedRoot;

    bool makeAuthority(Authority &out, const QString &commonName, Authority *parent, const QString &fileName)
    {
        out.key = generateKey(KeyType::EcP256, 0);
        if (!out.key) {
            error = QStringLiteral("could not generate a key for %1: %2").arg(commonName, opensslErrors());
            return false;
        }
        CertificateRequest request{commonName, out.key.get(),
                                   parent ? parent->cert.get() : nullptr,
                                   parent ? parent->key.get() : out.key.get(),
                                   QStringLiteral("sha256"), -2, 3650, {}};
        request.extensions = {
            {NID_basic_constraints, parent ? "critical,CA:TRUE,pathlen:0" : "critical,CA:TRUE"},
            {NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature"},
            {NID_subject_key_identifier, "hash"},
            {NID_authority_key_identifier, "keyid:always"},
        };
        auto cert = makeCertificate(request);
        if (!cert.ok()) {
            error = cert.error().message;
            return false;
        }
        out.cert = std::move(cert).value();
        out.pem = certificatePem(out.cert.get());
        out.file = QDir(directory).filePath(fileName);
        if (!writeFile(out.file, out.pem)) {
            error = QStringLiteral("could not write %1; check the directory is writable").arg(out.file);
            return false;
        }
        return writeFile(QDir(directory).filePath(QString(fileName).replace(QStringLiteral(".pem"), QStringLiteral(".key"))),
                         keyPem(out.key.get()));
    }
};

TestPki::TestPki(const QString &directory)
    : d(std::make_unique<Private>())
{
    d->directory = QDir(directory).filePath(QStringLiteral("pki"));
    if (!QDir().mkpath(d->directory)) {
        d->error = QStringLiteral("could not create %1").arg(d->directory);
        return;
    }
    d->makeAuthority(d->root, QStringLiteral("sslrec Test Root CA"), nullptr, QStringLiteral("root-ca.pem"))
        && d->makeAuthority(d->intermediate, QStringLiteral("sslrec Test Intermediate CA"), &d->root,
                            QStringLiteral("intermediate-ca.pem"))
        && d->makeAuthority(d->untrustedRoot, QStringLiteral("sslrec Untrusted Root CA"), nullptr,
                            QStringLiteral("untrusted-root-ca.pem"));
}

TestPki::~TestPki() = default;

bool TestPki::isValid() const { return d->error.isEmpty(); }
QString TestPki::errorString() const { return d->error; }
QString TestPki::directory() const { return d->directory; }
QString TestPki::rootCaFile() const { return d->root.file; }
QString TestPki::intermediateCaFile() const { return d->intermediate.file; }
QString TestPki::untrustedRootCaFile() const { return d->untrustedRoot.file; }
QByteArray TestPki::rootCaPem() const { return d->root.pem; }
QByteArray TestPki::intermediateCaPem() const { return d->intermediate.pem; }
QByteArray TestPki::untrustedRootCaPem() const { return d->untrustedRoot.pem; }

Result<IssuedLeaf> TestPki::issue(const LeafSpec &spec)
{
    const auto fail = [&](const QString &message) {
        return Result<IssuedLeaf>::failure(QStringLiteral("testpki.issue"),
                                           QStringLiteral("leaf \"%1\": %2").arg(spec.name, message));
    };
    if (!isValid())
        return fail(QStringLiteral("the PKI itself is broken: ") + d->error);
    if (spec.name.isEmpty() || spec.name.contains(QLatin1Char('/')))
        return fail(QStringLiteral("LeafSpec::name must be a non-empty file name"));

    PkeyPtr key = generateKey(spec.key, spec.rsaBits);
    if (!key)
        return fail(QStringLiteral("key generation failed: ") + opensslErrors());

    Authority *signer = nullptr;
    switch (spec.issuer) {
    case Issuer::Intermediate: signer = &d->intermediate; break;
    case Issuer::Root: signer = &d->root; break;
    case Issuer::UntrustedRoot: signer = &d->untrustedRoot; break;
    case Issuer::SelfSigned: break;
    }

    QStringList san;
    for (const QString &dns : spec.dnsNames)
        san << QStringLiteral("DNS:") + dns;
    for (const QString &ip : spec.ipAddresses)
        san << QStringLiteral("IP:") + ip;
    const QString commonName = !spec.commonName.isEmpty() ? spec.commonName
                               : !spec.dnsNames.isEmpty() ? spec.dnsNames.first()
                                                          : spec.name;

    CertificateRequest request{commonName, key.get(), signer ? signer->cert.get() : nullptr,
                               signer ? signer->key.get() : key.get(), spec.digest,
                               spec.notBeforeOffsetDays, spec.notAfterOffsetDays, {}};
    request.extensions = {
        {NID_basic_constraints, "critical,CA:FALSE"},
        {NID_key_usage, spec.key == KeyType::Rsa ? "critical,digitalSignature,keyEncipherment"
                                                 : "critical,digitalSignature"},
        {NID_ext_key_usage, "serverAuth"},
        {NID_subject_key_identifier, "hash"},
        {NID_authority_key_identifier, "keyid:always"},
    };
    if (spec.includeSan && !san.isEmpty())
        request.extensions.append({NID_subject_alt_name, san.join(QLatin1Char(',')).toUtf8()});

    auto cert = makeCertificate(request);
    if (!cert.ok())
        return fail(cert.error().message);

    IssuedLeaf leaf;
    leaf.name = spec.name;
    leaf.certificatePem = certificatePem(cert.value().get());
    leaf.keyPem = keyPem(key.get());
    const QByteArray intermediate = spec.issuer == Issuer::Intermediate ? d->intermediate.pem : QByteArray();
    const QByteArray root = spec.issuer == Issuer::UntrustedRoot ? d->untrustedRoot.pem
                            : spec.issuer == Issuer::SelfSigned  ? QByteArray()
                                                                 : d->root.pem;
    leaf.chainPem = leaf.certificatePem + intermediate;
    leaf.fullChainPem = leaf.chainPem + root;
    leaf.outOfOrderChainPem = leaf.certificatePem + root + intermediate;

    const QDir dir(QDir(d->directory).filePath(QStringLiteral("leaves/") + spec.name));
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(QStringLiteral("could not create ") + dir.path());
    leaf.certificateFile = dir.filePath(QStringLiteral("cert.pem"));
    leaf.keyFile = dir.filePath(QStringLiteral("key.pem"));
    leaf.chainFile = dir.filePath(QStringLiteral("chain.pem"));
    leaf.fullChainFile = dir.filePath(QStringLiteral("fullchain.pem"));
    leaf.leafOnlyFile = dir.filePath(QStringLiteral("leaf-only.pem"));
    leaf.outOfOrderChainFile = dir.filePath(QStringLiteral("out-of-order-chain.pem"));
    const QList<QPair<QString, QByteArray>> files = {
        {leaf.certificateFile, leaf.certificatePem}, {leaf.keyFile, leaf.keyPem},
        {leaf.chainFile, leaf.chainPem},             {leaf.fullChainFile, leaf.fullChainPem},
        {leaf.leafOnlyFile, leaf.certificatePem},    {leaf.outOfOrderChainFile, leaf.outOfOrderChainPem},
    };
    for (const auto &[path, data] : files) {
        if (!writeFile(path, data))
            return fail(QStringLiteral("could not write ") + path);
    }
    return leaf;
}

} // namespace sslrec::test
