#pragma once

#include "fetch/fetchtypes.h"
#include "scan/pageanalysis.h"

#include <optional>

namespace sslrec {

/// The verdicts on a page pair that need no content comparison: a side that
/// failed, HTTPS answering 4xx/5xx where HTTP works, and an HTTP redirect to
/// the same URL on https. Nothing when the contents must be compared.
std::optional<PairJudgement> judgeResponses(const FetchResult &http, const FetchResult &https, const QString &host,
                                            const QString &pathAndQuery, quint16 httpsPort);

/// 401, 403 and 429: the answers of an origin that blocks the scanner.
bool isBlockStatus(int status);
/// "200 OK", or "timeout (no response within 3000 ms)" for a failure.
QString statusText(const FetchResult &response);

} // namespace sslrec
