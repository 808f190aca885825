#include "compare/tokenmasker.h"

#include "compare/asciitext.h"
#include "compare/contenthash.h"

#include <algorithm>
#include <array>

namespace sslrec {

namespace {

constexpr bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

using namespace ascii;

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

// Per-byte classes, looked up once per byte while a word is hashed.
enum ByteClass : std::uint16_t {
    CDigit = 1, CLower = 2, CUpper = 4, CHex = 8, CTokenChar = 16, CSymbol = 32, CDateChar = 64,
    CColon = 128, CSpace = 256, CEdge = 512,
};

constexpr std::array<std::uint16_t, 256> makeClasses()
{
    std::array<std::uint16_t, 256> t{};
    for (int i = 0; i < 256; ++i) {
        const auto c = static_cast<unsigned char>(i);
        std::uint16_t v = 0;
        const bool tokenSym = c == '+' || c == '/' || c == '=' || c == '_' || c == '-' || c == '.';
        v |= isDigit(c) ? CDigit : 0;
        v |= isLower(c) ? CLower : 0;
        v |= isUpper(c) ? CUpper : 0;
        v |= isHex(c) ? CHex : 0;
        v |= (isDigit(c) || isAlpha(c) || tokenSym) ? CTokenChar : 0;
        v |= (tokenSym && c != '.' && c != '-') ? CSymbol : 0;
        v |= (isDigit(c) || c == '-' || c == '/' || c == ':' || c == '.' || c == ',' || c == '+' || c == 'T' || c == 'Z') ? CDateChar : 0;
        v |= c == ':' ? CColon : 0;
        v |= isAsciiSpace(c) ? CSpace : 0;
        v |= isEdgePunct(c) ? CEdge : 0;
        t[std::size_t(i)] = v;
    }
    return t;
}
constexpr std::array<std::uint16_t, 256> kClass = makeClasses();

// Up to eight lower-cased ASCII letters packed into one integer, first
// letter lowest: calendar words are found by comparing integers.
constexpr std::uint64_t pack(std::string_view lower)
{
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < lower.size() && i < 8; ++i)
        v |= std::uint64_t(static_cast<unsigned char>(lower[i])) << (8 * i);
    return v;
}

// "may", "sun", "sat", "mar", "wed", "am", "pm" are ordinary words too
// ("this domain may be for sale"): kAmbiguousWords are masked only next to
// a number or a date ("May 6", "3:04 PM", "Sat, 06 May").
// Sorted, so a lookup is a binary search: this runs for every word of text.
constexpr std::array<std::uint64_t, 36> kCalendarWords = [] {
    std::array<std::uint64_t, 36> words = {
        pack("january"), pack("february"), pack("march"), pack("april"), pack("june"), pack("july"), pack("august"),
        pack("october"), pack("november"), pack("december"), pack("jan"), pack("feb"), pack("apr"), pack("jun"),
        pack("jul"), pack("aug"), pack("sep"), pack("sept"), pack("oct"), pack("nov"), pack("dec"), pack("monday"),
        pack("tuesday"), pack("thursday"), pack("friday"), pack("saturday"), pack("sunday"), pack("mon"), pack("tue"),
        pack("thu"), pack("fri"), pack("utc"), pack("gmt"), pack("cet"), pack("cest"), pack("est")};
    std::sort(words.begin(), words.end());
    return words;
}();
constexpr std::array<std::uint64_t, 7> kAmbiguousWords = {pack("may"), pack("sun"), pack("sat"), pack("mar"),
                                                          pack("wed"), pack("am"), pack("pm")};

bool isCalendarWord(std::string_view w, std::uint64_t packed)
{
    if (w.size() == 9) // the two nine-letter names do not fit a packed integer
        return equalsFolded(w, "september") || equalsFolded(w, "wednesday");
    return std::binary_search(kCalendarWords.begin(), kCalendarWords.end(), packed);
}

bool isAmbiguousCalendarWord(std::uint64_t packed)
{
    for (const std::uint64_t k : kAmbiguousWords) {
        if (k == packed)
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

// One pass over a word: its shape (classes every byte has / some byte
// has), the hash of its digit-masked, case-folded form, and its letters
// packed for the calendar lookup.
struct WordScan
{
    unsigned any = 0;
    unsigned all = ~0u;
    std::uint64_t hash = kFnvOffset;
    std::uint64_t packed = 0;
};

WordScan scanWord(std::string_view w)
{
    WordScan s;
    bool inDigits = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        const auto c = static_cast<unsigned char>(w[i]);
        const unsigned cls = kClass[c];
        s.any |= cls;
        s.all &= cls;
        if (cls & CDigit) {
            if (!inDigits)
                s.hash = fnvByte(s.hash, '#');
            inDigits = true;
            continue;
        }
        inDigits = false;
        const unsigned char f = fold(c);
        s.hash = fnvByte(s.hash, f);
        if (i < 8)
            s.packed |= std::uint64_t(f) << (8 * i);
    }
    return s;
}

// Whether @p w is masked; sets the category, and the literal for
// whole-word categories (empty when only digit runs are masked).
bool classifyCore(std::string_view w, const WordScan &s, MaskCategory *category, std::string_view *literal,
                  bool besideNumber)
{
    *literal = {};
    if (w.empty())
        return false;
    if (w.size() == 36 && isUuid(w)) {
        *category = MaskCategory::Uuid;
        *literal = "<uuid>";
        return true;
    }
    const bool lower = s.any & CLower;
    const bool upper = s.any & CUpper;
    if (!(s.any & CDigit)) {
        if (w.size() >= 2 && w.size() <= 9 && isAlpha(static_cast<unsigned char>(w[0]))
            && (isCalendarWord(w, s.packed) || (besideNumber && w.size() <= 3 && isAmbiguousCalendarWord(s.packed)))) {
            *category = MaskCategory::DateTime;
            *literal = "<date>";
            return true;
        }
        if (w.size() >= 24 && (s.all & CTokenChar) && lower && upper && (s.any & CSymbol)) {
            *category = MaskCategory::Token;
            *literal = "<token>";
            return true;
        }
        return false;
    }
    if ((s.all & CDateChar) && ((s.any & CColon) || isDateShape(w) || w.find('T') != std::string_view::npos)) {
        *category = MaskCategory::DateTime;
        *literal = "<date>";
        return true;
    }
    if (w.size() >= 6 && (s.all & CHex) && (lower || upper)) {
        *category = MaskCategory::Hex;
        *literal = "<hex>";
        return true;
    }
    if (w.size() >= 16 && (s.all & CTokenChar) && (lower || upper)) {
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
    while (b < e && (kClass[static_cast<unsigned char>(word[b])] & CEdge))
        ++b;
    while (e > b && (kClass[static_cast<unsigned char>(word[e - 1])] & CEdge))
        --e;
    const std::string_view core = b < e ? word.substr(b, e - b) : word;

    const WordScan scan = scanWord(core);
    MaskCategory category = MaskCategory::Number;
    std::string_view literal;
    const bool masked = b < e && classifyCore(core, scan, &category, &literal, besideNumber);
    *numeric = masked && (category == MaskCategory::Number || category == MaskCategory::DateTime);
    if (masked && out.tokens)
        out.tokens->push_back({category, fnv(core)});
    const std::uint64_t h = masked && !literal.empty() ? fnv(literal) : scan.hash;
    if (out.display) {
        std::string &d = *out.display;
        if (b < e)
            d.append(word.substr(0, b));
        if (!literal.empty()) {
            d.append(literal);
        } else {
            bool inDigits = false;
            for (const char ch : core) {
                const bool digit = isDigit(static_cast<unsigned char>(ch));
                if (!digit || !inDigits)
                    d.push_back(digit ? '#' : ch);
                inDigits = digit;
            }
        }
        if (b < e)
            d.append(word.substr(e));
    }
    return mixHash(h);
}

} // namespace

int TokenMasker::maskText(std::string_view text, const MaskOutput &out)
{
    int words = 0;
    const std::size_t n = text.size();
    // Whitespace: ASCII, or U+00A0 (C2 A0).
    const auto spaceAt = [&](std::size_t i) -> std::size_t {
        const auto c = static_cast<unsigned char>(text[i]);
        if (kClass[c] & CSpace)
            return 1;
        return c == 0xC2 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0xA0 ? 2 : 0;
    };
    std::size_t i = 0;
    std::size_t sp;
    while (i < n && (sp = spaceAt(i)) > 0)
        i += sp;
    bool previousNumeric = false;
    while (i < n) {
        const std::size_t start = i;
        while (i < n && spaceAt(i) == 0)
            ++i;
        const std::string_view word = text.substr(start, i - start);
        if (out.display && words > 0)
            out.display->push_back(' ');
        // One word of look-ahead: does the next word start with a digit?
        while (i < n && (sp = spaceAt(i)) > 0)
            i += sp;
        const bool nextNumeric = i < n && isDigit(static_cast<unsigned char>(text[i]));
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
    const bool masked = classifyCore(word, scanWord(word), &c, &literal, false);
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
        folded[i] = static_cast<char>(fold(static_cast<unsigned char>(name[i])));
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
        if (selfHost.empty() || !sameFolded(host, selfHost)) {
            result.append("//");
            for (const char c : host)
                result.push_back(static_cast<char>(fold(static_cast<unsigned char>(c))));
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
