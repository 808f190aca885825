#include "tls/trustsettings.h"

namespace sslrec {

QString trustSummary(const TrustSettings &settings)
{
    QStringList parts;
    if (settings.systemRoots)
        parts << QStringLiteral("system roots");
    if (settings.originCaRoots)
        parts << QStringLiteral("Cloudflare Origin CA roots");
    if (!settings.caFiles.isEmpty())
        parts << QStringLiteral("%1 --ca-file").arg(settings.caFiles.size());
    return parts.isEmpty() ? QStringLiteral("no trust anchors") : parts.join(QStringLiteral(" + "));
}

} // namespace sslrec
