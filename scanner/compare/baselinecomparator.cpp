#include "compare/baselinecomparator.h"

#include "compare/shingleset.h"

namespace sslrec {

PageComparison BaselineComparator::compare(const ComparedResponse &http, const ComparedResponse &https,
                                           const ComparedResponse *httpRefetch) const
{
    const auto h = http.normalizedContent();
    const auto s = https.normalizedContent();
    PageComparison c;
    const double textDist = ShingleSet::jaccardDistance(h->rawShingles, s->rawShingles);
    const double tagDist = ShingleSet::jaccardDistance(h->tagShingles, s->tagShingles);
    c.details.textSimilarity = 1.0 - textDist;
    c.details.tagSimilarity = 1.0 - tagDist;
    c.score = 1.0 - textDist;
    c.nearThreshold = textDist > kTextThreshold;

    bool different = textDist > kTextThreshold;
    if (different && httpRefetch) {
        const auto r = httpRefetch->normalizedContent();
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
