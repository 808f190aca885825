#pragma once

#include "compare/htmlcondenser.h"
#include "compare/normalizedcontent.h"

#include <string_view>
#include <vector>

struct GumboInternalNode; // GumboNode, from <gumbo.h>; kept out of this header

namespace sslrec {

/// Walks a gumbo document tree once, iteratively (no recursion, so depth
/// cannot overflow the stack), and fills a NormalizedContent: masked text
/// blocks, raw words for the baseline, tag skeleton, title, head fields,
/// scheme-neutral links, main content and placeholder detection. Honours
/// HtmlNormalizer's depth and element caps.
class HtmlWalker
{
public:
    /// What the walk needs besides the tree.
    struct Input
    {
        std::string_view selfHost;                            ///< the page's host name (self-links)
        std::string_view original;                            ///< the document as fetched
        const std::vector<HtmlCondenser::Run> *runs = nullptr; ///< text behind the condenser's markers; null when gumbo parsed the original
        bool displayText = true;                              ///< fill NormalizedContent::text
        bool rawShingles = true;                              ///< fill NormalizedContent::rawShingles
    };

    static void walk(const GumboInternalNode *document, const Input &input, NormalizedContent *out);
};

} // namespace sslrec
