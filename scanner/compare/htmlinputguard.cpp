#include "compare/htmlinputguard.h"

#include "compare/asciitext.h"

#include <algorithm>

namespace sslrec {

namespace {

using ascii::equalsFolded;

bool isTagNameChar(char c)
{
    return ascii::isAlnum(static_cast<unsigned char>(c)) || c == '-';
}

// Elements that never nest (void) or close themselves implicitly: they do
// not deepen the tree however many there are. Looked up by length first:
// this runs for every tag of every page.
bool opensNoLevel(std::string_view name)
{
    static constexpr std::string_view kNames[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
        "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body", "!doctype"};
    if (name.empty() || name.size() > 8)
        return false;
    for (const std::string_view n : kNames) {
        if (n.size() == name.size() && equalsFolded(name, n))
            return true;
    }
    return false;
}

} // namespace

std::size_t HtmlInputGuard::nestingCutoff(std::string_view html, int limit)
{
    // Each level takes a '<': with no more of them than the limit (most
    // pages), no tag can be past it, and one vectorised count beats the scan.
    if (std::count(html.begin(), html.end(), '<') <= limit)
        return html.size();
    int depth = 0;
    std::size_t i = 0;
    const std::size_t n = html.size();
    while (i < n) {
        const std::size_t lt = html.find('<', i);
        if (lt == std::string_view::npos || lt + 1 >= n)
            break;
        i = lt + 1;
        if (html.compare(i, 3, "!--") == 0) {
            const std::size_t end = html.find("-->", i + 3);
            i = end == std::string_view::npos ? n : end + 3;
            continue;
        }
        const bool closing = html[i] == '/';
        const std::size_t nameStart = closing ? i + 1 : i;
        std::size_t nameEnd = nameStart;
        while (nameEnd < n && isTagNameChar(html[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart)
            continue;
        const std::string_view name = html.substr(nameStart, nameEnd - nameStart);
        const std::size_t gt = html.find('>', nameEnd);
        if (gt == std::string_view::npos)
            break;
        i = gt + 1;
        if (closing) {
            if (!opensNoLevel(name))
                depth = std::max(0, depth - 1);
            continue;
        }
        if (html[gt - 1] == '/' || opensNoLevel(name))
            continue;
        // Raw-text elements: their content is not markup.
        for (const std::string_view raw : {std::string_view("script"), std::string_view("style"),
                                           std::string_view("textarea"), std::string_view("xmp")}) {
            if (equalsFolded(name, raw)) {
                std::size_t end = i;
                for (;;) {
                    end = html.find("</", end);
                    if (end == std::string_view::npos || HtmlInputGuard::containsFolded(html.substr(end + 2, raw.size()), raw))
                        break;
                    end += 2;
                }
                i = end == std::string_view::npos ? n : end;
                break;
            }
        }
        if (++depth > limit)
            return lt;
    }
    return n;
}

bool HtmlInputGuard::endsCleanly(std::string_view html)
{
    const std::size_t tail = std::min<std::size_t>(html.size(), 4096);
    const std::string_view end = html.substr(html.size() - tail);
    return HtmlInputGuard::containsFolded(end, "</html") || HtmlInputGuard::containsFolded(end, "</body");
}

bool HtmlInputGuard::containsFolded(std::string_view haystack, std::string_view lowerNeedle)
{
    if (lowerNeedle.size() > haystack.size())
        return false;
    if (lowerNeedle.empty())
        return true;
    // A first character without case ('<', ':', ...) is found with memchr.
    const char first = lowerNeedle[0];
    const bool caseless = !ascii::isLower(static_cast<unsigned char>(first));
    const std::size_t last = haystack.size() - lowerNeedle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        if (caseless) {
            i = haystack.find(first, i);
            if (i == std::string_view::npos || i > last)
                return false;
        }
        if (equalsFolded(haystack.substr(i, lowerNeedle.size()), lowerNeedle))
            return true;
    }
    return false;
}

} // namespace sslrec
