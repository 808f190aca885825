#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sslrec {

/// One X.509 certificate as sslrec shows it: decoded once, plain values only.
struct CertificateDetails
{
    QString subject;              ///< subject name, one line, RFC 2253 style ("CN=www.example.com,O=Example")
    QString issuer;               ///< issuer name, same format as subject
    QString commonName;           ///< subject CN alone, empty when absent
    QString serial;               ///< serial number, upper-case hex without separators
    QDateTime notBefore;          ///< start of validity, UTC
    QDateTime notAfter;           ///< end of validity, UTC
    int daysLeft = 0;             ///< whole days from the reference time to notAfter; negative once expired
    QStringList dnsNames;         ///< subjectAltName dNSName entries, as written in the certificate
    QStringList ipAddresses;      ///< subjectAltName iPAddress entries, textual form
    bool hasSubjectAltName = false; ///< the certificate carries a subjectAltName extension at all
    QString keyType;              ///< "RSA", "EC", "Ed25519", "Ed448", "DSA", or OpenSSL's name for others
    int keyBits = 0;              ///< key size in bits (RSA modulus, EC field size)
    QString curve;                ///< EC curve, NIST name when there is one ("P-256"), else OpenSSL's short name; empty for non-EC
    QString signatureAlgorithm;   ///< e.g. "sha256WithRSAEncryption", "ecdsa-with-SHA384"
    QString signatureDigest;      ///< digest of the signature ("SHA256", "SHA1", "MD5"); empty for digest-less schemes (Ed25519)
    QString sha256Fingerprint;    ///< SHA-256 of the DER, upper-case hex with colons
    QString sha1Fingerprint;      ///< SHA-1 of the DER, upper-case hex with colons
    bool isCa = false;            ///< basicConstraints CA:TRUE
    bool selfSigned = false;      ///< issuer equals subject and the certificate's own key verifies its signature
    QByteArray pem;               ///< the certificate, PEM encoded
};

/// Decodes every certificate in \a pemOrDer: one or more PEM blocks, or a single
/// DER certificate. \a referenceTime (default: now) is what daysLeft counts from.
/// Fails with "cert.unreadable" when nothing in the data is a certificate.
Result<QList<CertificateDetails>> parseCertificates(const QByteArray &pemOrDer,
                                                    std::optional<QDateTime> referenceTime = std::nullopt);

} // namespace sslrec
