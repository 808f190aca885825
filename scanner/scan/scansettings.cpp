#include "scan/scansettings.h"

#include "core/version.h"

namespace sslrec {

QString defaultUserAgent()
{
    return QStringLiteral("sslrec/%1 (+%2)").arg(QLatin1String(kVersion), QLatin1String(kProjectUrl));
}

} // namespace sslrec
