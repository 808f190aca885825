#include "tls/x509reader_p.h"

#include <openssl/ec.h>
#include <openssl/pem.h>

#include <QHostAddress>

namespace sslrec::ossl {

namespace {

QString colonHex(const unsigned char *data, unsigned int len)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), int(len)).toHex(':').toUpper());
}

QString fingerprint(X509 *cert, const EVP_MD *md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!X509_digest(cert, md, buf, &len))
        return {};
    return colonHex(buf, len);
}

QString commonNameOf(const X509_NAME *name)
{
    const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (idx < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, idx));
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    const QString cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return cn;
}

void readSubjectAltNames(X509 *cert, CertificateDetails &d)
{
    int crit = 0;
    GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, &crit, nullptr)));
    d.hasSubjectAltName = X509_get_ext_by_NID(cert, NID_subject_alt_name, -1) >= 0;
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names.get(), i);
        if (gn->type == GEN_DNS) {
            const ASN1_STRING *s = gn->d.dNSName;
            d.dnsNames.append(QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                                  ASN1_STRING_length(s)));
        } else if (gn->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *s = gn->d.iPAddress;
            const unsigned char *bytes = ASN1_STRING_get0_data(s);
            QHostAddress addr;
            if (ASN1_STRING_length(s) == 4) {
                addr.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 | quint32(bytes[2]) << 8 | bytes[3]);
            } else if (ASN1_STRING_length(s) == 16) {
                addr.setAddress(bytes);
            }
            if (!addr.isNull())
                d.ipAddresses.append(addr.toString());
        }
    }
}

void readKey(X509 *cert, CertificateDetails &d)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    if (!key)
        return;
    d.keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS: d.keyType = QStringLiteral("RSA"); break;
    case EVP_PKEY_EC: d.keyType = QStringLiteral("EC"); break;
    case EVP_PKEY_ED25519: d.keyType = QStringLiteral("Ed25519"); break;
    case EVP_PKEY_ED448: d.keyType = QStringLiteral("Ed448"); break;
    case EVP_PKEY_DSA: d.keyType = QStringLiteral("DSA"); break;
    default: {
        const char *name = EVP_PKEY_get0_type_name(key);
        d.keyType = name ? QString::fromLatin1(name) : QStringLiteral("unknown");
    }
    }
    if (d.keyType == QLatin1String("EC")) {
        char group[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &len)) {
            const int nid = OBJ_sn2nid(group);
            const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : nullptr;
            d.curve = QString::fromLatin1(nist ? nist : group);
        }
    }
}

void readSignature(X509 *cert, CertificateDetails &d)
{
    const int sigNid = X509_get_signature_nid(cert);
    d.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(sigNid));
    int mdNid = NID_undef;
    int pkNid = NID_undef;
    if (OBJ_find_sigid_algs(sigNid, &mdNid, &pkNid) && mdNid != NID_undef) {
        d.signatureDigest = QString::fromLatin1(OBJ_nid2sn(mdNid)).toUpper().remove(QLatin1Char('-'));
    } else {
        // RSA-PSS and friends name their digest in parameters, not the OID.
        int secBits = 0;
        uint32_t flags = 0;
        if (X509_get_signature_info(cert, &mdNid, &pkNid, &secBits, &flags) && mdNid != NID_undef)
            d.signatureDigest = QString::fromLatin1(OBJ_nid2sn(mdNid)).toUpper().remove(QLatin1Char('-'));
    }
}

} // namespace

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(bio.get()));
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || !ASN1_TIME_to_tm(time, &tm))
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

std::vector<X509Ptr> readCertificates(const QByteArray &pemOrDer)
{
    std::vector<X509Ptr> certs;
    if (pemOrDer.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(pemOrDer.constData(), int(pemOrDer.size())));
        while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
            certs.emplace_back(cert);
        ERR_clear_error(); // the end of input is reported as an error
        return certs;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(pemOrDer.constData());
    if (X509 *cert = d2i_X509(nullptr, &p, long(pemOrDer.size())))
        certs.emplace_back(cert);
    ERR_clear_error();
    return certs;
}

CertificateDetails describe(X509 *cert, const QDateTime &referenceTime)
{
    CertificateDetails d;
    d.subject = nameToString(X509_get_subject_name(cert));
    d.issuer = nameToString(X509_get_issuer_name(cert));
    d.commonName = commonNameOf(X509_get_subject_name(cert));
    if (BignumPtr bn{ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr)}) {
        char *hex = BN_bn2hex(bn.get());
        d.serial = QString::fromLatin1(hex);
        OPENSSL_free(hex);
    }
    d.notBefore = toDateTime(X509_get0_notBefore(cert));
    d.notAfter = toDateTime(X509_get0_notAfter(cert));
    if (d.notAfter.isValid()) {
        const qint64 secs = referenceTime.secsTo(d.notAfter);
        // Floor, so a certificate that expired an hour ago has -1 days, not 0.
        d.daysLeft = int(secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400));
    }
    readSubjectAltNames(cert, d);
    readKey(cert, d);
    readSignature(cert, d);
    d.sha256Fingerprint = fingerprint(cert, EVP_sha256());
    d.sha1Fingerprint = fingerprint(cert, EVP_sha1());
    d.isCa = X509_check_ca(cert) > 0 && (X509_get_extension_flags(cert) & EXFLAG_CA);
    // Names and signature only: X509_self_signed() also demands keyCertSign,
    // which a self-signed server certificate usually lacks.
    d.selfSigned = X509_NAME_cmp(X509_get_subject_name(cert), X509_get_issuer_name(cert)) == 0
                   && X509_verify(cert, X509_get0_pubkey(cert)) == 1;
    ERR_clear_error();
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    d.pem = bioBytes(bio.get());
    return d;
}

} // namespace sslrec::ossl
