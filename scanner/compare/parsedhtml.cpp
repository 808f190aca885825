#include "compare/parsedhtml.h"

#include "compare/htmlinputguard.h"
#include "compare/htmlnormalizer.h"
#include "compare/htmltreebuilder.h"

namespace sslrec {

std::unique_ptr<ParsedHtml> ParsedHtml::parse(std::string_view html)
{
    if (html.size() > HtmlNormalizer::kMaxInputBytes)
        return nullptr;
    std::unique_ptr<ParsedHtml> page(new ParsedHtml);
    page->m_original = html;
    if (!HtmlCondenser::condense(html, &page->m_condensed))
        return nullptr;
    const std::string_view condensed = page->m_condensed.html;
    if (HtmlInputGuard::nestingCutoff(condensed, HtmlNormalizer::kNestingCutoffTags) < condensed.size())
        return nullptr;
    page->m_tree = HtmlTreeBuilder::build(condensed, &page->m_arena);
    if (!page->m_tree) {
        const GumboOptions options = page->m_arena.options();
        page->m_tree = gumbo_parse_with_options(&options, condensed.data(), condensed.size());
    }
    if (!page->m_tree || !page->m_tree->document)
        return nullptr;
    return page;
}

} // namespace sslrec
