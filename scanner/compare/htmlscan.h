#pragma once

#include "compare/asciitext.h"

#include <gumbo.h>

#include <cstddef>
#include <string_view>

// Scanners shared by the HTML condenser (htmlcondenser.h) and the link
// tokenizer (crawl/htmllinkscan.h): how tags split into attributes, where
// the tokenizer's raw-text, RCDATA, script-data and comment states end, and
// which element names the tree builder treats specially. They read the
// input only; their callers decide what to make of it.
namespace sslrec::htmlscan {

// One past the first @p c from @p from, or in.size() when there is none.
inline std::size_t skipTo(std::string_view in, std::size_t from, char c)
{
    const std::size_t at = in.find(c, from);
    return at == std::string_view::npos ? in.size() : at + 1;
}

// Where the tag name starting at in[i] ends.
inline std::size_t tagNameEnd(std::string_view in, std::size_t i)
{
    while (i < in.size() && !ascii::isHtmlSpace(static_cast<unsigned char>(in[i])) && in[i] != '/' && in[i] != '>')
        ++i;
    return i;
}

// The element a tag name stands for, ASCII case folded as the tokenizer
// folds it: gumbo's own perfect hash, one look-up instead of a string
// comparison per special name (this runs for every tag of every page).
// GUMBO_TAG_UNKNOWN for any other name.
inline GumboTag tagOf(std::string_view name)
{
    return name.empty() || name.size() > 32 ? GUMBO_TAG_UNKNOWN
                                            : gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
}

// The elements the tree builder keeps in its list of active formatting elements.
inline bool isFormattingElement(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR: case GUMBO_TAG_S: case GUMBO_TAG_SMALL:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG: case GUMBO_TAG_TT: case GUMBO_TAG_U:
        return true;
    default:
        return false;
    }
}

// One attribute of a tag, as the tokenizer's attribute states split it.
struct AttributeSpan
{
    std::string_view name;
    std::size_t start;      // its first byte (of the name)
    std::size_t valueStart; // first byte of the value, inside any quotes
    std::size_t valueEnd;   // one past the value; == valueStart when empty or absent
    std::size_t end;        // one past the attribute, closing quote included
};

// Splits the attributes of a tag from in[i] (just past its name) as the
// tokenizer does, calling onAttribute(const AttributeSpan &) for each (in
// source order, repeated names too). Returns one past the tag's '>' (setting
// *selfClosing for "/>"), or npos when the input ends inside the tag: the
// tokenizer then drops it.
template<typename OnAttribute>
std::size_t splitAttributes(std::string_view in, std::size_t i, bool *selfClosing, OnAttribute &&onAttribute)
{
    const std::size_t n = in.size();
    const auto space = [&](std::size_t k) { return ascii::isHtmlSpace(static_cast<unsigned char>(in[k])); };
    for (;;) {
        while (i < n && space(i))
            ++i;
        if (i >= n)
            return std::string_view::npos;
        if (in[i] == '>')
            return i + 1;
        if (in[i] == '/') {
            if (i + 1 < n && in[i + 1] == '>') {
                *selfClosing = true;
                return i + 2;
            }
            ++i;
            continue;
        }
        // The first character is part of the name even when it is '='.
        AttributeSpan a{{}, i++, 0, 0, 0};
        while (i < n && !space(i) && in[i] != '/' && in[i] != '>' && in[i] != '=')
            ++i;
        a.name = in.substr(a.start, i - a.start);
        a.valueStart = a.valueEnd = a.end = i;
        std::size_t j = i;
        while (j < n && space(j))
            ++j;
        if (j < n && in[j] == '=') {
            ++j;
            while (j < n && space(j))
                ++j;
            if (j >= n)
                return std::string_view::npos;
            if (in[j] == '"' || in[j] == '\'') {
                const std::size_t close = in.find(in[j], j + 1);
                if (close == std::string_view::npos)
                    return std::string_view::npos;
                a.valueStart = j + 1;
                a.valueEnd = close;
                a.end = close + 1;
            } else {
                std::size_t end = j;
                while (end < n && !space(end) && in[end] != '>')
                    ++end;
                a.valueStart = j;
                a.valueEnd = a.end = end;
            }
            i = a.end;
        }
        onAttribute(static_cast<const AttributeSpan &>(a));
    }
}

// RAWTEXT and RCDATA end at the first "</name" followed by whitespace, '/'
// or '>'; in.size() when there is none.
std::size_t rawTextEnd(std::string_view in, std::size_t from, std::string_view lowerName);

// Script data, with its escaped ("<!--") and double-escaped ("<!--<script>")
// states: where it ends at "</script", or in.size().
std::size_t scriptDataEnd(std::string_view in, std::size_t from);

// Where a comment starting at "<!--" ends (one past its '>'), per the
// comment states of the tokenizer: "<!-->", "<!--->", "-->", "--!>".
std::size_t commentEnd(std::string_view in, std::size_t lt);

// How decode() reads a piece of the input.
enum class Decode {
    Data,           // text in the data state and RCDATA: character references, CR
    AttributeValue, // the same, but "&name=" is never a reference ("?a=1&copy=2")
    RawText,        // raw text and script data: no references
};

// Appends in[from, to) as gumbo's tokenizer delivers it (character
// references decoded, CR and CRLF as LF; markers of the condenser's planes
// kept). false where gumbo might read it differently: a reference
// htmlchars::charRef() leaves to gumbo (a numeric one without ';', one
// that means whitespace), NUL, other control characters, invalid UTF-8 and
// noncharacters. Callers decline then and let gumbo parse the page.
bool decode(std::string_view in, std::size_t from, std::size_t to, Decode mode, std::string *out);

// Tags that end foreign content, or bring HTML parsing into it, or switch
// the tokenizer: an svg or math element holding one is not plain.
bool breaksForeignContent(std::string_view name);

// Integration points: their content is parsed as HTML; plain only with text.
bool integrationPoint(std::string_view name);

} // namespace sslrec::htmlscan
