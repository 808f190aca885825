#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// Character-level pieces of the HTML condenser (htmlcondenser.h): UTF-8 and
// character references as gumbo's tokenizer reads them, and the private-use
// markers that stand for text runs. Internal to scanner/compare.
namespace sslrec::htmlchars {

/// Appends code point @p cp as UTF-8.
void appendUtf8(std::uint32_t cp, std::string *out);

/// Where a reference stands: gumbo reads a legacy name without its ';' in
/// text (data and RCDATA) always, in an attribute value only before a
/// character that is neither alphanumeric nor '='.
enum class RefContext { Text, Value };

/// At s[i] == '&': 0 when gumbo reads it as a literal '&', the length of a
/// reference a marker can stand for (decoded into @p out when given: any
/// named reference of the HTML5 list with its ';', a legacy name without
/// it, numeric ones with their ';'), -1 where gumbo's reading is left to
/// gumbo (references to whitespace and controls, numeric ones without ';').
/// s ends where the text or the value ends.
int charRef(std::string_view s, std::size_t i, std::string *out, RefContext context);

/// Length of a UTF-8 sequence at s[i] (>= 0x80) that gumbo keeps as it is;
/// 0 for invalid bytes, C1 controls, surrogates, noncharacters and the
/// marker planes.
std::size_t plainUtf8(std::string_view s, std::size_t i);

/// True when s[i] starts a character of the marker planes (U+F0000..U+10FFFF).
bool isMarkerLead(std::string_view s, std::size_t i);

/// True when @p html holds marker-plane characters, raw or as numeric
/// references: they would be read back as markers.
bool hasMarkerLookalikes(std::string_view html);

/// Appends the marker for text run @p index.
void appendMarker(std::uint32_t index, std::string *out);

} // namespace sslrec::htmlchars
