#include "compare/htmlnormalizer.h"

#include "compare/gumboarena.h"
#include "compare/htmlcondenser.h"
#include "compare/htmlinputguard.h"
#include "compare/htmltreebuilder.h"
#include "compare/htmlwalker.h"
#include "compare/parsedhtml.h"

#include <gumbo.h>

namespace sslrec {

namespace {

void walkTree(const GumboOutput *tree, std::string_view html, const std::vector<HtmlCondenser::Run> *runs,
              std::string_view selfHost, const NormalizeOptions &options, NormalizedContent *out)
{
    HtmlWalker::Input input;
    input.selfHost = selfHost;
    input.original = html;
    input.runs = runs;
    input.displayText = options.displayText;
    input.rawShingles = options.rawShingles;
    HtmlWalker::walk(tree->document, input, out);
}

} // namespace

void HtmlNormalizer::normalize(std::string_view html, std::string_view selfHost, const NormalizeOptions &options,
                               NormalizedContent *out)
{
    out->kind = ContentKind::Html;
    if (html.size() > kMaxInputBytes) {
        html = html.substr(0, kMaxInputBytes);
        out->workCapped = true;
    }
    out->endsCleanly = HtmlInputGuard::endsCleanly(html);

    // The condensed copy has the same tree in a fraction of the bytes; the
    // tree builder reads it where it can, gumbo everywhere else.
    HtmlCondenser::Output condensed;
    const bool useCondensed = options.condense && HtmlCondenser::condense(html, &condensed);
    std::string_view parsed = useCondensed ? std::string_view(condensed.html) : html;
    if (const std::size_t cut = HtmlInputGuard::nestingCutoff(parsed, kNestingCutoffTags); cut < parsed.size()) {
        parsed = parsed.substr(0, cut);
        out->workCapped = true;
    }

    GumboArena arena;
    GumboOutput *tree = HtmlTreeBuilder::build(parsed, &arena);
    if (!tree) {
        const GumboOptions gumboOptions = arena.options();
        tree = gumbo_parse_with_options(&gumboOptions, parsed.data(), parsed.size());
    }
    walkTree(tree, html, useCondensed ? &condensed.runs : nullptr, selfHost, options, out);
    // No gumbo_destroy_output(): the arena owns every byte gumbo allocated.
}

void HtmlNormalizer::normalize(const ParsedHtml &page, std::string_view selfHost, const NormalizeOptions &options,
                               NormalizedContent *out)
{
    if (!options.condense) {
        normalize(page.original(), selfHost, options, out); // the plain parse was asked for
        return;
    }
    // ParsedHtml::parse() took only what the path above would parse as it did.
    out->kind = ContentKind::Html;
    out->endsCleanly = HtmlInputGuard::endsCleanly(page.original());
    walkTree(page.tree(), page.original(), &page.runs(), selfHost, options, out);
}

} // namespace sslrec
