#pragma once

#include <string_view>

// Byte-level ASCII classification and case folding shared by the HTML
// condenser and the token masker. Locale-free and constexpr: both run on
// every byte of a page.
namespace sslrec::ascii {

/// HTML's ASCII whitespace (space, tab, LF, FF, CR).
constexpr bool isHtmlSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
constexpr bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool isLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool isAlpha(unsigned char c) { return isLower(c) || isUpper(c); }
constexpr bool isAlnum(unsigned char c) { return isAlpha(c) || isDigit(c); }
constexpr bool isHex(unsigned char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
constexpr unsigned char fold(unsigned char c) { return isUpper(c) ? static_cast<unsigned char>(c + 32) : c; }

/// True when @p s equals the lower-case @p lower, ignoring ASCII case.
constexpr bool equalsFolded(std::string_view s, std::string_view lower)
{
    if (s.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (fold(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(lower[i]))
            return false;
    }
    return true;
}

/// True when @p a and @p b are equal, ignoring ASCII case on both sides.
constexpr bool sameFolded(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (fold(static_cast<unsigned char>(a[i])) != fold(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

} // namespace sslrec::ascii
