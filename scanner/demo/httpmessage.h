#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QPair>

#include <functional>

namespace sslrec {

/// One header field, name spelled as sent.
using HttpHeader = QPair<QByteArray, QByteArray>;

/// One request as MiniHttpServer parsed it.
struct HttpRequest
{
    QByteArray method;         ///< "GET", "HEAD", ... (case-sensitive, as sent)
    QByteArray target;         ///< request-target as sent, e.g. "/a/b?c=1"
    QByteArray path;           ///< the target's path, e.g. "/a/b" (absolute-form reduced to it)
    QByteArray query;          ///< after '?', without it; empty if none
    QByteArray version;        ///< "HTTP/1.1" or "HTTP/1.0"
    QList<HttpHeader> headers; ///< header fields in the order received
    QByteArray host;           ///< Host (or absolute-form authority), lowercased, without port
    QByteArray body;           ///< content framed by Content-Length; usually empty
    bool tls = false;          ///< arrived over HTTPS
    quint64 connectionId = 0;  ///< server-unique id of the connection it arrived on (from 1)
    int sequence = 0;          ///< 1 for the first request on its connection, 2 for the next, ...

    /// First value of header @p name (case-insensitive); a null QByteArray if absent.
    QByteArray header(QByteArrayView name) const;
};

/// What a handler wants sent back.
struct HttpResponse
{
    int status = 200;             ///< status code
    QByteArray reason;            ///< reason phrase; empty = the standard one
    QList<HttpHeader> headers;    ///< extra fields; the server adds Content-Length, Connection and Date (unless given)
    QByteArray body;              ///< content; never sent for HEAD, 1xx, 204, 304
    bool closeConnection = false; ///< close the connection after this response
    int delayMs = 0;              ///< answer only after this long (a slow origin); later pipelined requests wait too
    QByteArray raw;               ///< if not empty: sent verbatim instead of a formatted response, then the connection closes

    /// A response with a Content-Type header and a body.
    static HttpResponse withBody(int status, const QByteArray &contentType, const QByteArray &body);
};

/// Maps a request to a response. Runs in the server's thread and must not block.
using HttpHandler = std::function<HttpResponse(const HttpRequest &request)>;

/// Size caps and timeouts of MiniHttpServer.
struct HttpServerLimits
{
    int maxHeaderBytes = 16 * 1024; ///< request line + header fields; more -> 431 and close
    int maxBodyBytes = 64 * 1024;   ///< request content; more -> 413 and close
    int idleTimeoutMs = 15000;      ///< a connection must complete its next request within this, or it is closed
    int handshakeTimeoutMs = 10000; ///< a TLS handshake must finish within this
    int maxConnections = 64;        ///< connections beyond this are closed at once
};

/// The standard reason phrase for @p status ("OK", "Not Found", ...), "Unknown" otherwise.
QByteArray httpReasonPhrase(int status);

} // namespace sslrec

Q_DECLARE_METATYPE(sslrec::HttpRequest)
