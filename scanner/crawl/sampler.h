#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace sslrec {

/// Where a candidate URL came from; earlier values are trusted more.
enum class UrlSource {
    Seed,      ///< given by the user
    AccessLog, ///< requested by real visitors
    Sitemap,   ///< listed by the site
    Crawl,     ///< found in a page's links
};

/// One URL the sampler may pick.
struct SampleCandidate
{
    QUrl url;                          ///< absolute URL on the origin, ideally normalised (UrlNormalizer)
    UrlSource source = UrlSource::Crawl; ///< provenance
    QString contentType;               ///< MIME type if known (e.g. from a link's type), "" otherwise
};

/// Sample size and limits.
struct SamplerOptions
{
    int maxPages = 100;        ///< pages picked at most
    int maxQueryVariants = 3;  ///< distinct queries of one path (the bare path counts as one)
    int maxDepth = 12;         ///< path segments at most; deeper candidates are dropped
};

/// Picks a representative sample of one origin's URLs instead of the first N.
///
/// Candidates are keyed by path and query (scheme ignored: both are fetched);
/// duplicates merge, keeping the most trusted source and any content type.
/// Order of the result: `/` first (made up from the candidates' origin when
/// none lists it), then seeds in their given order, then the rest in rounds:
/// candidates are grouped by first path segment ("section"), and each round
/// takes one from every section, largest sections first; within a section
/// the turns rotate over types (content type, else file extension, else
/// "page"), and each type queue is ordered shallowest first, then without
/// query before with, then by source, then by text. Sections and types are
/// sorted, so the result depends on the candidates, not on their order
/// (except which duplicate's URL is kept and the order of seeds). Paths
/// deeper than maxDepth are dropped, and only maxQueryVariants queries per
/// path are kept (most trusted, then shortest). Re-entrant.
QList<SampleCandidate> pickSample(const QList<SampleCandidate> &candidates, const SamplerOptions &options = {});

/// The type key pickSample() spreads over: lower-case MIME type without
/// parameters if given, else the last segment's extension ("pdf"), else "".
QString sampleTypeKey(const SampleCandidate &candidate);

} // namespace sslrec
