#pragma once

#include <QLatin1String>
#include <QString>

namespace sslrec {

/// How much a finding matters for the proxy's verdict.
enum class Severity {
    Info,    ///< worth knowing, changes nothing
    Warning, ///< works today, but weak, soon broken, or rejected by browsers
    Error,   ///< a validating proxy refuses the origin (or cannot reach it)
};

/// "info", "warning", "error".
QString severityName(Severity severity);

/// One fact found about an origin's TLS, tied to the certificate it concerns.
struct TlsFinding
{
    QString code;                    ///< stable identifier, see docs/finding-codes.md
    Severity severity = Severity::Info; ///< how much it matters
    QString message;                 ///< plain language, e.g. "expired 12 days ago (2026-11-14)"
    int certificateIndex = -1;       ///< index into the served chain; -1 = about the connection or trust set
};

/// The stable finding codes (docs/finding-codes.md explains each).
namespace findingcode {
inline constexpr QLatin1String CertExpired{"cert.expired"};
inline constexpr QLatin1String CertNotYetValid{"cert.not_yet_valid"};
inline constexpr QLatin1String CertExpiresSoon{"cert.expires_soon"};
inline constexpr QLatin1String CertHostnameMismatch{"cert.hostname_mismatch"};
inline constexpr QLatin1String CertNoSan{"cert.no_san"};
inline constexpr QLatin1String CertSelfSigned{"cert.self_signed"};
inline constexpr QLatin1String CertUntrustedRoot{"cert.untrusted_root"};
inline constexpr QLatin1String CertUnreadable{"cert.unreadable"};
inline constexpr QLatin1String CertNotCa{"cert.not_ca"};
inline constexpr QLatin1String CertInvalid{"cert.invalid"};
inline constexpr QLatin1String ChainEmpty{"chain.empty"};
inline constexpr QLatin1String ChainIncomplete{"chain.incomplete"};
inline constexpr QLatin1String ChainOutOfOrder{"chain.out_of_order"};
inline constexpr QLatin1String ChainExtraCertificates{"chain.extra_certificates"};
inline constexpr QLatin1String ChainRootServed{"chain.root_served"};
inline constexpr QLatin1String KeyWeak{"key.weak"};
inline constexpr QLatin1String SignatureWeak{"signature.weak"};
inline constexpr QLatin1String TlsLegacyOnly{"tls.legacy_only"};
inline constexpr QLatin1String TlsHandshakeFailed{"tls.handshake_failed"};
inline constexpr QLatin1String TlsHandshakeTimeout{"tls.handshake_timeout"};
inline constexpr QLatin1String TcpConnectFailed{"tcp.connect_failed"};
inline constexpr QLatin1String TcpTimeout{"tcp.timeout"};
inline constexpr QLatin1String DnsFailed{"dns.failed"};
inline constexpr QLatin1String TrustCaFileUnreadable{"trust.ca_file_unreadable"};
} // namespace findingcode

} // namespace sslrec
