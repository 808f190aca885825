#include "fetch/fetchtypes.h"

namespace sslrec {

QString schemeName(Scheme scheme)
{
    return scheme == Scheme::Https ? QStringLiteral("https") : QStringLiteral("http");
}

QString fetchErrorCode(FetchError error)
{
    switch (error) {
    case FetchError::None: return QStringLiteral("none");
    case FetchError::Dns: return QStringLiteral("dns");
    case FetchError::Refused: return QStringLiteral("refused");
    case FetchError::Timeout: return QStringLiteral("timeout");
    case FetchError::TlsHandshake: return QStringLiteral("tls-handshake");
    case FetchError::HttpProtocol: return QStringLiteral("http-protocol");
    case FetchError::TooLarge: return QStringLiteral("too-large");
    case FetchError::Closed: return QStringLiteral("closed");
    case FetchError::Cancelled: return QStringLiteral("cancelled");
    case FetchError::Network: return QStringLiteral("network");
    }
    return {};
}

QByteArray FetchResult::header(const QByteArray &name) const
{
    for (const HeaderField &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace sslrec
