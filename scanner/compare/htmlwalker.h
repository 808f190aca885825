#pragma once

#include "compare/normalizedcontent.h"

#include <string_view>

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
    static void walk(const GumboInternalNode *document, std::string_view selfHost, NormalizedContent *out);
};

} // namespace sslrec
