#pragma once

#include "compare/gumboarena.h"

#include <string_view>

namespace sslrec {

/// gumbo's tree, built without gumbo, by the HTML5 tree-construction rules
/// most pages need: implied html, head and body, head elements, implied end
/// tags (p, li, dd, dt, option), headings, forms, tables with their implied
/// tbody, tr and cell endings, select, plain svg and math, raw text, RCDATA
/// and script data, character references, reconstructing the active
/// formatting elements and the adoption agency (as gumbo 0.10.1 runs it).
/// gumbo reads every input one code point at a time; the condensed copies
/// the comparator parses (HtmlCondenser) are mostly tags and markers, which
/// this reads a tag at a time.
///
/// Where the rules would foster-parent a node out of a table, or handle
/// frames, templates, foreign content with HTML inside, quirks-dependent
/// cases and the few places where gumbo's versions differ, or where a value
/// might not decode as gumbo decodes it, it declines, and the caller parses
/// with gumbo as before.
/// tst_htmltreebuilder and fuzz_htmltreebuilder check that every tree it
/// builds is gumbo's. Thread-safe.
class HtmlTreeBuilder
{
public:
    /// The tree gumbo_parse_with_options() builds for @p html: the same
    /// elements with the same tags and namespaces, attributes (lower-cased
    /// names, decoded values, the first of a repeated name), text and
    /// whitespace nodes; or nullptr where it is not sure. Comments, the
    /// doctype's fields, parse flags and source positions are left out
    /// (no reader of the tree uses them); an element's original_tag is its
    /// start tag in @p html, which must outlive the tree. Everything else is
    /// allocated from @p arena.
    static GumboOutput *build(std::string_view html, GumboArena *arena);
};

} // namespace sslrec
