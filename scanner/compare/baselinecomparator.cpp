#include "compare/baselinecomparator.h"

#include "compare/shingleset.h"

namespace sslrec {

namespace {

// The baseline reads the unmasked shingles, which the Comparator's normal
// forms leave out.
std::shared_ptr<const NormalizedContent> withRawShingles(const ComparedResponse &r)
{
    if (r.normalized && r.normalized->hasRawShingles)
        return r.normalized;
    NormalizeOptions options;
    options.displayText = false;
    ComparedResponse fresh = r;
    fresh.normalized.reset();
    return fresh.normalizedContent(options);
}

} // namespace

PageComparison BaselineComparator::compare(const ComparedResponse &http, const ComparedResponse &https,
                                           const ComparedResponse *httpRefetch) const
{
    const auto h = withRawShingles(http);
    const auto s = withRawShingles(https);
    PageComparison c;
    const double textDist = ShingleSet::jaccardDistance(h->rawShingles, s->rawShingles);
    const double tagDist = ShingleSet::jaccardDistance(h->tagShingles, s->tagShingles);
    c.details.textSimilarity = 1.0 - textDist;
    c.details.tagSimilarity = 1.0 - tagDist;
    c.score = 1.0 - textDist;
    c.nearThreshold = textDist > kTextThreshold;

    bool different = textDist > kTextThreshold;
    if (different && httpRefetch) {
        const auto r = withRawShingles(*httpRefetch);
        const double noise = ShingleSet::jaccardDistance(h->rawShingles, r->rawShingles);
        c.details.noiseDistance = noise;
        different = textDist - noise > kNoiseMargin;
    }
    different = different && tagDist > kTagThreshold;
    c.verdict = different ? Verdict::Different : Verdict::Same;
    c.reasonCode = different ? QStringLiteral("baseline-different") : QStringLiteral("baseline-same");
    c.reason = QStringLiteral("text distance %1, tag distance %2")
                   .arg(textDist, 0, 'f', 3)
                   .arg(tagDist, 0, 'f', 3);
    return c;
}

} // namespace sslrec
