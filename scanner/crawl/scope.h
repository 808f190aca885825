#pragma once

#include <QString>
#include <QUrl>

namespace sslrec {

/// Which hosts belong to a scan: the domain itself and, when enabled, its
/// subdomains. Matching is on whole labels: with domain example.com,
/// `www.example.com` is a subdomain but `evil-example.com` and
/// `example.com.evil.net` are not. Hosts are compared in lower-case ACE form
/// without a trailing dot; IP literal domains (IPv4 or IPv6, brackets
/// optional) only ever match themselves, and a name domain never matches an
/// IP address. Immutable: safe to share between threads.
class Scope
{
public:
    Scope() = default;
    /// domain: a host as DomainInput produces it (any case, IDN or ACE).
    Scope(const QString &domain, bool includeSubdomains);

    /// True when host (a bare host name or IP literal) is in scope.
    bool contains(const QString &host) const;
    /// True when url is http(s) and its host is in scope.
    bool containsUrl(const QUrl &url) const;

    const QString &domain() const { return m_domain; }
    bool includesSubdomains() const { return m_includeSubdomains; }
    bool isIpLiteral() const { return m_isIp; }

    /// Canonical form used for comparison: lower-case ACE, no trailing dot,
    /// IP addresses in QHostAddress::toString() form; empty when unusable.
    static QString canonicalHost(const QString &host);

private:
    QString m_domain;
    bool m_includeSubdomains = false;
    bool m_isIp = false;
};

} // namespace sslrec
