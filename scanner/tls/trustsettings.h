#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sslrec {

/// What a validating proxy trusts, and how sslrec judges time.
struct TrustSettings
{
    bool systemRoots = true;      ///< the operating system's root store (OpenSSL default paths)
    bool originCaRoots = true;    ///< the bundled Cloudflare Origin CA roots (core/originca.h)
    QStringList caFiles;          ///< extra PEM files of trusted roots (--ca-file)
    int expiryWarningDays = 30;   ///< a valid leaf expiring within this many days gets cert.expires_soon
    std::optional<QDateTime> verificationTime; ///< judge validity at this instant instead of now (tests, re-checks)
};

/// Names the trust sources in use, e.g. "system roots + Cloudflare Origin CA roots + 1 --ca-file";
/// "no trust anchors" when everything is off.
QString trustSummary(const TrustSettings &settings);

} // namespace sslrec
