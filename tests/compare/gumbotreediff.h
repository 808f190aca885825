#pragma once

// Compares two gumbo trees the way every reader of sslrec's trees sees them
// (htmlwalker.cpp, linkextractor.cpp): node types, element tags,
// namespaces and names, attributes in order with their values, text. Left
// out: comments, source positions, parse flags, the doctype. Used by
// tst_htmltreebuilder and fuzz_htmltreebuilder to hold HtmlTreeBuilder to
// gumbo's own parse. No Qt, so the fuzzer can use it.

#include <gumbo.h>

#include <cctype>
#include <string>
#include <vector>

namespace sslrec::testing {

inline std::string gumboNodeName(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT: return "#document";
    case GUMBO_NODE_TEXT: return "#text \"" + std::string(node->v.text.text) + "\"";
    case GUMBO_NODE_WHITESPACE: return "#whitespace \"" + std::string(node->v.text.text) + "\"";
    case GUMBO_NODE_CDATA: return "#cdata";
    case GUMBO_NODE_COMMENT: return "#comment";
    case GUMBO_NODE_TEMPLATE: return "<template>";
    case GUMBO_NODE_ELEMENT: break;
    }
    const GumboElement &e = node->v.element;
    if (e.tag != GUMBO_TAG_UNKNOWN)
        return std::string("<") + gumbo_normalized_tagname(e.tag) + ">";
    GumboStringPiece name = e.original_tag;
    gumbo_tag_from_original_text(&name);
    std::string s = "<";
    for (std::size_t i = 0; i < name.length; ++i)
        s.push_back(char(std::tolower(static_cast<unsigned char>(name.data[i]))));
    return s + ">";
}

// The children a reader walks: comments left out.
inline std::vector<const GumboNode *> gumboChildren(const GumboNode *node)
{
    const GumboVector &v = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    std::vector<const GumboNode *> out;
    for (unsigned i = 0; i < v.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(v.data[i]);
        if (child->type != GUMBO_NODE_COMMENT)
            out.push_back(child);
    }
    return out;
}

// Empty when the trees are the same; else where and how they first differ.
inline std::string firstTreeDifference(const GumboNode *expected, const GumboNode *actual)
{
    struct Pair
    {
        const GumboNode *a, *b;
        std::string path; // of the parent
    };
    std::vector<Pair> pending{{expected, actual, {}}};
    while (!pending.empty()) {
        const Pair p = std::move(pending.back());
        pending.pop_back();
        const GumboNode *a = p.a, *b = p.b;
        const std::string at = p.path + (p.path.empty() ? "" : " ") + gumboNodeName(a);
        if (a->type != b->type || gumboNodeName(a) != gumboNodeName(b))
            return p.path + ": expected " + gumboNodeName(a) + ", built " + gumboNodeName(b);
        if (a->type != GUMBO_NODE_ELEMENT && a->type != GUMBO_NODE_DOCUMENT && a->type != GUMBO_NODE_TEMPLATE)
            continue;
        if (a->type != GUMBO_NODE_DOCUMENT) {
            const GumboElement &ea = a->v.element;
            const GumboElement &eb = b->v.element;
            if (ea.tag_namespace != eb.tag_namespace)
                return at + ": namespace differs";
            if (ea.attributes.length != eb.attributes.length)
                return at + ": " + std::to_string(ea.attributes.length) + " attributes expected, "
                       + std::to_string(eb.attributes.length) + " built";
            for (unsigned i = 0; i < ea.attributes.length; ++i) {
                const auto *x = static_cast<const GumboAttribute *>(ea.attributes.data[i]);
                const auto *y = static_cast<const GumboAttribute *>(eb.attributes.data[i]);
                if (std::string(x->name) != y->name || std::string(x->value) != y->value || x->attr_namespace != y->attr_namespace)
                    return at + ": attribute " + x->name + "=\"" + x->value + "\" expected, " + y->name + "=\"" + y->value
                           + "\" built";
            }
        }
        const std::vector<const GumboNode *> ca = gumboChildren(a);
        const std::vector<const GumboNode *> cb = gumboChildren(b);
        for (std::size_t i = 0; i < ca.size() && i < cb.size(); ++i) {
            if (gumboNodeName(ca[i]) != gumboNodeName(cb[i]) || ca[i]->type != cb[i]->type)
                return at + " child " + std::to_string(i) + ": expected " + gumboNodeName(ca[i]) + ", built "
                       + gumboNodeName(cb[i]);
        }
        if (ca.size() != cb.size())
            return at + ": " + std::to_string(ca.size()) + " children expected, " + std::to_string(cb.size()) + " built"
                   + (ca.size() > cb.size() ? " (next expected: " + gumboNodeName(ca[cb.size()]) + ")"
                                            : " (next built: " + gumboNodeName(cb[ca.size()]) + ")");
        for (std::size_t i = ca.size(); i-- > 0;)
            pending.push_back({ca[i], cb[i], at + "[" + std::to_string(i) + "]"});
    }
    return {};
}

} // namespace sslrec::testing
