#include "compare/htmlscan.h"

#include "compare/asciitext.h"
#include "compare/htmlcharacters.h"

namespace sslrec::htmlscan {

using namespace ascii;

namespace {

bool endTagAt(std::string_view in, std::size_t k, std::string_view lowerName)
{
    const std::size_t end = k + 2 + lowerName.size();
    return end < in.size() && in[k + 1] == '/' && equalsFolded(in.substr(k + 2, lowerName.size()), lowerName)
           && (isHtmlSpace(static_cast<unsigned char>(in[end])) || in[end] == '/' || in[end] == '>');
}

// A character of the condenser's marker planes (private use, kept by gumbo
// as it is), but no noncharacter: 4, else 0.
std::size_t markerPlaneLength(std::string_view s, std::size_t i)
{
    if (!htmlchars::isMarkerLead(s, i) || i + 4 > s.size())
        return 0;
    const auto c2 = static_cast<unsigned char>(s[i + 2]);
    const auto c3 = static_cast<unsigned char>(s[i + 3]);
    if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80)
        return 0;
    const bool nonCharacter = (static_cast<unsigned char>(s[i + 1]) & 0x0F) == 0x0F && c2 == 0xBF && c3 >= 0xBE;
    return nonCharacter ? 0 : 4;
}

} // namespace

bool decode(std::string_view in, std::size_t from, std::size_t to, Decode mode, std::string *out)
{
    const std::string_view s = in.substr(0, to);
    for (std::size_t k = from; k < to;) {
        const auto c = static_cast<unsigned char>(s[k]);
        if (c == '&' && mode != Decode::RawText) {
            // charRef() knows the value rules ("?a=1&copy=2" is literal).
            const auto context = mode == Decode::AttributeValue ? htmlchars::RefContext::Value : htmlchars::RefContext::Text;
            const int len = htmlchars::charRef(s, k, out, context);
            if (len < 0)
                return false;
            if (len == 0)
                out->push_back('&');
            k += len > 0 ? std::size_t(len) : 1;
        } else if (c == '\r') {
            out->push_back('\n');
            k += (k + 1 < to && s[k + 1] == '\n') ? 2 : 1;
        } else if (c >= 0x80) {
            std::size_t len = htmlchars::plainUtf8(s, k);
            if (len == 0)
                len = markerPlaneLength(s, k);
            if (len == 0)
                return false;
            out->append(s.substr(k, len));
            k += len;
        } else if (c < 0x20 ? (c == '\t' || c == '\n' || c == '\f') : c != 0x7F) {
            out->push_back(char(c));
            ++k;
        } else {
            return false;
        }
    }
    return true;
}

std::size_t rawTextEnd(std::string_view in, std::size_t from, std::string_view lowerName)
{
    for (std::size_t k = in.find('<', from); k != std::string_view::npos; k = in.find('<', k + 1)) {
        if (endTagAt(in, k, lowerName))
            return k;
    }
    return in.size();
}

std::size_t scriptDataEnd(std::string_view in, std::size_t from)
{
    enum { Data, Escaped, DoubleEscaped } state = Data;
    int dashes = 0;
    const std::size_t n = in.size();
    for (std::size_t k = from; k < n; ++k) {
        const char c = in[k];
        if (state == Data) {
            if (c != '<')
                continue;
            if (endTagAt(in, k, "script"))
                return k;
            if (in.compare(k, 4, "<!--") == 0) {
                state = Escaped;
                dashes = 2;
                k += 3;
            }
            continue;
        }
        if (c == '-') {
            ++dashes;
            continue;
        }
        if (c == '>' && dashes >= 2) {
            state = Data;
        } else if (c == '<') {
            if (state == Escaped && endTagAt(in, k, "script"))
                return k;
            if (state == DoubleEscaped && endTagAt(in, k, "script")) {
                state = Escaped;
                k += 8;
            } else if (state == Escaped && k + 7 < n && equalsFolded(in.substr(k + 1, 6), "script")
                       && (isHtmlSpace(static_cast<unsigned char>(in[k + 7])) || in[k + 7] == '/' || in[k + 7] == '>')) {
                state = DoubleEscaped;
                k += 7;
            }
        }
        dashes = 0;
    }
    return n;
}

std::size_t commentEnd(std::string_view in, std::size_t lt)
{
    const std::size_t n = in.size();
    std::size_t k = lt + 4;
    if (k < n && in[k] == '>')
        return k + 1;
    if (k + 1 < n && in[k] == '-' && in[k + 1] == '>')
        return k + 2;
    int dashes = 0;
    for (; k < n; ++k) {
        const char c = in[k];
        if (c == '-') {
            ++dashes;
        } else if (c == '>' && dashes >= 2) {
            return k + 1;
        } else if (c == '!' && dashes >= 2 && k + 1 < n && in[k + 1] == '>') {
            return k + 2;
        } else {
            dashes = 0;
        }
    }
    return n;
}

bool breaksForeignContent(std::string_view name)
{
    static constexpr std::string_view kNames[] = {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font",
        "foreignobject", "annotation-xml", "script", "style", "textarea", "xmp", "iframe", "noembed", "noframes",
        "plaintext", "noscript", "template", "select", "frameset", "html"};
    for (const std::string_view n : kNames) {
        if (equalsFolded(name, n))
            return true;
    }
    return false;
}

bool integrationPoint(std::string_view name)
{
    for (const std::string_view n : {"desc", "title", "mi", "mo", "mn", "ms", "mtext"}) {
        if (equalsFolded(name, n))
            return true;
    }
    return false;
}

} // namespace sslrec::htmlscan
