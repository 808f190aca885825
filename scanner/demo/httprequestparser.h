#pragma once

#include "demo/httpmessage.h"

namespace sslrec {

/// Outcome of parsing the start of a connection's receive buffer.
struct HttpParseResult
{
    enum class Kind {
        Incomplete, ///< a valid prefix: wait for more bytes
        Complete,   ///< `request` is ready and used `consumed` bytes
        Invalid,    ///< answer `errorStatus` and close the connection
    };
    Kind kind = Kind::Incomplete; ///< which of the three
    HttpRequest request;          ///< the request (Complete only; connection fields left 0)
    qsizetype consumed = 0;       ///< bytes of the buffer the request used (Complete only)
    int errorStatus = 0;          ///< 400, 413, 431, 501 or 505 (Invalid only)
    QByteArray errorDetail;       ///< what was wrong, for the log (Invalid only)
};

/// Parses one HTTP/1.x request from the start of @p buffer. Stateless: call it
/// again with the grown buffer after Incomplete. Request content must be framed
/// by Content-Length (Transfer-Encoding gets 501). Leading empty lines are
/// skipped (RFC 9112 2.2).
HttpParseResult parseHttpRequest(QByteArrayView buffer, const HttpServerLimits &limits);

/// Whether the connection may stay open after answering @p request
/// (HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive").
bool wantsKeepAlive(const HttpRequest &request);

} // namespace sslrec
