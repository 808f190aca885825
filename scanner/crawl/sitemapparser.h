#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <QStringList>

namespace sslrec {

/// Caps that keep a hostile sitemap from exhausting memory or time.
struct SitemapLimits
{
    qsizetype maxBytes = 10 * 1024 * 1024; ///< bytes parsed after decompression (sitemaps.org allows 50 MB; we need a sample)
    int maxUrls = 50000;                   ///< page URLs plus child sitemaps kept (sitemaps.org's own limit)
};

/// What one sitemap document holds.
struct SitemapContent
{
    enum class Kind {
        UrlSet,       ///< <urlset> of <url><loc>
        SitemapIndex, ///< <sitemapindex> of <sitemap><loc>
        Text,         ///< plain text, one URL per line
    };
    Kind kind = Kind::UrlSet; ///< which form the document had
    QStringList urls;         ///< page URLs (absolute http/https), document order, duplicates removed
    QStringList sitemaps;     ///< child sitemap URLs of an index; the caller fetches them
    bool capHit = false;      ///< a limit cut the document short: more URLs may exist
    bool compressed = false;  ///< the input was gzip
    int skipped = 0;          ///< <loc> values dropped: not absolute http(s) URLs
    QString warning;          ///< non-fatal problem, e.g. XML broken after some entries
};

/// Parses sitemaps (sitemaps.org protocol 0.9) from the bytes as fetched.
///
/// Gzip input is recognised by its magic bytes (1f 8b) whatever the URL or
/// Content-Type says, and inflated with zlib up to maxBytes, so a gzip bomb
/// stops there (capHit). XML is read with QXmlStreamReader, namespace-blind
/// (`urlset`, `sitemapindex`, `url`, `sitemap`, `loc` by local name); a
/// document type declaration is refused (sitemap.dtd) before anything in it
/// can be expanded, so an entity bomb never grows. A document whose first
/// non-blank character is not `<` is a text sitemap. Failures: sitemap.dtd,
/// sitemap.gzip (corrupt stream), sitemap.format (no urlset or sitemapindex
/// root), sitemap.malformed (XML error before any entry; after entries the
/// partial result is returned with a warning). Re-entrant.
Result<SitemapContent> parseSitemap(const QByteArray &data, const SitemapLimits &limits = {});

/// Inflates gzip data (several members allowed) to at most maxBytes.
/// Sets *capHit when output was cut. Failure code sitemap.gzip.
Result<QByteArray> gunzipCapped(const QByteArray &data, qsizetype maxBytes, bool *capHit = nullptr);

/// Remembers which sitemaps were fetched so that an index listing itself,
/// or two indexes listing each other, terminate; also bounds the total
/// number of sitemaps per scan. URLs are compared without fragment, with
/// scheme and host lower-cased. Thread-safe.
class SitemapVisitTracker
{
public:
    explicit SitemapVisitTracker(int maxSitemaps = 1000);

    /// True (and records url) the first time url is offered while the budget
    /// lasts; false for a repeat or once maxSitemaps were accepted.
    bool tryVisit(const QString &url);
    int visitedCount() const;
    bool budgetExhausted() const;

private:
    mutable QMutex m_mutex;
    QSet<QString> m_seen;
    int m_max;
    bool m_exhausted = false;
};

} // namespace sslrec
