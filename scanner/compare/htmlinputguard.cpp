#include "compare/htmlinputguard.h"

#include "compare/asciitext.h"
#include "compare/htmlscan.h"

#include <algorithm>

namespace sslrec {

namespace {

using ascii::equalsFolded;

bool isTagNameChar(char c)
{
    return ascii::isAlnum(static_cast<unsigned char>(c)) || c == '-';
}

// Elements that never nest (void) or close themselves implicitly: they do
// not deepen the tree however many there are.
bool opensNoLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT: case GUMBO_TAG_LINK: case GUMBO_TAG_META:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_PARAM: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_RB: case GUMBO_TAG_RT: case GUMBO_TAG_RP:
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
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
        const GumboTag tag = htmlscan::tagOf(html.substr(nameStart, nameEnd - nameStart));
        const std::size_t gt = html.find('>', nameEnd);
        if (gt == std::string_view::npos)
            break;
        i = gt + 1;
        if (closing) {
            if (!opensNoLevel(tag))
                depth = std::max(0, depth - 1);
            continue;
        }
        if (html[gt - 1] == '/' || opensNoLevel(tag))
            continue;
        // Raw-text elements: their content is not markup.
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_XMP) {
            const std::string_view raw = gumbo_normalized_tagname(tag);
            std::size_t end = i;
            for (;;) {
                end = html.find("</", end);
                if (end == std::string_view::npos || HtmlInputGuard::containsFolded(html.substr(end + 2, raw.size()), raw))
                    break;
                end += 2;
            }
            i = end == std::string_view::npos ? n : end;
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
