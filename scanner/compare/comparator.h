#pragma once

#include "compare/comparedresponse.h"
#include "compare/pagecomparison.h"

namespace sslrec {

/// Decides whether HTTPS serves the same page as HTTP. Errs towards
/// "different": a false "same" moves a site to HTTPS where it breaks.
/// Looks at status codes and redirects, content types, known default /
/// parked / error pages, truncation, and for HTML the main content apart
/// from the site template; volatile tokens are masked. Const and
/// thread-safe: one instance can serve many threads.
class Comparator
{
public:
    /// Tunable lines; the defaults are calibrated on tests/compare's corpus.
    struct Options
    {
        double mainThreshold = 0.12;       ///< main-content difference above this is "different"
        double mainThresholdTitleDiffers = 0.05; ///< ... when the titles differ too
        double textThreshold = 0.3;        ///< whole visible-text distance above this is "different"
        double tagThreshold = 0.7;         ///< tag-skeleton distance that, with some text change, is "different"
        double plainTextThreshold = 0.1;   ///< text types (CSS, JS, JSON, ...): distance above this is "different"
        double noiseMargin = 0.1;          ///< with a re-fetch: must exceed HTTP-vs-HTTP noise by this much
        double maxNoiseAllowance = 0.5;    ///< never call pages "same" past this difference, whatever the noise
        int minRemovedRun = 12;            ///< this many consecutive main-text shingles gone over HTTPS (about 8 words) is a difference
    };

    Comparator() = default;
    explicit Comparator(const Options &options) : m_options(options) {}

    /// Compares @p http with @p https. @p httpRefetch, a second HTTP fetch
    /// of the same URL, measures the page's own noise; pass it when a
    /// previous call said nearThreshold (it is parsed only when the pair is
    /// near the line). Byte-identical bodies are never parsed. The normal
    /// forms used come back in the result for reuse.
    PageComparison compare(const ComparedResponse &http, const ComparedResponse &https,
                           const ComparedResponse *httpRefetch = nullptr) const;

private:
    PageComparison compareBodies(const NormalizedContent &http, const NormalizedContent &https,
                                 const ComparedResponse *refetch) const;
    PageComparison compareHtml(const NormalizedContent &http, const NormalizedContent &https,
                               const ComparedResponse *refetch) const;
    PageComparison compareText(const NormalizedContent &http, const NormalizedContent &https,
                               const ComparedResponse *refetch) const;

    Options m_options;
};

} // namespace sslrec
