#pragma once

#include "tls/certificatedetails.h"
#include "tls/tlsfinding.h"
#include "tls/trustsettings.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sslrec {

/// The verdict of a strict OpenSSL client on one served chain for one hostname.
struct ChainValidation
{
    QList<CertificateDetails> chain;        ///< the certificates as given, order kept (index = certificateIndex)
    QList<CertificateDetails> verifiedPath; ///< the path OpenSSL built, leaf first, up to the trust anchor when one was found
    bool valid = false;                     ///< equals `openssl s_client -verify_return_error -verify_hostname` with the same trust set
    int verifyErrorCode = 0;                ///< OpenSSL's X509_V_* result (0 = X509_V_OK)
    QString verifyError;                    ///< X509_verify_cert_error_string() of that code
    int verifyErrorDepth = -1;              ///< depth in verifiedPath where OpenSSL stopped; -1 when valid
    QList<TlsFinding> findings;             ///< every problem and notable fact, each tied to its served certificate
    QString trustSummary;                   ///< the trust sources used, e.g. "system roots + 1 --ca-file"
};

/// Validates \a pemOrDerChain (leaf first, as served; each entry PEM or DER, a PEM
/// entry may hold several certificates) for \a hostname (a DNS name or an IP
/// literal) the way a strict OpenSSL client does: served certificates are the
/// only intermediates (no AIA fetching, no network), the trust set comes from
/// \a trust, and the security level is OpenSSL's default client level, so
/// weak keys and SHA-1 signatures fail exactly as in s_client. Thread-safe.
ChainValidation validateChain(const QList<QByteArray> &pemOrDerChain, const QString &hostname,
                              const TrustSettings &trust);

} // namespace sslrec
