#pragma once

#include "compare/normalizedcontent.h"

#include <QString>

#include <memory>

namespace sslrec {

/// Whether HTTPS serves the same page as HTTP.
enum class Verdict {
    Same,      ///< safe to serve this page over HTTPS
    Different, ///< HTTPS serves something else (or we could not confirm it is the same)
};

/// "same" / "different", as in the JSON outputs.
QString verdictName(Verdict verdict);

/// The measurements behind a verdict; -1 where a measure does not apply.
struct ComparisonDetails
{
    double textSimilarity = -1;  ///< 1 - Jaccard distance of masked visible-text 5-shingles
    double mainSimilarity = -1;  ///< share of main-content shingles found on the other side (worse direction)
    double tagSimilarity = -1;   ///< 1 - Jaccard distance of tag-sequence 5-shingles
    double noiseDistance = -1;   ///< HTTP vs HTTP re-fetch main-content difference, when measured
    bool titleSame = true;       ///< masked titles are equal
    bool normalizedEqual = false; ///< equal after masking (only noise differs)
};

/// The verdict on one HTTP/HTTPS pair, with a score and a reason a person can read.
struct PageComparison
{
    Verdict verdict = Verdict::Different; ///< Same or Different
    double score = 0;                     ///< 0..1, 1 = identical; >= 0.5 exactly when verdict is Same
    QString reason;                       ///< "HTTPS serves the nginx welcome page", "byte-identical", ...
    QString reasonCode;                   ///< stable id of the rule that decided, e.g. "https-placeholder"
    bool nearThreshold = false;           ///< close to the line: a re-fetch of HTTP would help
    ComparisonDetails details;            ///< sub-scores
    /// The normal forms the comparison computed or was given (null when it
    /// did not need them, e.g. for byte-identical bodies or a status rule).
    /// Put them in ComparedResponse::normalized for a later comparison of
    /// the same bodies (the re-fetch round) so no body is parsed twice.
    std::shared_ptr<const NormalizedContent> httpNormalized;
    std::shared_ptr<const NormalizedContent> httpsNormalized; ///< likewise for HTTPS
};

} // namespace sslrec
