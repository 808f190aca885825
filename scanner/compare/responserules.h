#pragma once

#include "compare/comparedresponse.h"
#include "compare/pagecomparison.h"

#include <optional>

namespace sslrec {

/// The parts of a comparison decided without looking at content: status
/// codes, redirects, media types; and the wording shared by the comparators.
class ResponseRules
{
public:
    /// A verdict from status codes and redirects alone, or nullopt when the
    /// bodies must decide.
    static std::optional<PageComparison> byStatus(const ComparedResponse &http, const ComparedResponse &https);

    /// A verdict from the media types alone (html vs other, css vs js, ...),
    /// or nullopt when they agree.
    static std::optional<PageComparison> byMediaType(const NormalizedContent &http, const NormalizedContent &https);

    /// "only a timestamp and a token differ": names the masked-token
    /// categories whose values differ between two normal forms.
    static QString noiseDescription(const NormalizedContent &a, const NormalizedContent &b);

    /// A Different (score 0) with a reason and code.
    static PageComparison different(QString reason, QString code, double score = 0);
    /// A Same with a reason and code.
    static PageComparison same(QString reason, QString code, double score = 1);
};

} // namespace sslrec
