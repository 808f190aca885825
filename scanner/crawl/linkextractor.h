#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace sslrec {

class ParsedHtml;

/// Caps for LinkExtractor; each one bounds time or memory on hostile pages.
struct LinkExtractorOptions
{
    int maxLinks = 5000;                   ///< distinct links kept per page (linkCapHit when reached)
    qsizetype maxInputBytes = 2 * 1024 * 1024; ///< HTML bytes parsed, the rest ignored (inputTruncated); gumbo needs ~1 s per MiB of tiny tags
    int maxNesting = 256;                  ///< element nesting let through to the parser (depthLimited)
    /// Parse HtmlCondenser's copy of the page: the same tree, with text runs
    /// as markers and the attributes links never use dropped, so gumbo reads
    /// about half the bytes. false parses the page as it is (tests and the
    /// fuzz target compare the two).
    bool condense = true;
    /// Read the page with scanLinkElements() (the tokenizer alone) first;
    /// gumbo parses it only when that declines (crawl/htmllinkscan.h). The
    /// result is the same; false always parses (tests and the fuzz target
    /// compare the two).
    bool tokenizerFirst = true;
};

/// One crawlable reference found in a page.
struct ExtractedLink
{
    QUrl url;           ///< absolute http(s) URL, resolved against the base, fragment removed, not normalised
    QString element;    ///< "a", "area", "link", "iframe" or "frame"
    QString rel;        ///< rel attribute, lower-cased and space-collapsed ("" if none)
    QString typeHint;   ///< type attribute as given (e.g. "application/rss+xml"), "" if none
    bool nofollow = false; ///< rel contains nofollow: recorded, still crawlable (see extractLinks)
};

/// What one HTML page links to.
struct PageLinks
{
    QString title;              ///< text of the first <title>, whitespace collapsed, at most 1024 characters
    QUrl baseUrl;               ///< URL relative references were resolved against
    QList<ExtractedLink> links; ///< distinct URLs in document order
    int skipped = 0;            ///< distinct references dropped: other schemes (mailto:, javascript:, ...) or unparsable
    bool linkCapHit = false;    ///< maxLinks reached: the page has more links
    bool inputTruncated = false; ///< the page was longer than maxInputBytes
    bool depthLimited = false;  ///< start tags nested deeper than maxNesting were dropped before parsing
};

/// Extracts crawlable links from HTML with gumbo (HTML5 parsing rules).
///
/// Followed: `a[href]`, `area[href]`, `link[href]` whose rel contains
/// `canonical` or `alternate` (but not `stylesheet`: alternate style sheets
/// are not pages), `iframe[src]`, `frame[src]`. Never forms, scripts,
/// images or style sheets: sslrec only issues GETs a visitor's browser would
/// navigate to. The first `<base href>` (if http/https) replaces pageUrl as
/// the base. Empty and fragment-only references (the page itself) are
/// dropped silently.
///
/// rel=nofollow is recorded on the link but does not exclude it: nofollow is
/// a ranking hint for search engines, while robots.txt is the owner's access
/// control and is applied separately; the crawler may rank nofollow links
/// lower.
///
/// Unless options.condense is false, gumbo parses HtmlCondenser's copy of the
/// page (a page the condenser declines is parsed as it is): the title's text
/// and every attribute read here survive condensing unchanged.
///
/// Bounds: input beyond maxInputBytes is cut; a linear pre-scan drops start
/// tags nested deeper than maxNesting (gumbo's tree building is quadratic in
/// nesting depth, and 100,000 nested tags would otherwise take minutes); the
/// tree is walked iteratively; gumbo allocates from an arena released in one
/// piece, so no recursion anywhere depends on the page's depth. Re-entrant.
PageLinks extractLinks(const QByteArray &html, const QUrl &pageUrl, const LinkExtractorOptions &options = {});

/// The same from a page already parsed (ParsedHtml::parse() of the page):
/// reads its tree when this function would have parsed those very bytes,
/// else parses the page itself. The result is extractLinks(html)'s.
PageLinks extractLinks(const ParsedHtml &page, const QUrl &pageUrl, const LinkExtractorOptions &options = {});

/// The pre-scan used by extractLinks, exposed for tests and fuzzing: copies
/// html without the start tags that would nest deeper than maxNesting.
/// Tags carrying links (a, area, link, frame, iframe, base) and the title
/// are never dropped. Over-estimates depth rather than under-estimating it.
QByteArray limitNesting(const QByteArray &html, int maxNesting, bool *limited = nullptr);

} // namespace sslrec
