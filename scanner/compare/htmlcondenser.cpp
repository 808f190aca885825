#include "compare/htmlcondenser.h"

#include "compare/asciitext.h"
#include "compare/htmlcharacters.h"
#include "compare/htmlinputguard.h"
#include "compare/htmlscan.h"

#include <cstring>
#include <string>
#include <vector>

namespace sslrec {

namespace {

using namespace ascii;
using namespace htmlchars;
using namespace htmlscan;

// What the walker reads (htmlwalker.cpp, and gumbo itself: input type,
// isindex prompt) and what extractLinks() reads (rel, besides href, src and
// type); every other attribute is dropped.
bool keepAttribute(std::string_view name, std::string_view value)
{
    switch (name.size()) {
    case 3: return equalsFolded(name, "src") || equalsFolded(name, "rel");
    case 4: return equalsFolded(name, "href") || equalsFolded(name, "role") || equalsFolded(name, "name")
                   || equalsFolded(name, "type");
    case 5: return equalsFolded(name, "nonce") || equalsFolded(name, "value")
                   || (equalsFolded(name, "style") && HtmlInputGuard::containsFolded(value, "display"));
    case 6: return equalsFolded(name, "action") || equalsFolded(name, "hidden") || equalsFolded(name, "prompt");
    case 7: return equalsFolded(name, "content");
    case 8: return equalsFolded(name, "property");
    case 10: return equalsFolded(name, "http-equiv");
    default: return false;
    }
}

enum class Raw { None, Script, Elide, Copy, Plaintext };

class Condenser
{
public:
    Condenser(std::string_view in, HtmlCondenser::Output *out) : m_in(in), m_out(out), m_o(out->html) {}
    void run();

private:
    bool verbatim() const { return m_sticky; }
    std::size_t simpleElement(std::size_t from, std::string_view kind);
    std::size_t startTag(std::size_t lt);
    std::size_t writeStartTag(std::size_t lt, std::size_t nameEnd, bool whole, bool *selfClosing);
    std::size_t endTag(std::size_t lt);
    std::size_t markupDeclaration(std::size_t lt);
    std::size_t attributes(std::size_t i, bool keep, bool *selfClosing, bool *repeatedName = nullptr);
    std::size_t dropped(std::size_t lt, std::size_t end);
    std::size_t copied(std::size_t lt, std::size_t end);
    void text(std::size_t a, std::size_t b);

    std::string_view m_in;
    HtmlCondenser::Output *m_out;
    std::string &m_o;
    // Set where the condenser cannot follow the tree builder (a frameset, an
    // svg, math or select element with more than plain content): from there
    // to the end the document is copied as it is.
    bool m_sticky = false;
    std::vector<std::string_view> m_names; // attribute names of the current tag
    // Just past a <pre> or <listing> start tag, where the tree builder drops
    // a newline (text() must not let it swallow the whitespace after it).
    std::size_t m_newlineDropAt = std::string_view::npos;
};

// The attributes of a tag from @p i, as the tokenizer splits them; kept ones
// are copied (with a space before each) when @p keep allows. Sets
// *repeatedName when a name comes twice: the caller copies such a tag as it
// is. Returns one past the closing '>', or npos when the input ends inside
// the tag (the tokenizer then drops the tag).
std::size_t Condenser::attributes(std::size_t i, bool keep, bool *selfClosing, bool *repeatedName)
{
    m_names.clear();
    return splitAttributes(m_in, i, selfClosing, [&](const AttributeSpan &a) {
        if (!keep)
            return;
        // A repeated name: the tokenizer keeps the first, and whether the
        // condenser keeps one can depend on its value (style), so a later
        // one could stand in for a dropped first one; and gumbo 0.10 also
        // loses the value of the attribute after a repeated one without a
        // value ("<a x x href=l>" has no href for it; browsers keep it). The
        // tag is copied whole, so gumbo reads it as it would the page.
        for (const std::string_view seen : m_names) {
            if (sameFolded(seen, a.name) && repeatedName)
                *repeatedName = true;
        }
        m_names.push_back(a.name);
        if (keepAttribute(a.name, m_in.substr(a.valueStart, a.valueEnd - a.valueStart))) {
            m_o.push_back(' ');
            m_o.append(m_in.substr(a.start, a.end - a.start));
        }
    });
}

// Writes the start tag at @p lt, whose name ends at @p nameEnd: with the
// attributes the walker reads, or as written when @p whole or when a name
// repeats (see attributes()). Returns one past its '>', or npos (writing
// nothing) when the input ends inside the tag.
std::size_t Condenser::writeStartTag(std::size_t lt, std::size_t nameEnd, bool whole, bool *selfClosing)
{
    const std::size_t outStart = m_o.size();
    m_o.push_back('<');
    m_o.append(m_in.substr(lt + 1, nameEnd - lt - 1));
    bool repeatedName = false;
    const std::size_t end = attributes(nameEnd, !whole, selfClosing, &repeatedName);
    if (end == std::string_view::npos) {
        m_o.resize(outStart);
        return end;
    }
    if (whole || repeatedName) {
        m_o.resize(outStart);
        m_o.append(m_in.substr(lt, end - lt));
    } else {
        // A space keeps "/>" apart from an unquoted value ("src=x/>" would be "x/").
        m_o.append(*selfClosing ? " />" : ">");
    }
    return end;
}

// Condenses the content of an svg, math or select element that starts
// before @p from when everything in it is plain: elements the tree builder
// keeps in that element (no HTML breaking in, no raw text, no comments,
// proper nesting; for select only options). Inside, attributes do not
// change the tree, so tags keep only the ones the walker reads, as
// elsewhere: gumbo looks up some sixty SVG attribute names in every SVG
// start tag, and path data is most of an inline icon's bytes. Text is
// copied. Returns one past the element's end tag, or npos (leaving the
// output as it was) when the content is not plain.
std::size_t Condenser::simpleElement(std::size_t from, std::string_view kind)
{
    const std::size_t n = m_in.size();
    const std::size_t outStart = m_o.size();
    const auto fail = [&] {
        m_o.resize(outStart);
        return std::string_view::npos;
    };
    const bool select = kind == "select";
    std::vector<std::string_view> open{kind};
    bool textOnly = false; // inside an integration point
    for (std::size_t k = from;;) {
        const std::size_t lt = m_in.find('<', k);
        if (lt == std::string_view::npos || lt + 2 >= n)
            return fail();
        m_o.append(m_in.substr(k, lt - k));
        const auto c = static_cast<unsigned char>(m_in[lt + 1]);
        bool selfClosing = false;
        if (isAlpha(c)) {
            if (textOnly)
                return fail();
            const std::size_t nameEnd = tagNameEnd(m_in, lt + 1);
            const std::string_view name = m_in.substr(lt + 1, nameEnd - lt - 1);
            const bool option = equalsFolded(name, "option") || equalsFolded(name, "optgroup");
            if (select ? !option : breaksForeignContent(name))
                return fail();
            k = writeStartTag(lt, nameEnd, false, &selfClosing);
            if (k == std::string_view::npos)
                return fail();
            if (!select && !selfClosing) {
                open.push_back(name);
                textOnly = integrationPoint(name);
            }
        } else if (c == '/' && isAlpha(static_cast<unsigned char>(m_in[lt + 2]))) {
            const std::size_t nameEnd = tagNameEnd(m_in, lt + 2);
            const std::string_view name = m_in.substr(lt + 2, nameEnd - lt - 2);
            // gumbo 0.10 matches an end tag in svg or math by its source
            // text: "</g >" or "</g x>" closes nothing there (a browser closes
            // the g), and the element stays open in gumbo's tree.
            if (!select && (nameEnd >= n || m_in[nameEnd] != '>'))
                return fail();
            k = attributes(nameEnd, false, &selfClosing);
            if (k == std::string_view::npos)
                return fail();
            m_o.append(m_in.substr(lt, k - lt));
            if (select) {
                if (equalsFolded(name, "select"))
                    return k;
                if (!equalsFolded(name, "option") && !equalsFolded(name, "optgroup"))
                    return fail();
                continue;
            }
            if (!sameFolded(name, open.back()))
                return fail();
            open.pop_back();
            textOnly = false;
            if (open.empty())
                return k;
        } else if (c == '!' || c == '?' || c == '/') {
            return fail();
        } else {
            m_o.push_back('<');
            k = lt + 1;
        }
    }
}

std::size_t Condenser::startTag(std::size_t lt)
{
    const std::size_t n = m_in.size();
    std::size_t i = tagNameEnd(m_in, lt + 1);
    const std::string_view name = m_in.substr(lt + 1, i - lt - 1);
    const GumboTag tag = tagOf(name);
    const bool container = tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH || tag == GUMBO_TAG_SELECT;
    // The tree builder tells formatting elements apart by their attributes
    // (the "Noah's Ark" limit of three identical ones in the list of active
    // formatting elements): dropping any could make two of them equal, so
    // they keep all (fuzz_condenser found "<p><b t><b><b><b><p>").
    const bool copy = verbatim() || container || isFormattingElement(tag);
    bool selfClosing = false;
    i = writeStartTag(lt, i, copy, &selfClosing);
    if (i == std::string_view::npos)
        return n;
    if (verbatim())
        return i;
    if (container && (tag == GUMBO_TAG_SELECT || !selfClosing)) {
        const std::size_t end = simpleElement(i, gumbo_normalized_tagname(tag));
        if (end == std::string_view::npos)
            m_sticky = true;
        return end == std::string_view::npos ? i : end;
    }
    Raw raw = Raw::None;
    switch (tag) {
    case GUMBO_TAG_FRAMESET:
        m_sticky = true; // frameset documents ignore script, style, ...
        return i;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
        m_newlineDropAt = i;
        return i;
    case GUMBO_TAG_XMP: case GUMBO_TAG_TITLE: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
        raw = Raw::Copy;
        break;
    case GUMBO_TAG_STYLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_TEXTAREA:
        raw = Raw::Elide;
        break;
    case GUMBO_TAG_SCRIPT:
        raw = Raw::Script;
        break;
    case GUMBO_TAG_PLAINTEXT:
        raw = Raw::Plaintext;
        break;
    default:
        return i;
    }
    const std::size_t end = raw == Raw::Plaintext ? n
                            : raw == Raw::Script  ? scriptDataEnd(m_in, i)
                                                  : rawTextEnd(m_in, i, gumbo_normalized_tagname(tag));
    // Script, style, iframe and textarea bodies are never visible text.
    if (raw != Raw::Script && raw != Raw::Elide)
        m_o.append(m_in.substr(i, end - i));
    return end;
}

std::size_t Condenser::endTag(std::size_t lt)
{
    const std::size_t n = m_in.size();
    bool selfClosing = false;
    const std::size_t i = attributes(tagNameEnd(m_in, lt + 2), false, &selfClosing);
    if (i == std::string_view::npos)
        return n;
    m_o.append(m_in.substr(lt, i - lt));
    return i;
}

// A comment the walker never reads becomes an empty one: the token stays
// (it keeps text apart, "&am<!-- -->p;" is no reference, and gumbo inserts
// the text it has buffered when it meets one). Where the condenser copies
// verbatim it copies the comment: its idea of where a comment ends may not
// be gumbo's there.
std::size_t Condenser::dropped(std::size_t lt, std::size_t end)
{
    if (verbatim())
        m_o.append(m_in.substr(lt, end - lt));
    else
        m_o.append("<!---->");
    return end;
}

// Rare markup gumbo treats in ways of its own ("</>" changes how it parses
// what follows): copied as it is.
std::size_t Condenser::copied(std::size_t lt, std::size_t end)
{
    m_o.append(m_in.substr(lt, end - lt));
    return end;
}

std::size_t Condenser::markupDeclaration(std::size_t lt)
{
    const std::size_t n = m_in.size();
    if (m_in.compare(lt, 4, "<!--") == 0)
        return dropped(lt, commentEnd(m_in, lt));
    if (lt + 9 <= n && equalsFolded(m_in.substr(lt + 2, 7), "doctype")) {
        const std::size_t end = skipTo(m_in, lt + 9, '>');
        m_o.append(m_in.substr(lt, end - lt)); // the doctype decides quirks mode
        return end;
    }
    if (verbatim() && m_in.compare(lt, 9, "<![CDATA[") == 0) {
        const std::size_t close = m_in.find("]]>", lt + 9);
        const std::size_t end = close == std::string_view::npos ? n : close + 3;
        m_o.append(m_in.substr(lt, end - lt));
        return end;
    }
    return copied(lt, skipTo(m_in, lt + 2, '>')); // a bogus comment
}

void Condenser::text(std::size_t a, std::size_t b)
{
    if (a >= b)
        return;
    if (verbatim()) {
        m_o.append(m_in.substr(a, b - a));
        return;
    }
    std::size_t c = a;
    while (c < b && isHtmlSpace(static_cast<unsigned char>(m_in[c])))
        ++c;
    const auto hasNewline = [this](std::size_t from, std::size_t to) {
        return std::memchr(m_in.data() + from, '\n', to - from) || std::memchr(m_in.data() + from, '\r', to - from);
    };
    if (c == b) {
        // "<pre>\n " is one space of text (the newline is dropped, the space
        // reconstructs open formatting elements); shrunk to "\n" it would be
        // none (fuzz_condenser found "<p><a><pre>\n ").
        if (a == m_newlineDropAt && (m_in[a] == '\n' || m_in[a] == '\r')) {
            const std::size_t after = a + 1 + (m_in[a] == '\r' && a + 1 < b && m_in[a + 1] == '\n');
            m_o.push_back('\n');
            if (after < b)
                m_o.push_back(hasNewline(after, b) ? '\n' : ' ');
            return;
        }
        m_o.push_back(hasNewline(a, b) ? '\n' : ' ');
        return;
    }
    std::size_t d = b;
    while (isHtmlSpace(static_cast<unsigned char>(m_in[d - 1])))
        --d;
    bool decode = false;
    for (std::size_t k = c; k < d;) {
        const auto ch = static_cast<unsigned char>(m_in[k]);
        if (ch >= 0x20 && ch < 0x7F && ch != '&') {
            ++k;
        } else if (ch == '&') {
            const int len = charRef(m_in, k, nullptr, RefContext::Text);
            if (len < 0) {
                m_o.append(m_in.substr(a, b - a));
                return;
            }
            decode |= len > 0;
            k += len > 0 ? std::size_t(len) : 1;
        } else if (ch == '\t' || ch == '\n' || ch == '\f') {
            ++k;
        } else if (ch == '\r') {
            decode = true;
            ++k;
        } else if (const std::size_t len = ch >= 0x80 ? plainUtf8(m_in, k) : 0; len > 0) {
            k += len;
        } else {
            m_o.append(m_in.substr(a, b - a)); // NUL, controls, invalid UTF-8: gumbo's business
            return;
        }
    }
    if (m_out->runs.size() >= HtmlCondenser::kMaxRuns) {
        m_o.append(m_in.substr(a, b - a));
        return;
    }
    // One whitespace character stays on each side so that the tree builder
    // sees whitespace where it did (it decides where text goes in tables and
    // the head); the rest of the run's whitespace travels with the marker.
    std::size_t runStart = a;
    if (c > a) {
        const char first = m_in[a];
        m_o.push_back(first == '\r' ? '\n' : first);
        runStart = a + 1 + (first == '\r' && a + 1 < c && m_in[a + 1] == '\n');
    }
    std::size_t runEnd = b;
    char last = 0;
    if (d < b) {
        last = m_in[b - 1];
        runEnd = b - 1 - (last == '\n' && b - 2 >= d && m_in[b - 2] == '\r');
        if (last == '\r')
            last = '\n';
    }
    decode |= std::memchr(m_in.data() + runStart, '\r', runEnd - runStart) != nullptr;
    appendMarker(std::uint32_t(m_out->runs.size()), &m_o);
    m_out->runs.push_back({std::uint32_t(runStart), std::uint32_t(runEnd - runStart), decode});
    if (last)
        m_o.push_back(last);
}

void Condenser::run()
{
    const std::size_t n = m_in.size();
    std::size_t textStart = 0;
    std::size_t pos = 0;
    while (pos < n) {
        const std::size_t lt = m_in.find('<', pos);
        if (lt == std::string_view::npos || lt + 1 >= n)
            break;
        const auto c = static_cast<unsigned char>(m_in[lt + 1]);
        std::size_t next = 0;
        if (isAlpha(c)) {
            text(textStart, lt);
            next = startTag(lt);
        } else if (c == '/' && lt + 2 < n && isAlpha(static_cast<unsigned char>(m_in[lt + 2]))) {
            text(textStart, lt);
            next = endTag(lt);
        } else if (c == '/' && lt + 2 < n) {
            text(textStart, lt);
            // After "</>" gumbo parses the next tag with state left over from
            // it: from there on the document is copied as it is.
            m_sticky = m_sticky || m_in[lt + 2] == '>';
            next = copied(lt, m_in[lt + 2] == '>' ? lt + 3 : skipTo(m_in, lt + 2, '>'));
        } else if (c == '!') {
            text(textStart, lt);
            next = markupDeclaration(lt);
        } else if (c == '?') {
            text(textStart, lt);
            next = copied(lt, skipTo(m_in, lt + 1, '>'));
        } else {
            pos = lt + 1; // a '<' that starts nothing is text
            continue;
        }
        pos = textStart = next;
        if (m_sticky) {
            m_o.append(m_in.substr(pos));
            return;
        }
    }
    text(textStart, n);
}

} // namespace

bool HtmlCondenser::condense(std::string_view html, Output *out)
{
    out->html.clear();
    out->runs.clear();
    // A NUL byte means something different in each tokenizer state (dropped
    // in text, U+FFFD in names and values, kept in comments); pages with one
    // are rare, so gumbo gets them whole rather than the condenser following
    // every state (fuzz_condenser found `<link \0href=...>`).
    if (html.size() > 0xFFFFFFFFu || hasMarkerLookalikes(html) || html.find('\0') != std::string_view::npos)
        return false;
    out->html.reserve(html.size() / 2 + 64);
    Condenser(html, out).run();
    return true;
}

bool HtmlCondenser::markerAt(std::string_view text, std::size_t i, std::uint32_t *index)
{
    if (i + kMarkerBytes > text.size() || !isMarkerLead(text, i))
        return false;
    std::uint32_t cp = static_cast<unsigned char>(text[i]) & 0x07;
    for (std::size_t k = 1; k < kMarkerBytes; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    *index = cp >= 0x100000 ? 0xFFFE + (cp - 0x100000) : cp - 0xF0000;
    return true;
}

void HtmlCondenser::appendRun(std::string_view original, const Run &run, std::string *out)
{
    const std::string_view s = original.substr(run.offset, run.length);
    if (!run.decode) {
        out->append(s);
        return;
    }
    for (std::size_t k = 0; k < s.size();) {
        const char c = s[k];
        if (c == '&') {
            const int len = charRef(s, k, out, RefContext::Text);
            if (len > 0) {
                k += std::size_t(len);
                continue;
            }
        } else if (c == '\r') {
            out->push_back('\n');
            k += (k + 1 < s.size() && s[k + 1] == '\n') ? 2 : 1;
            continue;
        }
        out->push_back(c);
        ++k;
    }
}

} // namespace sslrec
