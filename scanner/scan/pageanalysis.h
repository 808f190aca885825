#pragma once

#include "core/result.h"
#include "fetch/fetchtypes.h"
#include "scan/scansettings.h"
#include "scan/scantypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace sslrec {

class ParsedHtml;

/// The scan engine's one seam to the analysis parts (crawl parsers, the
/// comparator): small functions over plain values, safe to call from worker
/// threads.

/// robots.txt as it applies to the scanner, for one origin (both schemes).
class RobotsRules
{
public:
    virtual ~RobotsRules() = default;
    /// Whether the scanner may fetch this path and query.
    virtual bool allows(const QString &pathAndQuery) const = 0;
    /// Absolute sitemap URLs announced with `Sitemap:`.
    virtual QStringList sitemaps() const = 0;
    /// One line for the report, e.g. "http: 3 rule(s) apply to sslrec; https: none (404)".
    virtual QString summary() const = 0;
    /// The rule that forbids a path ("Disallow: /private (line 4)"), empty when allowed.
    virtual QString disallowReason(const QString &pathAndQuery) const = 0;
};

/// Builds the rules from the robots.txt responses of both schemes.
std::shared_ptr<const RobotsRules> robotsFromResponses(const FetchResult &http, const FetchResult &https,
                                                       RobotsPolicy policy, const QString &userAgentToken);

/// What a fetched page links to.
struct LinkHarvest
{
    QList<QUrl> links;     ///< absolute URLs, resolved against the page (and <base>)
    QString title;         ///< the document title
    bool capped = false;   ///< the link cap was hit
};

/// Extracts crawlable links from an HTML body (a, area, iframe, frame, link
/// rel=alternate/canonical; never forms).
LinkHarvest extractPageLinks(const QByteArray &body, const QUrl &pageUrl);
/// The same from the page's tree, parsed once for the links and the comparison.
LinkHarvest extractPageLinks(const ParsedHtml &page, const QUrl &pageUrl);

/// Sitemap URLs and child sitemaps from a sitemap body (XML, index, text, gzip).
struct SitemapLinks
{
    QList<QUrl> pages;     ///< <url><loc> entries
    QList<QUrl> sitemaps;  ///< child sitemaps of an index
};
SitemapLinks parseSitemapBody(const QByteArray &body);

/// Normalises an absolute URL for deduplication; empty when it is not http(s)
/// or not acceptable (too long, ...).
QUrl normalizeUrl(const QUrl &url);
/// The part both schemes share: path and query, encoded ("/a?b=c").
QString pathAndQueryOf(const QUrl &url);

/// The verdict on one page pair, from the comparator.
struct PairJudgement
{
    PageVerdict verdict = PageVerdict::Error; ///< same, different, ...
    double score = 0;                         ///< similarity 0..1
    QString reason;                           ///< for people
    QString reasonCode;                       ///< stable code
    bool nearThreshold = false;               ///< a re-fetch of HTTP would sharpen the verdict
    QString title;                            ///< page title when HTML
};

/// Compares the two responses of a pair (both answered); \a httpRefetch is a
/// second HTTP response to measure the page's own noise, or null. When the
/// comparator decides without parsing (identical bytes, status rules), the
/// title is \a knownTitle if given (the link extractor's), else HTTP is
/// parsed for it. \a httpParsed, when given, is ParsedHtml::parse() of
/// HTTP's body: read instead of parsing that body again.
PairJudgement judgeContent(const FetchResult &http, const FetchResult &https, const FetchResult *httpRefetch,
                           const QString *knownTitle = nullptr, const ParsedHtml *httpParsed = nullptr);

/// The most requested distinct GET paths (and in-scope URLs) of an access
/// log in combined or common format, most requested first.
Result<QStringList> accessLogPaths(const QString &file, const QString &domain);

/// True when a response looks like a bot challenge or block page rather than content.
bool looksLikeBlock(const FetchResult &response);

} // namespace sslrec
