#include "crawl/scope.h"

#include <QHostAddress>

namespace sslrec {

namespace {
constexpr qsizetype kMaxHost = 255; // a DNS name with brackets or a trailing dot still fits
}

QString Scope::canonicalHost(const QString &host)
{
    QString h = host.trimmed();
    if (h.isEmpty() || h.size() > kMaxHost)
        return QString();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    QHostAddress address;
    if (!h.contains(u'%') && address.setAddress(h))
        return address.toString();
    if (h.endsWith(u'.'))
        h.chop(1);
    const QString ace = QString::fromLatin1(QUrl::toAce(h));
    return ace.toLower();
}

Scope::Scope(const QString &domain, bool includeSubdomains)
    : m_domain(canonicalHost(domain))
    , m_includeSubdomains(includeSubdomains)
{
    QHostAddress address;
    m_isIp = !m_domain.isEmpty() && address.setAddress(m_domain);
}

bool Scope::contains(const QString &host) const
{
    if (m_domain.isEmpty())
        return false;
    const QString h = canonicalHost(host);
    if (h.isEmpty())
        return false;
    if (h == m_domain)
        return true;
    if (m_isIp || !m_includeSubdomains)
        return false;
    QHostAddress address;
    if (address.setAddress(h))
        return false;
    return h.size() > m_domain.size() + 1 && h.endsWith(m_domain) && h[h.size() - m_domain.size() - 1] == u'.';
}

bool Scope::containsUrl(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return contains(url.host(QUrl::FullyEncoded));
}

} // namespace sslrec
