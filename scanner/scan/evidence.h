#pragma once

#include "core/mode.h"
#include "recommend/originevidence.h"
#include "scan/scanresult.h"

#include <optional>

namespace sslrec {

/// Summarises what a scan found about one origin into the evidence the
/// decision rules read: whether each scheme answered (robots.txt included,
/// when it was fetched: pass null otherwise), the TLS verdict, page counts
/// and the first differing pages, and whether every answer was a block.
OriginEvidence collectEvidence(const OriginResult &origin, const FetchResult *robotsHttp, const FetchResult *robotsHttps,
                               std::optional<Mode> currentMode);

} // namespace sslrec
