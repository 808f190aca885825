#pragma once

#include "tls/certificatedetails.h"
#include "tls/proxyprediction.h"
#include "tls/tlsfinding.h"

#include <QList>
#include <QString>

namespace sslrec {

/// Everything one TLS probe of an origin found.
struct TlsReport
{
    QString hostname;                       ///< the name checked and sent as SNI
    QString address;                        ///< the address connected to (or tried last)
    quint16 port = 443;                     ///< TCP port
    bool connected = false;                 ///< the TCP connection was established
    bool handshakeOk = false;               ///< the TLS handshake completed (weak settings allowed)
    QString handshakeError;                 ///< OpenSSL's reason when the handshake failed, or "timed out"
    QString protocol;                       ///< negotiated protocol, e.g. "TLSv1.3"
    QString cipher;                         ///< negotiated cipher suite, OpenSSL name
    QString alpn;                           ///< negotiated ALPN protocol, empty if none
    QString keyExchangeGroup;               ///< key exchange group, e.g. "X25519", "P-256"; empty when none (RSA kx)
    bool ocspStapled = false;               ///< the server stapled an OCSP response
    QList<CertificateDetails> chain;        ///< certificates exactly as served, order kept
    QList<CertificateDetails> verifiedPath; ///< the path OpenSSL built to a trust anchor (see ChainValidation)
    bool certificateValid = false;          ///< a validating proxy accepts the certificate for hostname
    int verifyErrorCode = 0;                ///< OpenSSL's X509_V_* verify result; 0 = ok
    QString verifyError;                    ///< OpenSSL's text for verifyErrorCode
    QList<TlsFinding> findings;             ///< every finding, connection-level and per certificate
    QString trustSummary;                   ///< trust sources used, e.g. "system roots + Cloudflare Origin CA roots"
    qint64 elapsedMs = 0;                   ///< wall time of the probe
    QList<ProxyPrediction> proxy;           ///< per-mode prediction: full, full_strict, strict
};

/// The state predictProxyModes() needs, read off a finished report.
OriginTlsState originTlsState(const TlsReport &report);

/// The findings of severity Error, in report order.
QList<TlsFinding> errorFindings(const TlsReport &report);

} // namespace sslrec
