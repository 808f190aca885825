#pragma once

#include <cstddef>
#include <string_view>

namespace sslrec {

/// Cheap byte-level checks on an HTML body before and beside parsing.
/// Stateless and thread-safe.
class HtmlInputGuard
{
public:
    /// Where the element nesting of @p html would pass @p limit (void and
    /// implicitly closed elements do not count), or html.size() if never.
    /// Gumbo checks scopes by walking its stack of open elements, so
    /// thousands of unclosed elements make parsing quadratic: parse only the
    /// part before the cut-off.
    static std::size_t nestingCutoff(std::string_view html, int limit);

    /// True when a closing </html> or </body> appears near the end: a
    /// transfer cut short loses them.
    static bool endsCleanly(std::string_view html);

    /// ASCII case-insensitive search for a lower-case needle.
    static bool containsFolded(std::string_view haystack, std::string_view lowerNeedle);
};

} // namespace sslrec
