#pragma once

#include "core/result.h"

#include <QStringList>
#include <QUrl>

namespace sslrec {

/// What UrlNormalizer does beyond the fixed RFC 3986 normalisations.
struct UrlNormalizerOptions
{
    bool stripSessionParameters = true; ///< drop session-id and tracking parameters from query and path
    QStringList sessionParameters = {   ///< parameter names dropped (case-insensitive)
        QStringLiteral("jsessionid"), QStringLiteral("phpsessid"), QStringLiteral("sid"),
        QStringLiteral("sessionid"), QStringLiteral("aspsessionid"), QStringLiteral("cfid"),
        QStringLiteral("cftoken"), QStringLiteral("gclid"), QStringLiteral("fbclid")};
    QStringList sessionParameterPrefixes = {QStringLiteral("utm_")}; ///< name prefixes dropped (case-insensitive)
    qsizetype maxLength = 2048;         ///< longer URLs (before or after normalising) are refused
};

/// Normalises page URLs so that one page has one key in the crawl's seen-set.
///
/// Applied in order: http/https only (mailto:, javascript:, data:, file:,
/// ftp:, ... are refused with code url.scheme); a host is required
/// (url.nohost); user info and fragment dropped; scheme and host lower-cased
/// (host in ACE form); default ports (80 for http, 443 for https) removed;
/// percent-escapes of unreserved characters (A-Z a-z 0-9 - . _ ~) decoded and
/// all other escapes upper-cased; dot segments resolved (RFC 3986 5.2.4);
/// an empty path becomes "/"; session parameters stripped (query `name=value`
/// pairs and `;jsessionid=...` path parameters) when enabled, and an empty
/// query dropped. The query is otherwise kept byte for byte, in order.
/// URLs longer than the cap are refused (url.length); so are invalid ones
/// (url.invalid). Immutable after construction: safe to share between threads.
class UrlNormalizer
{
public:
    explicit UrlNormalizer(UrlNormalizerOptions options = {});

    /// The normalised form of an absolute URL; `toString(QUrl::FullyEncoded)`
    /// of the result is the canonical text.
    Result<QUrl> normalize(const QUrl &url) const;
    /// Parses absolute URL text (tolerantly, as a browser would) and normalises it.
    Result<QUrl> normalize(const QString &text) const;

    /// Path and query as sent in the request line ("/" at least); this is the
    /// key that pairs the http:// and https:// fetch of one page.
    static QString pathAndQuery(const QUrl &url);

    const UrlNormalizerOptions &options() const { return m_options; }

private:
    QString normalizeQuery(const QString &query) const;
    QString stripPathParameters(const QString &path) const;
    bool isSessionParameter(const QString &name) const;

    UrlNormalizerOptions m_options;
};

} // namespace sslrec
