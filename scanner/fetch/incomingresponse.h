#pragma once

#include "fetch/fetchtypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace sslrec {

/// One response as it arrives: header lines and body blocks in the order the
/// HTTP client hands them over (libcurl's header and write callbacks), with
/// the fetcher's caps applied as they go. Knows nothing of curl; the
/// Fetcher turns it into a FetchResult.
struct IncomingResponse
{
    int status = 0;
    QByteArray reasonPhrase;
    QList<HeaderField> headers;
    QByteArray contentEncoding; ///< as declared, lower case; "" when none
    QByteArray body;            ///< decoded, at most FetchOptions::maxBodyBytes
    qint64 bodyBytes = 0;       ///< decoded bytes seen, including any past the cap
    bool headersComplete = false; ///< the final (non-1xx) header block has ended
    bool truncated = false;     ///< the body reached the cap; the response still counts as received
    FetchError error = FetchError::None; ///< set when a header rule stopped the transfer
    QString message;            ///< why it stopped (error, or the truncation)

    /// A compressed body (any Content-Encoding but identity).
    bool encoded() const { return !contentEncoding.isEmpty() && contentEncoding != "identity"; }

    /// One header line, line ending included or not: a status line, a
    /// field, the blank line that ends a block, or a trailer (ignored).
    /// false: stop the transfer (too many or too large fields, conflicting
    /// Content-Length values; error and message say which).
    bool takeHeaderLine(QByteArrayView line, const FetchOptions &options);

    /// A block of the decoded body. false: the cap is reached (truncated).
    bool takeBody(QByteArrayView block, const FetchOptions &options);

private:
    bool endOfHeaders();
    bool expectStatusLine = true; // the next header line starts a response
    qint64 headerBytes = 0;
};

} // namespace sslrec
