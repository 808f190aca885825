// limitNesting(): a linear HTML pre-scan that bounds the element nesting
// gumbo sees. It follows the HTML tokenizer closely enough that it never
// mistakes markup the parser will see for text (which would let deep nesting
// through); where it is unsure it counts an element as open, so real pages
// at worst lose some structural tags, never their links.
#include "crawl/linkextractor.h"

#include <QByteArrayView>

#include <string_view>
#include <unordered_map>
#include <vector>

namespace sslrec {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

enum TagFlag : unsigned {
    Void = 1,            // never has content
    Kept = 2,            // carries what extractLinks() is for; never dropped
    RawText = 4,         // content is text in HTML content (not in svg/math)
    ClosesSibling = 8,   // a same-named start tag closes the open one
    BreaksForeign = 16,  // ends svg/math content (HTML spec, "in foreign content")
    Integration = 32,    // HTML integration point: content is HTML again
};

// One lookup per tag instead of a string compare per rule. Kept tags are
// harmless to keep: a nested <a> closes the previous one, frames are void.
// Raw text ends at the first matching end tag, never later than in the parser.
unsigned tagFlags(std::string_view name)
{
    static const std::unordered_map<std::string_view, unsigned> table = [] {
        std::unordered_map<std::string_view, unsigned> t;
        for (std::string_view n : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                                   "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image", "menuitem"})
            t[n] |= Void;
        for (std::string_view n : {"a", "area", "link", "frame", "iframe", "base", "title"})
            t[n] |= Kept;
        for (std::string_view n : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
            t[n] |= RawText;
        for (std::string_view n : {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead",
                                   "tfoot", "rb", "rt", "rp", "rtc", "colgroup", "caption", "a", "nobr"})
            t[n] |= ClosesSibling;
        for (std::string_view n : {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
                                   "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
                                   "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
                                   "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"})
            t[n] |= BreaksForeign;
        for (std::string_view n : {"foreignobject", "desc", "title", "annotation-xml", "mi", "mo", "mn", "ms", "mtext"})
            t[n] |= Integration;
        return t;
    }();
    const auto it = table.find(name);
    return it == table.end() ? 0u : it->second;
}

struct Open
{
    std::string_view name; // points into the lower-cased copy of the input
    bool foreign; // inside svg/math (and not an HTML integration point)
};

// Index just past the '>' ending the tag whose name ends at i, honouring
// quoted attribute values; -1 if the input ends inside the tag.
qsizetype tagEnd(QByteArrayView s, qsizetype i, bool *selfClosing)
{
    enum { BeforeName, Name, AfterName, BeforeValue } state = BeforeName;
    *selfClosing = false;
    while (i < s.size()) {
        const char c = s[i];
        switch (state) {
        case BeforeName:
            if (c == '>')
                return i + 1;
            if (c == '/') {
                if (i + 1 < s.size() && s[i + 1] == '>') {
                    *selfClosing = true;
                    return i + 2;
                }
            } else if (!isSpace(c)) {
                state = Name;
            }
            ++i;
            break;
        case Name:
            if (c == '=')
                state = BeforeValue;
            else if (isSpace(c))
                state = AfterName;
            else if (c == '/' || c == '>') {
                state = BeforeName;
                continue;
            }
            ++i;
            break;
        case AfterName:
            if (c == '=')
                state = BeforeValue;
            else if (c == '/' || c == '>') {
                state = BeforeName;
                continue;
            } else if (!isSpace(c))
                state = Name;
            ++i;
            break;
        case BeforeValue:
            if (isSpace(c)) {
                ++i;
            } else if (c == '"' || c == '\'') {
                const qsizetype close = s.sliced(i + 1).indexOf(c);
                if (close < 0)
                    return -1;
                i += close + 2;
                state = BeforeName;
            } else if (c == '>') {
                return i + 1;
            } else {
                while (i < s.size() && !isSpace(s[i]) && s[i] != '>')
                    ++i;
                state = BeforeName;
            }
            break;
        }
    }
    return -1;
}

// Position of the end tag </name (followed by space, '/' or '>') in the
// lower-cased input from `from`, or -1.
qsizetype findEndTag(QByteArrayView lower, qsizetype from, std::string_view name)
{
    const QByteArray needle = "</" + QByteArray(name.data(), static_cast<qsizetype>(name.size()));
    qsizetype pos = from;
    while ((pos = lower.indexOf(needle, pos)) >= 0) {
        const qsizetype after = pos + needle.size();
        if (after >= lower.size() || isSpace(lower[after]) || lower[after] == '/' || lower[after] == '>')
            return pos;
        pos = after;
    }
    return -1;
}

// The output is the input without the dropped tags: nothing is copied until
// a tag is dropped, so a page within the limit comes back as it is (shared).
class KeptBytes
{
public:
    explicit KeptBytes(const QByteArray &in) : m_in(in) {}
    void drop(qsizetype from, qsizetype to)
    {
        if (!m_dropped)
            m_out.reserve(m_in.size());
        m_dropped = true;
        m_out += QByteArrayView(m_in).sliced(m_kept, from - m_kept);
        m_kept = to;
    }
    QByteArray finish()
    {
        if (!m_dropped)
            return m_in;
        m_out += QByteArrayView(m_in).sliced(m_kept);
        return m_out;
    }

private:
    const QByteArray &m_in;
    QByteArray m_out;
    qsizetype m_kept = 0;
    bool m_dropped = false;
};

} // namespace

QByteArray limitNesting(const QByteArray &html, int maxNesting, bool *limited)
{
    if (limited)
        *limited = false;
    const QByteArrayView in(html);
    const QByteArray lowerCopy = html.toLower();
    const QByteArrayView lower(lowerCopy);
    KeptBytes out(html);
    std::vector<Open> stack;
    const auto inForeign = [&stack] { return !stack.empty() && stack.back().foreign; };

    qsizetype i = 0;
    while (i < in.size()) {
        const qsizetype lt = in.sliced(i).indexOf('<');
        if (lt < 0) {
            break;
        }
        i += lt;
        const QByteArrayView rest = in.sliced(i);

        if (rest.startsWith("<!--")) {
            qsizetype end;
            if (rest.size() > 4 && rest[4] == '>')
                end = 5;
            else if (rest.size() > 5 && rest[4] == '-' && rest[5] == '>')
                end = 6;
            else {
                // Both "-->" and "--!>" close a comment; the earlier wins.
                qsizetype a = rest.sliced(4).indexOf("-->");
                qsizetype b = rest.sliced(4).indexOf("--!>");
                a = a < 0 ? -1 : a + 4 + 3;
                b = b < 0 ? -1 : b + 4 + 4;
                end = (a < 0) ? b : (b < 0 ? a : std::min(a, b));
            }
            if (end < 0) {
                break;
            }
            i += end;
            continue;
        }
        if (rest.startsWith("<!") || rest.startsWith("<?")) {
            const qsizetype end = rest.indexOf('>');
            if (end < 0) {
                break;
            }
            i += end + 1;
            continue;
        }
        const bool endTag = rest.startsWith("</");
        const qsizetype nameStart = endTag ? 2 : 1;
        if (rest.size() <= nameStart || !isAlpha(rest[nameStart])) {
            if (endTag) { // "</>" is dropped by the parser, "</ x>" is a bogus comment
                const qsizetype end = rest.indexOf('>');
                if (end < 0) {
                    break;
                }
                i += end + 1;
                continue;
            }
            ++i;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < rest.size() && !isSpace(rest[nameEnd]) && rest[nameEnd] != '/' && rest[nameEnd] != '>')
            ++nameEnd;
        const QByteArrayView lowerName = lower.sliced(i + nameStart, nameEnd - nameStart);
        const std::string_view name(lowerName.data(), static_cast<size_t>(lowerName.size()));
        const unsigned flags = tagFlags(name);
        bool selfClosing = false;
        const qsizetype end = tagEnd(rest, nameEnd, &selfClosing);
        if (end < 0) { // the parser drops a tag cut by the end of input
            break;
        }
        i += end;

        if (endTag) {
            if (!stack.empty() && stack.back().name == name)
                stack.pop_back();
            continue;
        }
        if (name == "plaintext" && !inForeign()) {
            break;
        }
        if (inForeign() && (flags & BreaksForeign)) {
            while (!stack.empty() && stack.back().foreign) {
                const bool root = stack.back().name == "svg" || stack.back().name == "math";
                stack.pop_back();
                if (root)
                    break;
            }
        }
        // Past the limit every start tag but the kept ones is dropped, raw
        // text ones included: their content is then markup for both this
        // scan and the parser, so the two stay in step.
        if (static_cast<int>(stack.size()) >= maxNesting && !(flags & (Void | Kept))) {
            out.drop(i - end, i);
            if (limited)
                *limited = true;
            continue;
        }
        if ((flags & RawText) && !inForeign()) {
            const qsizetype close = findEndTag(lower, i, name);
            const qsizetype contentEnd = close < 0 ? in.size() : close;
            i = contentEnd;
            continue;
        }
        if ((flags & Void) || (selfClosing && inForeign())) {
            continue;
        }
        if ((flags & ClosesSibling) && !stack.empty() && stack.back().name == name)
            stack.pop_back();
        if (static_cast<int>(stack.size()) >= maxNesting) {
            if (!(flags & Kept))
                out.drop(i - end, i);
            if (limited)
                *limited = true;
            continue;
        }
        bool foreign;
        if (name == "svg" || name == "math")
            foreign = true;
        else if (flags & Integration)
            foreign = false; // HTML integration points: their content is HTML again
        else
            foreign = inForeign();
        stack.push_back(Open{name, foreign});
    }
    return out.finish();
}

} // namespace sslrec
