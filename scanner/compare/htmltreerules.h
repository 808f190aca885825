#pragma once

#include <gumbo.h>

// The tag and attribute lists of the HTML5 tree-construction rules that
// HtmlTreeBuilder (htmltreebuilder.h) follows, as Debian's gumbo 0.10.1 has
// them: which elements are special, close implied end tags, bound a scope,
// make the rules reconstruct formatting, and how foreign attributes are
// renamed. Kept apart from the builder's state machine so that they can be
// read against gumbo's lists. Internal to scanner/compare.
namespace sslrec::treerules {

// The kinds of "has an element in ... scope".
enum class Scope : char { Default, ListItem, Button, Table };

bool isHeading(GumboTag tag);
// "generate implied end tags": dd, dt, li, optgroup, option, p, rb, rp, rt, rtc.
bool hasImpliedEndTag(GumboTag tag);
bool isTableSection(GumboTag tag);
// Elements whose place in gumbo 0.10's "in body" lists may differ from the
// current specification's: where the answer depends on it, the builder declines.
bool isUnsettled(GumboTag tag);
// Start tags before which the "in body" rules reconstruct the active formatting elements.
bool reconstructsFormatting(GumboTag tag);
// The "special" category (gumbo 0.10's list).
bool isSpecial(GumboTag tag);
bool isScopeBoundary(GumboTag tag, Scope scope);
// Renames a foreign element's attribute (viewBox, definitionURL, xlink:href
// into the XLink namespace, ...); false where gumbo 0.10 might rename it
// otherwise (another prefixed name).
bool adjustForeignAttribute(GumboNamespaceEnum ns, GumboAttribute *attribute);

} // namespace sslrec::treerules
