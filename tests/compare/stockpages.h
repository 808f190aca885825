#pragma once

#include <QByteArray>
#include <QString>

namespace sslrec::corpus {

/// Stand-ins for pages a misconfigured HTTPS vhost serves instead of the
/// site. The nginx page is read from the installed nginx package when
/// present; the others are written in the style of the real stock pages.
class StockPages
{
public:
    static QByteArray nginxWelcome();
    static QByteArray apacheDebianDefault();
    static QByteArray iisWelcome();
    static QByteArray parked(int variant, const QString &domain);
    /// nginx's built-in error page for @p status ("502 Bad Gateway").
    static QByteArray nginxError(int status);
};

} // namespace sslrec::corpus
