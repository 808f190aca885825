#pragma once

#include "compare/contentnormalizer.h"
#include "compare/normalizedcontent.h"

#include <string_view>

namespace sslrec {

class ParsedHtml;

/// Normalises an HTML body from its HTML5 tree (HtmlTreeBuilder's, or
/// gumbo's where the builder declines): visible text (scripts, styles,
/// templates, noscript, comments left out) kept apart from the tag skeleton,
/// the title, scheme-neutral links, masked volatile tokens and CSRF/nonce
/// values, and the main-content block. Work is bounded (input size, nesting
/// depth, node count) so hostile input cannot blow it up. Re-entrant.
class HtmlNormalizer
{
public:
    static constexpr std::size_t kMaxInputBytes = 8 * 1024 * 1024; ///< tail past this is ignored
    static constexpr int kMaxDepth = 256;                          ///< deeper subtrees are ignored
    static constexpr int kMaxElements = 200000;                    ///< elements past this are ignored
    static constexpr int kNestingCutoffTags = kMaxDepth * 4;       ///< HtmlInputGuard::nestingCutoff() limit

    /// Fills the HTML-specific fields of @p out (kind, title, text, shingles,
    /// links, masked tokens, placeholder, endsCleanly, workCapped, hash).
    /// @p selfHost is the page's host name, used to make self-links relative.
    static void normalize(std::string_view html, std::string_view selfHost, const NormalizeOptions &options,
                          NormalizedContent *out);

    /// The same from a page already parsed (ParsedHtml::parse() of the same
    /// bytes): the same result, without parsing again.
    static void normalize(const ParsedHtml &page, std::string_view selfHost, const NormalizeOptions &options,
                          NormalizedContent *out);
};

} // namespace sslrec
