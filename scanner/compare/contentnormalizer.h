#pragma once

#include "compare/normalizedcontent.h"

#include <QByteArray>
#include <QString>

namespace sslrec {

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
    static NormalizedContent normalize(const QByteArray &body, const QString &contentType, const QString &host = {});

    /// The kind a body would get, without normalising it (sniffs when the
    /// media type says nothing useful).
    static ContentKind kindOf(const QByteArray &body, const QString &contentType, QString *mediaType = nullptr);
};

} // namespace sslrec
