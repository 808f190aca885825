#pragma once

#include "compare/normalizedcontent.h"

#include <QString>

#include <string_view>

namespace sslrec {

/// Recognises stock pages a server shows instead of the site: web-server
/// default pages (nginx, Apache, IIS, hosting panels), parked domains and
/// stock error pages. Stateless and thread-safe.
class PlaceholderDetector
{
public:
    struct Match
    {
        PlaceholderKind kind = PlaceholderKind::None; ///< None when nothing matched
        QString name;                                  ///< "the nginx welcome page"
    };

    /// @p title and @p text are the page's title and visible text as written
    /// (UTF-8, not masked); only their first few kilobytes are read.
    static Match detect(std::string_view title, std::string_view text, int wordCount);
};

} // namespace sslrec
