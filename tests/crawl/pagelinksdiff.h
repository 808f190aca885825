#pragma once

#include "crawl/linkextractor.h"

#include <QString>

#include <algorithm>

namespace sslrec::testing {

/// The first way two extractions of one page differ, or "" when they agree.
/// One list for tst_linkextractor and fuzz_linkextractor, so a field added
/// to PageLinks or ExtractedLink is compared by both.
inline QString firstDifference(const PageLinks &a, const PageLinks &b)
{
    if (a.title != b.title)
        return QStringLiteral("title: \"%1\" vs \"%2\"").arg(a.title, b.title);
    if (a.baseUrl != b.baseUrl)
        return QStringLiteral("base: %1 vs %2").arg(a.baseUrl.toString(), b.baseUrl.toString());
    if (a.skipped != b.skipped || a.linkCapHit != b.linkCapHit || a.inputTruncated != b.inputTruncated
        || a.depthLimited != b.depthLimited)
        return QStringLiteral("skipped %1 vs %2, cap hit %3 vs %4, truncated %5 vs %6, depth limited %7 vs %8")
            .arg(a.skipped).arg(b.skipped)
            .arg(a.linkCapHit).arg(b.linkCapHit)
            .arg(a.inputTruncated).arg(b.inputTruncated)
            .arg(a.depthLimited).arg(b.depthLimited);
    for (qsizetype i = 0; i < std::max(a.links.size(), b.links.size()); ++i) {
        if (i >= a.links.size() || i >= b.links.size())
            return QStringLiteral("link %1 is missing on one side").arg(i);
        const ExtractedLink &x = a.links[i];
        const ExtractedLink &y = b.links[i];
        if (x.url != y.url || x.element != y.element || x.rel != y.rel || x.typeHint != y.typeHint
            || x.nofollow != y.nofollow)
            return QStringLiteral("link %1: %2 <%3 rel=%4 type=%5> vs %6 <%7 rel=%8 type=%9>")
                .arg(i)
                .arg(x.url.toString(), x.element, x.rel, x.typeHint, y.url.toString(), y.element, y.rel, y.typeHint);
    }
    return {};
}

} // namespace sslrec::testing
