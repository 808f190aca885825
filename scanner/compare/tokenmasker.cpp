#include "compare/tokenmasker.h"

#include "compare/contenthash.h"

#include <array>

namespace sslrec {

namespace {

constexpr bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

constexpr bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool isLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool isAlpha(unsigned char c) { return isLower(c) || isUpper(c); }
constexpr bool isHex(unsigned char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
constexpr unsigned char foldAscii(unsigned char c) { return isUpper(c) ? static_cast<unsigned char>(c + 32) : c; }

// Punctuation that clings to words in prose: stripped before classifying,
// so "(2024-05-01)," is still a date.
constexpr bool isEdgePunct(unsigned char c)
{
    switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '<': case '>':
    case ',': case '.': case ';': case ':': case '!': case '?': case '"': case '\'':
    case '*': case '#': case '|':
        return true;
    default:
        return false;
    }
}

// Length of a whitespace sequence at @p i: ASCII whitespace or U+00A0 (C2 A0).
inline std::size_t spaceAt(std::string_view s, std::size_t i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (isAsciiSpace(c))
        return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0)
        return 2;
    return 0;
}

bool equalsFolded(std::string_view word, std::string_view lower)
{
    if (word.size() != lower.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (foldAscii(static_cast<unsigned char>(word[i])) != static_cast<unsigned char>(lower[i]))
            return false;
    }
    return true;
}

bool sameHost(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (foldAscii(static_cast<unsigned char>(a[i])) != foldAscii(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

bool isCalendarWord(std::string_view w)
{
    if (w.size() < 2 || w.size() > 9 || !isAlpha(static_cast<unsigned char>(w[0])))
        return false;
    // "may", "sun", "sat", "mar", "wed", "am", "pm" are ordinary words too
    // ("this domain may be for sale"): see isAmbiguousCalendarWord().
    static constexpr std::array<std::string_view, 38> kWords = {
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon", "tue", "thu", "fri", "utc", "gmt", "cet", "cest", "est"};
    for (const std::string_view k : kWords) {
        if (equalsFolded(w, k))
            return true;
    }
    return false;
}

// Calendar words that are also ordinary words: masked only next to a
// number or a date ("May 6", "3:04 PM", "Sat, 06 May").
bool isAmbiguousCalendarWord(std::string_view w)
{
    for (const std::string_view k : {"may", "sun", "sat", "mar", "wed", "am", "pm"}) {
        if (equalsFolded(w, k))
            return true;
    }
    return false;
}

bool isUuid(std::string_view w)
{
    if (w.size() != 36)
        return false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const auto c = static_cast<unsigned char>(w[i]);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!isHex(c)) {
            return false;
        }
    }
    return true;
}

// d{1,4} sep d{1,2} sep d{1,4}: 2024-05-01, 01/05/2024, 1.5.2024
bool isDateShape(std::string_view w)
{
    int groups = 0;
    int run = 0;
    unsigned char sep = 0;
    for (const char ch : w) {
        const auto c = static_cast<unsigned char>(ch);
        if (isDigit(c)) {
            ++run;
            if (run > 4)
                return false;
            continue;
        }
        if (c != '-' && c != '/' && c != '.')
            return false;
        if (run == 0 || (sep != 0 && c != sep))
            return false;
        sep = c;
        ++groups;
        run = 0;
    }
    return run > 0 && groups == 2;
}

struct WordShape
{
    bool digit = false, lower = false, upper = false, hexOnly = true, tokenChars = true;
    bool dateChars = true, colon = false, symbol = false, nonAscii = false;
};

WordShape shapeOf(std::string_view w)
{
    WordShape s;
    for (const char ch : w) {
        const auto c = static_cast<unsigned char>(ch);
        const bool d = isDigit(c);
        s.digit |= d;
        s.lower |= isLower(c);
        s.upper |= isUpper(c);
        s.nonAscii |= c >= 0x80;
        if (!isHex(c))
            s.hexOnly = false;
        const bool tokenSym = c == '+' || c == '/' || c == '=' || c == '_' || c == '-' || c == '.';
        s.symbol |= tokenSym && c != '.' && c != '-';
        if (!d && !isAlpha(c) && !tokenSym)
            s.tokenChars = false;
        if (!d && c != '-' && c != '/' && c != ':' && c != '.' && c != ',' && c != '+' && c != 'T' && c != 'Z')
            s.dateChars = false;
        s.colon |= c == ':';
    }
    return s;
}

// Returns the literal mask for whole-word categories, or an empty view when
// only digit runs are masked (category Number) or nothing is.
bool classifyCore(std::string_view w, MaskCategory *category, std::string_view *literal, bool besideNumber = false)
{
    *literal = {};
    if (w.empty())
        return false;
    if (isUuid(w)) {
        *category = MaskCategory::Uuid;
        *literal = "<uuid>";
        return true;
    }
    const WordShape s = shapeOf(w);
    if (!s.digit) {
        if (isCalendarWord(w) || (besideNumber && isAmbiguousCalendarWord(w))) {
            *category = MaskCategory::DateTime;
            *literal = "<date>";
            return true;
        }
        if (w.size() >= 24 && s.tokenChars && s.lower && s.upper && s.symbol) {
            *category = MaskCategory::Token;
            *literal = "<token>";
            return true;
        }
        return false;
    }
    if (s.dateChars && (s.colon || isDateShape(w) || w.find('T') != std::string_view::npos)) {
        *category = MaskCategory::DateTime;
        *literal = "<date>";
        return true;
    }
    if (w.size() >= 6 && s.hexOnly && (s.lower || s.upper)) {
        *category = MaskCategory::Hex;
        *literal = "<hex>";
        return true;
    }
    if (w.size() >= 16 && s.tokenChars && (s.lower || s.upper)) {
        *category = MaskCategory::Token;
        *literal = "<token>";
        return true;
    }
    *category = MaskCategory::Number;
    return true;
}

// Hashes (and optionally writes) the masked form of one word; returns its hash.
std::uint64_t emitWord(std::string_view word, const MaskOutput &out, bool besideNumber, bool *numeric)
{
    std::size_t b = 0;
    std::size_t e = word.size();
    while (b < e && isEdgePunct(static_cast<unsigned char>(word[b])))
        ++b;
    while (e > b && isEdgePunct(static_cast<unsigned char>(word[e - 1])))
        --e;
    const std::string_view core = b < e ? word.substr(b, e - b) : word;
    const std::string_view prefix = b < e ? word.substr(0, b) : std::string_view();
    const std::string_view suffix = b < e ? word.substr(e) : std::string_view();

    MaskCategory category = MaskCategory::Number;
    std::string_view literal;
    const bool masked = b < e && classifyCore(core, &category, &literal, besideNumber);
    *numeric = masked && (category == MaskCategory::Number || category == MaskCategory::DateTime);
    if (masked && out.tokens)
        out.tokens->push_back({category, fnv(core)});
    if (out.display)
        out.display->append(prefix);

    std::uint64_t h = kFnvOffset;
    if (masked && !literal.empty()) {
        h = fnvBytes(h, literal);
        if (out.display)
            out.display->append(literal);
    } else {
        bool inDigits = false;
        for (const char ch : core) {
            const auto c = static_cast<unsigned char>(ch);
            if (isDigit(c)) {
                if (!inDigits) {
                    h = fnvByte(h, '#');
                    if (out.display)
                        out.display->push_back('#');
                }
                inDigits = true;
                continue;
            }
            inDigits = false;
            h = fnvByte(h, foldAscii(c));
            if (out.display)
                out.display->push_back(ch);
        }
    }
    if (out.display)
        out.display->append(suffix);
    return mixHash(h);
}

} // namespace

int TokenMasker::maskText(std::string_view text, const MaskOutput &out)
{
    int words = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    bool previousNumeric = false;
    while (i < n) {
        std::size_t sp;
        while (i < n && (sp = spaceAt(text, i)) > 0)
            i += sp;
        if (i >= n)
            break;
        const std::size_t start = i;
        while (i < n && spaceAt(text, i) == 0)
            ++i;
        const std::string_view word = text.substr(start, i - start);
        if (out.display && words > 0)
            out.display->push_back(' ');
        // One word of look-ahead: does the next word start with a digit?
        std::size_t next = i;
        while (next < n && (sp = spaceAt(text, next)) > 0)
            next += sp;
        const bool nextNumeric = next < n && isDigit(static_cast<unsigned char>(text[next]));
        bool numeric = false;
        const std::uint64_t masked = emitWord(word, out, previousNumeric || nextNumeric, &numeric);
        previousNumeric = numeric;
        if (out.maskedWords)
            out.maskedWords->push_back(masked);
        if (out.rawWords)
            out.rawWords->push_back(mixHash(fnv(word)));
        ++words;
    }
    return words;
}

QByteArray TokenMasker::maskWord(std::string_view word)
{
    std::string display;
    MaskOutput out;
    out.display = &display;
    maskText(word, out);
    return QByteArray(display.data(), qsizetype(display.size()));
}

bool TokenMasker::classify(std::string_view word, MaskCategory *category)
{
    std::string_view literal;
    MaskCategory c = MaskCategory::Number;
    const bool masked = classifyCore(word, &c, &literal);
    if (masked && category)
        *category = c;
    return masked;
}

bool TokenMasker::isCsrfName(std::string_view name)
{
    // Fold into a small stack buffer: names are short, and a name longer
    // than the buffer is not a CSRF field name anyone uses.
    std::array<char, 64> folded{};
    if (name.empty() || name.size() > folded.size())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        folded[i] = static_cast<char>(foldAscii(static_cast<unsigned char>(name[i])));
    const std::string_view f(folded.data(), name.size());
    for (const std::string_view needle : {"csrf", "xsrf", "authenticity", "verificationtoken", "nonce", "form_key", "formkey"}) {
        if (f.find(needle) != std::string_view::npos)
            return true;
    }
    return f == "_token" || f == "token" || f == "csrf-param";
}

QByteArray schemeNeutralUrl(std::string_view url, std::string_view selfHost)
{
    std::string out;
    appendSchemeNeutralUrl(url, selfHost, &out);
    return QByteArray(out.data(), qsizetype(out.size()));
}

void appendSchemeNeutralUrl(std::string_view url, std::string_view selfHost, std::string *out)
{
    std::size_t b = 0;
    std::size_t e = url.size();
    while (b < e && isAsciiSpace(static_cast<unsigned char>(url[b])))
        ++b;
    while (e > b && isAsciiSpace(static_cast<unsigned char>(url[e - 1])))
        --e;
    std::string_view u = url.substr(b, e - b);
    if (const std::size_t hash = u.find('#'); hash != std::string_view::npos)
        u = u.substr(0, hash);

    bool hadHost = false;
    if (u.size() >= 7 && equalsFolded(u.substr(0, 7), "http://")) {
        u.remove_prefix(5); // keep "//"
        hadHost = true;
    } else if (u.size() >= 8 && equalsFolded(u.substr(0, 8), "https://")) {
        u.remove_prefix(6);
        hadHost = true;
    } else if (u.size() >= 2 && u[0] == '/' && u[1] == '/') {
        hadHost = true;
    }

    std::string &result = *out;
    if (hadHost) {
        std::string_view rest = u.substr(2);
        const std::size_t end = rest.find_first_of("/?");
        std::string_view host = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
        // A default port says nothing about the page: drop it with the scheme.
        if (host.size() > 3 && (host.substr(host.size() - 3) == ":80"))
            host.remove_suffix(3);
        else if (host.size() > 4 && host.substr(host.size() - 4) == ":443")
            host.remove_suffix(4);
        if (selfHost.empty() || !sameHost(host, selfHost)) {
            result.append("//");
            for (const char c : host)
                result.push_back(static_cast<char>(foldAscii(static_cast<unsigned char>(c))));
        }
        u = rest.empty() ? std::string_view("/") : rest;
    }

    const std::size_t q = u.find('?');
    result.append(u.substr(0, q));
    if (q == std::string_view::npos)
        return;
    // Mask each query value: cache busters (?v=3f2a9c1d) and session ids change per fetch.
    std::string_view query = u.substr(q + 1);
    result.push_back('?');
    bool first = true;
    MaskOutput masked;
    masked.display = &result;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
        if (!first)
            result.push_back('&');
        first = false;
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos) {
            TokenMasker::maskText(pair, masked);
            continue;
        }
        const std::string_view name = pair.substr(0, eq);
        result.append(name);
        result.push_back('=');
        if (TokenMasker::isCsrfName(name))
            result.append("<csrf>");
        else
            TokenMasker::maskText(pair.substr(eq + 1), masked);
    }
}

} // namespace sslrec
