#include "compare/htmlcharacters.h"

#include "compare/asciitext.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace sslrec::htmlchars {

using namespace ascii;

namespace {

struct NamedReference
{
    std::string_view name;   // without the ';'
    std::string_view utf8;
    bool legacy;             // also recognised without the ';'
};

// Every named reference of HTML5, as gumbo's tokenizer knows them.
constexpr NamedReference kNamedReferences[] = {
#include "compare/htmlentities.inc"
};

static_assert(std::is_sorted(std::begin(kNamedReferences), std::end(kNamedReferences),
                             [](const NamedReference &a, const NamedReference &b) { return a.name < b.name; }));

// The longest legacy name ("frac12", "middot", ...).
constexpr std::size_t kLongestLegacyName = 6;

const NamedReference *findNamedReference(std::string_view name)
{
    const auto *it = std::lower_bound(std::begin(kNamedReferences), std::end(kNamedReferences), name,
                                      [](const NamedReference &r, std::string_view n) { return r.name < n; });
    return it != std::end(kNamedReferences) && it->name == name ? it : nullptr;
}

// Code points gumbo passes through unchanged and that are not whitespace
// (whitespace decides where the tree builder puts text).
constexpr bool plainCodePoint(std::uint32_t v)
{
    return (v >= 0x21 && v <= 0x7E) || (v >= 0xA0 && v < 0xD800) || (v > 0xDFFF && v < 0xFDD0)
           || (v > 0xFDEF && v < 0xF0000 && (v & 0xFFFE) != 0xFFFE);
}

// True when UTF-8 @p text holds no whitespace or control character: the
// list's values are otherwise plain (the test checks every one).
bool plainText(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x21; });
}

} // namespace

void appendUtf8(std::uint32_t cp, std::string *out)
{
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (cp >> 18)));
        out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    }
}

int charRef(std::string_view s, std::size_t i, std::string *out, RefContext context)
{
    std::size_t k = i + 1;
    if (k >= s.size() || !(isAlnum(static_cast<unsigned char>(s[k])) || s[k] == '#'))
        return 0;
    if (s[k] != '#') {
        const std::size_t start = k;
        while (k < s.size() && isAlnum(static_cast<unsigned char>(s[k])))
            ++k;
        const std::string_view name = s.substr(start, k - start);
        if (k < s.size() && s[k] == ';') {
            if (const NamedReference *r = findNamedReference(name)) {
                // &Tab; and &NewLine; are whitespace, which decides where
                // the tree builder puts text: gumbo's business.
                if (!plainText(r->utf8))
                    return -1;
                if (out)
                    out->append(r->utf8);
                return int(k + 1 - i);
            }
        }
        // Without its ';', the longest legacy name that starts the run
        // ("&copy 2024", "&notit;" is "¬it;"). In a value gumbo reads it
        // only before a character that is neither alphanumeric nor '=';
        // before one of those the '&' is literal ("?a=1&copy=2", "&copyx").
        for (std::size_t n = std::min(name.size(), kLongestLegacyName); n >= 2; --n) {
            const NamedReference *r = findNamedReference(name.substr(0, n));
            if (!r || !r->legacy)
                continue;
            if (context == RefContext::Value && (n < name.size() || (k < s.size() && s[k] == '=')))
                return 0;
            if (out)
                out->append(r->utf8);
            return int(n + 1);
        }
        return 0; // no name of the list starts here: a literal '&'
    }
    ++k;
    const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
    if (hex)
        ++k;
    const std::size_t start = k;
    std::uint32_t v = 0;
    while (k < s.size() && k - start < 7) {
        const auto c = static_cast<unsigned char>(s[k]);
        if (isDigit(c))
            v = v * (hex ? 16 : 10) + (c - '0');
        else if (hex && fold(c) >= 'a' && fold(c) <= 'f')
            v = v * 16 + (fold(c) - 'a' + 10);
        else
            break;
        ++k;
    }
    if (k == start || k >= s.size() || s[k] != ';' || !plainCodePoint(v))
        return -1;
    if (out)
        appendUtf8(v, out);
    return int(k + 1 - i);
}

// Length of a UTF-8 sequence at s[i] (>= 0x80) that gumbo keeps as it is;
// 0 for invalid bytes, C1 controls, surrogates and noncharacters (gumbo
// replaces those) and for the marker planes.
std::size_t plainUtf8(std::string_view s, std::size_t i)
{
    const auto c0 = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (c0 >= 0xC2 && c0 < 0xE0) {
        len = 2;
        cp = c0 & 0x1F;
    } else if (c0 >= 0xE0 && c0 < 0xF0) {
        len = 3;
        cp = c0 & 0x0F;
    } else if (c0 >= 0xF0 && c0 < 0xF5) {
        len = 4;
        cp = c0 & 0x07;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    const std::uint32_t minimum = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF || !plainCodePoint(cp))
        return 0;
    return len;
}

bool isMarkerLead(std::string_view s, std::size_t i)
{
    if (i + 1 >= s.size())
        return false;
    const auto c0 = static_cast<unsigned char>(s[i]);
    const auto c1 = static_cast<unsigned char>(s[i + 1]);
    return (c0 == 0xF3 && c1 >= 0xB0 && c1 <= 0xBF) || (c0 == 0xF4 && c1 >= 0x80 && c1 <= 0x8F);
}

// Characters in the marker planes, raw or as numeric references, would be
// read back as markers: such a document is parsed as it is.
bool hasMarkerLookalikes(std::string_view html)
{
    for (const char lead : {'\xF3', '\xF4'}) {
        for (const char *p = html.data(), *end = html.data() + html.size();
             (p = static_cast<const char *>(std::memchr(p, lead, std::size_t(end - p)))) != nullptr; ++p) {
            if (isMarkerLead(html, std::size_t(p - html.data())))
                return true;
        }
    }
    for (std::size_t i = html.find("&#"); i != std::string_view::npos; i = html.find("&#", i + 2)) {
        std::size_t k = i + 2;
        const bool hex = k < html.size() && (html[k] == 'x' || html[k] == 'X');
        k += hex;
        std::uint32_t v = 0;
        for (; k < html.size() && v < 0x110000; ++k) {
            const auto c = static_cast<unsigned char>(html[k]);
            if (isDigit(c))
                v = v * (hex ? 16 : 10) + (c - '0');
            else if (hex && fold(c) >= 'a' && fold(c) <= 'f')
                v = v * 16 + (fold(c) - 'a' + 10);
            else
                break;
        }
        if (v >= 0xF0000 && v <= 0x10FFFF)
            return true;
    }
    return false;
}

void appendMarker(std::uint32_t index, std::string *out)
{
    appendUtf8(index < 0xFFFE ? 0xF0000 + index : 0x100000 + (index - 0xFFFE), out);
}

} // namespace sslrec::htmlchars
