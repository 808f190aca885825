#pragma once

#include "compare/contentnormalizer.h"
#include "compare/normalizedcontent.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

namespace sslrec {

class ParsedHtml;

/// One side of a comparison: a fetched response as the comparator needs it.
struct ComparedResponse
{
    int status = 0;      ///< HTTP status code; 0 = no response at all (connection failed)
    QString contentType; ///< Content-Type header as received (may be empty)
    QUrl url;            ///< the URL fetched; its host makes self-links neutral
    QUrl location;       ///< Location header of a 3xx, resolved against url; empty otherwise
    QByteArray body;     ///< raw body bytes
    std::shared_ptr<const NormalizedContent> normalized; ///< precomputed normal form, or null (then computed on demand)
    const ParsedHtml *parsed = nullptr; ///< ParsedHtml::parse() of body, borrowed for one comparison, or null

    /// The normal form: the precomputed one, or computed now from body,
    /// contentType and url with @p options (from `parsed` when set; not
    /// cached: store it in `normalized` to reuse it, or take it from
    /// PageComparison).
    std::shared_ptr<const NormalizedContent> normalizedContent(
        const NormalizeOptions &options = NormalizeOptions::forComparison()) const;
};

} // namespace sslrec
