#pragma once

#include "compare/gumboarena.h"
#include "compare/htmlcondenser.h"

#include <memory>
#include <string_view>
#include <vector>

namespace sslrec {

/// A page condensed and parsed once, for every reader of its tree. For a
/// pair whose bodies differ, the crawl reads the HTTP page's links and the
/// comparator its normal form: from one parse instead of two.
///
/// It stands in for a reader's own parse only where that reader would have
/// parsed the same bytes: parse() refuses pages the condenser cannot take,
/// pages past HtmlNormalizer::kMaxInputBytes and pages the normaliser's
/// nesting guard would cut; each reader checks its own limits too (the
/// link extractor's input cap and nesting pre-scan) and parses for itself
/// where they would change the page.
class ParsedHtml
{
public:
    /// nullptr when the page cannot be shared (see above). @p html must
    /// outlive the result. Thread-safe; the result is read-only.
    static std::unique_ptr<ParsedHtml> parse(std::string_view html);

    ParsedHtml(const ParsedHtml &) = delete;
    ParsedHtml &operator=(const ParsedHtml &) = delete;

    std::string_view original() const { return m_original; }
    std::string_view condensed() const { return m_condensed.html; }
    const std::vector<HtmlCondenser::Run> &runs() const { return m_condensed.runs; }
    const GumboOutput *tree() const { return m_tree; }

private:
    ParsedHtml() = default;

    std::string_view m_original;
    HtmlCondenser::Output m_condensed;
    GumboArena m_arena; // owns every byte of m_tree
    GumboOutput *m_tree = nullptr;
};

} // namespace sslrec
