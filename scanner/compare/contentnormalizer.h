#pragma once

#include "compare/normalizedcontent.h"

#include <QByteArray>
#include <QString>

namespace sslrec {

class ParsedHtml;

/// What ContentNormalizer computes beyond what the Comparator needs.
struct NormalizeOptions
{
    bool displayText = true; ///< fill NormalizedContent::text (the differ's view of the page)
    bool rawShingles = true; ///< fill NormalizedContent::rawShingles (only the baseline uses them)
    bool condense = true;    ///< HTML: hand gumbo a condensed copy (see HtmlCondenser); off only to test that it changes nothing

    /// Just what Comparator::compare() reads: no display text, no baseline shingles.
    static NormalizeOptions forComparison() { return {false, false, true}; }
};

/// Turns one fetched body into a NormalizedContent: HTML through
/// HtmlNormalizer, text types (CSS, JS, JSON, XML, plain) as masked lines,
/// images as type + dimensions, everything else as an exact hash. Compute it
/// once per body and reuse it; re-entrant and thread-safe.
class ContentNormalizer
{
public:
    /// @p contentType is the Content-Type header (parameters allowed, may be
    /// empty: the body is sniffed then). @p host is the page's host name, used
    /// to make self-links scheme- and host-neutral; may be empty.
    /// @p parsed, when given, is ParsedHtml::parse() of this very body: an
    /// HTML body is then walked from that tree instead of parsed again.
    static NormalizedContent normalize(const QByteArray &body, const QString &contentType, const QString &host = {},
                                       const NormalizeOptions &options = {}, const ParsedHtml *parsed = nullptr);

    /// The kind a body would get, without normalising it (sniffs when the
    /// media type says nothing useful).
    static ContentKind kindOf(const QByteArray &body, const QString &contentType, QString *mediaType = nullptr);
};

} // namespace sslrec
