#pragma once

#include "compare/contentnormalizer.h"

namespace sslrec::testing {

/// The first field in which two normal forms of one page differ, or null
/// when they agree. One list for tst_htmlcondenser and fuzz_condenser, so a
/// field added to NormalizedContent is compared by both.
inline const char *firstDifference(const NormalizedContent &a, const NormalizedContent &b)
{
    if (a.text != b.text)
        return "text";
    if (a.title != b.title)
        return "title";
    if (!(a.textShingles == b.textShingles))
        return "textShingles";
    if (!(a.mainShingles == b.mainShingles))
        return "mainShingles";
    if (a.contentSequence != b.contentSequence)
        return "contentSequence";
    if (!(a.rawShingles == b.rawShingles))
        return "rawShingles";
    if (!(a.tagShingles == b.tagShingles))
        return "tagShingles";
    if (a.links != b.links)
        return "links";
    if (a.maskedTokens.size() != b.maskedTokens.size())
        return "maskedTokens";
    if (a.placeholder != b.placeholder)
        return "placeholder";
    if (a.wordCount != b.wordCount)
        return "wordCount";
    if (a.mainWordCount != b.mainWordCount)
        return "mainWordCount";
    if (a.normalizedHash != b.normalizedHash)
        return "normalizedHash"; // last: the fields above say what differs
    return nullptr;
}

} // namespace sslrec::testing
