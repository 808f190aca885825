#include "tls/proxyprediction.h"

namespace sslrec {

namespace {

ProxyPrediction failing(Mode mode, int status, const QString &title, const QString &reason)
{
    return ProxyPrediction{mode, false, status, title, reason};
}

QString withDetail(const QString &text, const QString &detail)
{
    return detail.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, detail);
}

} // namespace

QList<ProxyPrediction> predictProxyModes(OriginTlsState state, const QString &detail)
{
    static const Mode modes[] = {Mode::Full, Mode::FullStrict, Mode::Strict};
    QList<ProxyPrediction> out;
    for (const Mode mode : modes) {
        const bool validating = mode != Mode::Full;
        switch (state) {
        case OriginTlsState::Unreachable:
            out.append(failing(mode, 521, QStringLiteral("Web server is down"),
                               withDetail(QStringLiteral("the origin refuses or cannot take HTTPS connections"), detail)));
            break;
        case OriginTlsState::ConnectTimeout:
            out.append(failing(mode, 522, QStringLiteral("Connection timed out"),
                               withDetail(QStringLiteral("the origin does not accept the TCP connection in time"), detail)));
            break;
        case OriginTlsState::HandshakeFailed:
            out.append(failing(mode, 525, QStringLiteral("SSL handshake failed"),
                               withDetail(QStringLiteral("the TLS handshake with the origin fails"), detail)));
            break;
        case OriginTlsState::CertificateInvalid:
            if (validating) {
                out.append(failing(mode, 526, QStringLiteral("Invalid SSL certificate"),
                                   withDetail(QStringLiteral("the origin's certificate does not validate"), detail)));
            } else {
                out.append(ProxyPrediction{mode, true, 0, {},
                                           QStringLiteral("full does not check the certificate; the handshake succeeds")});
            }
            break;
        case OriginTlsState::CertificateValid:
            out.append(ProxyPrediction{mode, true, 0, {},
                                       validating ? QStringLiteral("the certificate validates for this hostname")
                                                  : QStringLiteral("the handshake succeeds")});
            break;
        }
    }
    return out;
}

} // namespace sslrec
