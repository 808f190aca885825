#pragma once

#include "compare/comparedresponse.h"
#include "compare/pagecomparison.h"

namespace sslrec {

/// The published reference method (Paracha et al., "A Deeper Look at Web
/// Content Availability and Consistency over HTTP/S", TMA 2020), kept to
/// measure sslrec's Comparator against: visible-text word 5-shingles
/// (unmasked), Jaccard distance > 0.1 flags a difference; with a re-fetch it
/// is kept only if it exceeds the HTTP-vs-HTTP distance by 0.1; and it must
/// be backed by a tag-sequence 5-shingle distance > 0.4. It ignores status
/// codes, content types and main content on purpose. Thread-safe.
class BaselineComparator
{
public:
    static constexpr double kTextThreshold = 0.1;
    static constexpr double kNoiseMargin = 0.1;
    static constexpr double kTagThreshold = 0.4;

    PageComparison compare(const ComparedResponse &http, const ComparedResponse &https,
                           const ComparedResponse *httpRefetch = nullptr) const;
};

} // namespace sslrec
