// scanLinkElements(): link extraction by the tokenizer alone, for the pages
// whose tree the tree builder would build in token order (most of them).
// Where it is unsure, it declines and gumbo parses the page.
#include "crawl/htmllinkscan.h"

#include "compare/asciitext.h"
#include "compare/htmlcharacters.h"
#include "compare/htmlscan.h"

namespace sslrec {

namespace {

using namespace ascii;
using namespace htmlscan;

constexpr std::size_t npos = std::string_view::npos;

// Table contexts, innermost last: where the tree builder would foster-parent
// a link element (table, tbody, tr, colgroup: Rows) and where it inserts it
// in place (a cell: Cell, a caption: Caption).
enum class TableState : char { Rows, Cell, Caption };

class LinkScanner
{
public:
    LinkScanner(std::string_view in, LinkElements *out) : m_in(in), m_out(out) {}
    bool run();

private:
    std::size_t attributes(std::size_t i, bool *selfClosing);
    std::size_t startTag(std::size_t lt);
    std::size_t endTag(std::size_t lt);
    std::size_t rawText(std::size_t from, GumboTag tag);
    std::size_t plainForeignContent(std::size_t from, std::string_view kind);
    bool linkElement(GumboTag tag);
    bool decode(std::size_t from, std::size_t to, bool inValue, std::string *out) const;
    const AttributeSpan *find(std::string_view lowerName) const;
    TableState *table() { return m_tables.empty() ? nullptr : &m_tables.back(); }
    std::size_t decline()
    {
        m_declined = true;
        return m_in.size();
    }

    std::string_view m_in;
    LinkElements *m_out;
    std::vector<AttributeSpan> m_attributes; // of the current tag
    std::vector<TableState> m_tables;
    bool m_inSelect = false;
    bool m_declined = false;
};

// The attributes of a tag from @p i, split as the tokenizer's attribute
// states split them. Returns one past the tag's '>', or npos when the input
// ends inside the tag (the tokenizer then drops it).
std::size_t LinkScanner::attributes(std::size_t i, bool *selfClosing)
{
    m_attributes.clear();
    return splitAttributes(m_in, i, selfClosing, [this](const AttributeSpan &a) { m_attributes.push_back(a); });
}

const AttributeSpan *LinkScanner::find(std::string_view lowerName) const
{
    for (const AttributeSpan &a : m_attributes) {
        if (equalsFolded(a.name, lowerName))
            return &a;
    }
    return nullptr;
}

bool LinkScanner::decode(std::size_t from, std::size_t to, bool inValue, std::string *out) const
{
    return htmlscan::decode(m_in, from, to, inValue ? Decode::AttributeValue : Decode::Data, out);
}

// Records a link element from the current tag's attributes; false when
// they cannot be read as gumbo reads them.
bool LinkScanner::linkElement(GumboTag tag)
{
    // gumbo 0.10 loses the value of the attribute after a repeated one
    // without a value; a repeated name is rare enough to leave to it.
    for (std::size_t a = 0; a < m_attributes.size(); ++a) {
        for (std::size_t b = a + 1; b < m_attributes.size(); ++b) {
            if (sameFolded(m_attributes[a].name, m_attributes[b].name))
                return false;
        }
    }
    const bool source = tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_FRAME;
    const AttributeSpan *reference = find(source ? "src" : "href");
    if (!reference)
        return true; // nothing to follow, nothing to base on
    LinkElement element;
    element.tag = tag;
    if (!decode(reference->valueStart, reference->valueEnd, true, &element.reference))
        return false;
    const AttributeSpan *rel = find("rel");
    const AttributeSpan *type = find("type");
    if ((rel && !decode(rel->valueStart, rel->valueEnd, true, &element.rel))
        || (type && !decode(type->valueStart, type->valueEnd, true, &element.type)))
        return false;
    m_out->elements.push_back(std::move(element));
    return true;
}

// Skips the text of a raw-text, RCDATA or script element that starts at
// @p from; the first title's text is kept.
std::size_t LinkScanner::rawText(std::size_t from, GumboTag tag)
{
    if (tag == GUMBO_TAG_SCRIPT)
        return scriptDataEnd(m_in, from);
    const std::size_t end = rawTextEnd(m_in, from, gumbo_normalized_tagname(tag));
    if (tag == GUMBO_TAG_TITLE && !m_out->titleSeen) {
        m_out->titleSeen = true;
        if (!decode(from, end, false, &m_out->title))
            return decline();
    }
    return end;
}

// Skips the content of an svg or math element that starts before @p from
// when it is plain (the condenser's rule, htmlcondenser.cpp): elements only,
// none that breaks out into HTML, text alone in integration points, each
// closed by its exact "</name>", no comment or CDATA. Nothing in it is an
// HTML link or title. Anything else: decline.
std::size_t LinkScanner::plainForeignContent(std::size_t from, std::string_view kind)
{
    const std::size_t n = m_in.size();
    std::vector<std::string_view> open{kind};
    bool textOnly = false; // inside an integration point
    for (std::size_t k = from;;) {
        const std::size_t lt = m_in.find('<', k);
        if (lt == npos || lt + 2 >= n)
            return decline();
        const auto c = static_cast<unsigned char>(m_in[lt + 1]);
        bool selfClosing = false;
        if (isAlpha(c)) {
            const std::size_t nameEnd = tagNameEnd(m_in, lt + 1);
            const std::string_view name = m_in.substr(lt + 1, nameEnd - lt - 1);
            if (textOnly || breaksForeignContent(name))
                return decline();
            k = attributes(nameEnd, &selfClosing);
            if (k == npos)
                return decline();
            if (!selfClosing) {
                open.push_back(name);
                textOnly = integrationPoint(name);
            }
        } else if (c == '/' && isAlpha(static_cast<unsigned char>(m_in[lt + 2]))) {
            const std::size_t nameEnd = tagNameEnd(m_in, lt + 2);
            // gumbo 0.10 matches an end tag in foreign content by its source
            // text: "</g >" closes nothing there.
            if (nameEnd >= n || m_in[nameEnd] != '>' || !sameFolded(m_in.substr(lt + 2, nameEnd - lt - 2), open.back()))
                return decline();
            k = nameEnd + 1;
            open.pop_back();
            textOnly = false;
            if (open.empty())
                return k;
        } else if (c == '!' || c == '?' || c == '/') {
            return decline();
        } else {
            k = lt + 1; // a '<' that starts nothing is text
        }
    }
}

std::size_t LinkScanner::startTag(std::size_t lt)
{
    const std::size_t nameEnd = tagNameEnd(m_in, lt + 1);
    const GumboTag tag = tagOf(m_in.substr(lt + 1, nameEnd - lt - 1));
    bool selfClosing = false;
    const std::size_t end = attributes(nameEnd, &selfClosing);
    if (end == npos)
        return m_in.size(); // the tokenizer drops a tag the input ends in
    if (m_inSelect && tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP)
        return decline(); // the tree builder ignores most tags in a select
    TableState *const t = table();
    switch (tag) {
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
        return selfClosing ? end : plainForeignContent(end, gumbo_normalized_tagname(tag));
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_FRAME: case GUMBO_TAG_PLAINTEXT:
        return decline();
    case GUMBO_TAG_SELECT:
        if (t && *t == TableState::Rows)
            return decline();
        m_inSelect = true;
        return end;
    case GUMBO_TAG_TABLE:
        if (t && *t == TableState::Rows)
            return decline(); // closes the open table first
        m_tables.push_back(TableState::Rows);
        return end;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        if (t)
            *t = TableState::Cell;
        return end;
    case GUMBO_TAG_CAPTION:
        if (t)
            *t = TableState::Caption;
        return end;
    case GUMBO_TAG_TR: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
        if (t)
            *t = TableState::Rows;
        return end;
    case GUMBO_TAG_A: case GUMBO_TAG_AREA: case GUMBO_TAG_LINK: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BASE:
    case GUMBO_TAG_TITLE:
        if (t && *t == TableState::Rows)
            return decline(); // foster parenting moves it before the table
        if (tag != GUMBO_TAG_TITLE && !linkElement(tag))
            return decline();
        return tag == GUMBO_TAG_IFRAME || tag == GUMBO_TAG_TITLE ? rawText(end, tag) : end;
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_XMP: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TEXTAREA:
        return rawText(end, tag);
    default:
        return end;
    }
}

std::size_t LinkScanner::endTag(std::size_t lt)
{
    const std::size_t nameEnd = tagNameEnd(m_in, lt + 2);
    const GumboTag tag = tagOf(m_in.substr(lt + 2, nameEnd - lt - 2));
    bool selfClosing = false;
    const std::size_t end = attributes(nameEnd, &selfClosing);
    if (end == npos)
        return m_in.size();
    if (m_inSelect) {
        if (tag == GUMBO_TAG_SELECT)
            m_inSelect = false;
        else if (tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP)
            return decline();
        return end;
    }
    TableState *const t = table();
    if (!t)
        return end;
    switch (tag) {
    case GUMBO_TAG_TABLE:
        m_tables.pop_back();
        break;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_TR: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
        if (*t == TableState::Cell) // a caption ignores these
            *t = TableState::Rows;
        break;
    case GUMBO_TAG_CAPTION:
        if (*t == TableState::Caption)
            *t = TableState::Rows;
        break;
    default:
        break;
    }
    return end;
}

bool LinkScanner::run()
{
    if (m_in.find('\0') != npos)
        return false;
    const std::size_t n = m_in.size();
    std::size_t pos = 0;
    while (pos < n && !m_declined) {
        const std::size_t lt = m_in.find('<', pos);
        if (lt == npos || lt + 1 >= n)
            break;
        const auto c = static_cast<unsigned char>(m_in[lt + 1]);
        if (isAlpha(c)) {
            pos = startTag(lt);
        } else if (c == '/' && lt + 2 < n && isAlpha(static_cast<unsigned char>(m_in[lt + 2]))) {
            pos = endTag(lt);
        } else if (c == '/' && lt + 2 < n && m_in[lt + 2] == '>') {
            return false; // gumbo 0.10 parses what follows "</>" with state left over from it
        } else if (c == '/' && lt + 2 < n) {
            pos = skipTo(m_in, lt + 2, '>'); // a bogus comment
        } else if (c == '!') {
            pos = m_in.compare(lt, 4, "<!--") == 0 ? commentEnd(m_in, lt) : skipTo(m_in, lt + 2, '>');
        } else if (c == '?') {
            pos = skipTo(m_in, lt + 1, '>');
        } else {
            pos = lt + 1; // a '<' that starts nothing is text
        }
    }
    return !m_declined;
}

} // namespace

bool scanLinkElements(std::string_view html, LinkElements *out)
{
    *out = {};
    return LinkScanner(html, out).run();
}

} // namespace sslrec
