// Differential fuzzing of HtmlTreeBuilder (compare/htmltreebuilder): the
// comparator and the crawl read its tree in place of gumbo's, so wherever it
// builds one, that tree must be gumbo's for the same bytes. Each input is
// checked as it is and as the condenser's copy (what the comparator hands
// to the builder). A builder that declines is never a finding.
// Input: one HTML document.
#include "fuzzcheck.h"

#include "compare/htmlcondenser.h"
#include "compare/htmltreebuilder.h"
#include "../compare/gumbotreediff.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

using namespace sslrec;

namespace {

void check(std::string_view html, const char *what)
{
    GumboArena ours;
    const GumboOutput *built = HtmlTreeBuilder::build(html, &ours);
    if (!built)
        return;
    GumboArena theirs;
    const GumboOptions options = theirs.options();
    const GumboOutput *expected = gumbo_parse_with_options(&options, html.data(), html.size());
    const std::string difference = testing::firstTreeDifference(expected->document, built->document);
    if (!difference.empty())
        std::fprintf(stderr, "%s: the built tree differs from gumbo's: %s\n", what, difference.c_str());
    FUZZ_CHECK(difference.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view html(reinterpret_cast<const char *>(data), size);
    check(html, "as it is");
    HtmlCondenser::Output condensed;
    if (HtmlCondenser::condense(html, &condensed))
        check(condensed.html, "condensed");
    return 0;
}
