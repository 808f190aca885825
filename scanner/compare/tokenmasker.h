#pragma once

#include "compare/normalizedcontent.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sslrec {

/// Where TokenMasker::maskText() puts its results; null members are skipped.
struct MaskOutput
{
    std::vector<std::uint64_t> *maskedWords = nullptr; ///< hash per word, volatile tokens masked, ASCII case-folded
    std::vector<std::uint64_t> *rawWords = nullptr;    ///< hash per word as written (the baseline's view)
    std::vector<MaskedToken> *tokens = nullptr;        ///< every masked token with its category
    std::string *display = nullptr;                    ///< masked words joined by single spaces (UTF-8), appended
};

/// Splits text into whitespace-separated words and masks volatile tokens
/// (numbers, dates and times, hex ids, base64-ish tokens, UUIDs) so that two
/// renderings of one page hash alike. Works on UTF-8 bytes in place: no heap
/// allocation per word. Stateless and thread-safe.
class TokenMasker
{
public:
    /// Appends every word of @p text to @p out; returns the number of words.
    static int maskText(std::string_view text, const MaskOutput &out);

    /// The masked form of one word ("2024-05-01" -> "<date>", "v15" -> "v#");
    /// for tests and for explaining a diff.
    static QByteArray maskWord(std::string_view word);

    /// Category of one word if it would be masked as a whole or in part.
    static bool classify(std::string_view word, MaskCategory *category);

    /// True for attribute or field names that carry CSRF tokens
    /// ("csrf_token", "_token", "authenticity_token", "__RequestVerificationToken", ...).
    static bool isCsrfName(std::string_view name);
};

/// A link target made scheme-neutral: "http://host/x", "https://host/x" and
/// "//host/x" all become "//host/x"; when @p selfHost matches (or the link is
/// relative) the host is dropped too ("/x"). Query values are masked like
/// words, fragments dropped.
QByteArray schemeNeutralUrl(std::string_view url, std::string_view selfHost);

/// schemeNeutralUrl() appended to @p out: no allocation once @p out has grown.
void appendSchemeNeutralUrl(std::string_view url, std::string_view selfHost, std::string *out);

} // namespace sslrec
