#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sslrec {

/// Which robots.txt groups sslrec obeys.
enum class RobotsPolicy {
    ObeyAll,   ///< the groups naming the product token, else the `*` groups (RFC 9309)
    NamedOnly, ///< only groups naming the product token; `*` is ignored (owners auditing their own site)
};

/// Parsing parameters for RobotsTxt.
struct RobotsOptions
{
    QString productToken = QStringLiteral("sslrec"); ///< matched case-insensitively against user-agent lines
    RobotsPolicy policy = RobotsPolicy::ObeyAll;     ///< which groups apply
    qsizetype maxBytes = 512 * 1024;                 ///< bytes parsed; the rest is ignored (RFC: at least 500 KiB)
};

/// One allow or disallow line that applies to sslrec.
struct RobotsRule
{
    bool allow = false; ///< Allow (true) or Disallow (false)
    QByteArray pattern; ///< path pattern, percent-encoding normalised; may hold `*` and a final `$`
    int line = 0;       ///< 1-based line in robots.txt, for reports
};

/// The answer for one path, with the evidence a report can show.
struct RobotsDecision
{
    bool allowed = true; ///< may sslrec fetch the path
    QString reason;      ///< e.g. "Disallow: /private (line 4)", "robots.txt unreachable", empty when no rule applied
};

/// A parsed robots.txt (RFC 9309), reduced to the rules for one product token.
///
/// Parsing: an optional UTF-8 byte-order mark; CR, LF or CRLF line ends;
/// `#` comments; keys case-insensitive; lines without a colon or with unknown
/// keys ignored. A group is one or more `user-agent` lines followed by rules;
/// rules before any user-agent line are ignored. A user-agent value matches
/// when its product token (leading letters, `-` and `_`, so `sslrec/1.0`
/// counts) equals the options' token case-insensitively; all matching groups
/// are merged, else (ObeyAll only) all `*` groups. `Sitemap:` lines are
/// collected wherever they appear (absolute http(s) URLs only). The
/// non-standard `Crawl-delay` of the chosen groups is kept as a hint.
/// Input past maxBytes is ignored, including a partial last line.
///
/// Matching: the path and query are compared with percent-escapes of
/// unreserved characters decoded, other escapes upper-cased and non-ASCII
/// octets percent-encoded, on both sides; `*` matches any sequence and a
/// final `$` anchors the end. The longest matching pattern (in octets) wins,
/// Allow on a tie; no match allows. `/robots.txt` is always allowed. An empty
/// Disallow is no rule. Immutable after construction: safe to share.
class RobotsTxt
{
public:
    /// How the robots.txt fetch went (RFC 9309 2.3.1).
    enum class Availability {
        Parsed,      ///< 2xx: the rules below apply
        Unavailable, ///< 3xx left over or 4xx (except 429): everything is allowed
        Unreachable, ///< 5xx, 429, or no answer: everything is disallowed
    };

    /// Everything allowed, nothing parsed (as for a 404).
    RobotsTxt() = default;

    /// Parses a robots.txt body that was served with a 2xx status.
    static RobotsTxt parse(const QByteArray &body, const RobotsOptions &options = {});
    /// Applies RFC 9309's status rules: 2xx parses body, 3xx (redirects the
    /// fetcher did not follow) and 4xx allow all, 429, 5xx and status <= 0
    /// (network failure) disallow all. 429 counts as unreachable because the
    /// server asks us to back off, as Google's crawler also treats it.
    static RobotsTxt fromResponse(int httpStatus, const QByteArray &body, const RobotsOptions &options = {});

    /// The decision for a path with optional query ("/a/b?x=1"); a full URL
    /// is reduced to its path and query.
    RobotsDecision check(const QString &pathAndQuery) const;
    RobotsDecision check(const QUrl &url) const;
    bool isAllowed(const QString &pathAndQuery) const { return check(pathAndQuery).allowed; }

    Availability availability() const { return m_availability; }
    int httpStatus() const { return m_status; }                         ///< status given to fromResponse(), 0 otherwise
    bool namedGroupFound() const { return m_namedGroup; }               ///< a group named the product token
    const QList<RobotsRule> &rules() const { return m_rules; }          ///< the rules that apply, in file order
    const QStringList &sitemaps() const { return m_sitemaps; }          ///< Sitemap: URLs, first occurrence order
    std::optional<double> crawlDelaySeconds() const { return m_crawlDelay; } ///< from the chosen groups, if any
    bool truncated() const { return m_truncated; }                      ///< the body exceeded maxBytes

    /// Normalises a pattern or path for comparison (see class comment).
    static QByteArray canonicalPath(const QByteArray &utf8);
    /// RFC 9309 2.2.2 matching of one canonical path against one canonical pattern.
    static bool matches(const QByteArray &path, const QByteArray &pattern);

private:
    Availability m_availability = Availability::Unavailable;
    int m_status = 0;
    bool m_namedGroup = false;
    bool m_truncated = false;
    QList<RobotsRule> m_rules;
    QStringList m_sitemaps;
    std::optional<double> m_crawlDelay;
};

} // namespace sslrec
