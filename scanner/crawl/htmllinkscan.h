#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace sslrec {

/// An element the link rules read (a, area, link, iframe, frame, base) that
/// has the attribute they follow (src for iframe and frame, href for the
/// others), with the values they read, decoded as the HTML tokenizer decodes
/// them. What extractLinks() turns into links, whichever way it was found.
struct LinkElement
{
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::string reference; ///< the href or src value
    std::string rel;       ///< "" when absent
    std::string type;      ///< "" when absent
};

/// The HTML elements of a page that extractLinks() reads, in tree order.
struct LinkElements
{
    std::vector<LinkElement> elements;
    bool titleSeen = false; ///< the page has a title element
    std::string title;      ///< the first title's text, decoded, not yet collapsed
};

/// Finds a page's link elements and title with the HTML5 tokenizer's rules
/// alone, without building a tree (linear, no allocation per tag). Gumbo's
/// tree holds these elements in the order their start tags come, except
/// where the tree builder moves, drops or re-namespaces elements or switches
/// the tokenizer for reasons of its own: foster parenting (a link directly
/// inside a table, outside its cells), select with more than options, svg
/// and math content beyond plain elements and text (inline icons are
/// plain, and hold no HTML link), templates, framesets and frames, "</>",
/// plaintext. Where a page has any
/// of those, or a value this scan cannot decode exactly as gumbo does (a
/// character reference outside htmlcharacters' table, a control character,
/// invalid UTF-8, a NUL, an attribute name given twice), it returns false and
/// leaves the page to gumbo. When it returns true, @p out holds what reading
/// gumbo's tree of @p html finds (tst_linkextractor and fuzz_linkextractor
/// compare the two). Thread-safe.
bool scanLinkElements(std::string_view html, LinkElements *out);

} // namespace sslrec
