#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace sslrec {

enum class Scheme { Http, Https };

/// "http" or "https".
QString schemeName(Scheme scheme);

/// Why a fetch failed. Every failure is one of these, never a bare string.
enum class FetchError {
    None,          ///< a complete HTTP response was received
    Dns,           ///< the hostname did not resolve
    Refused,       ///< TCP connection refused (nothing listens)
    Timeout,       ///< connect, idle or total time limit reached
    TlsHandshake,  ///< TCP connected but the TLS handshake failed
    HttpProtocol,  ///< the server answered with something that is not valid HTTP
    TooLarge,      ///< the response exceeded a size bound (body, headers)
    Closed,        ///< the server closed the connection before answering
    Cancelled,     ///< the scan was cancelled
    Network,       ///< any other network failure
};

/// Stable identifier of a FetchError ("dns", "refused", "timeout", "tls-handshake", ...).
QString fetchErrorCode(FetchError error);

/// Bounds and identity of every request of a scan.
struct FetchOptions
{
    QString userAgent;                 ///< full User-Agent header value
    int connectTimeoutMs = 10000;      ///< no bytes at all within this → timeout
    int idleTimeoutMs = 15000;         ///< no bytes for this long mid-transfer → timeout
    int totalTimeoutMs = 60000;        ///< whole request, first byte to last
    qint64 maxBodyBytes = 5 * 1024 * 1024; ///< body cap after decompression; the rest is dropped, truncation recorded
    int maxHeaderBytes = 64 * 1024;    ///< total size of response header fields
    int maxHeaderCount = 200;          ///< number of response header fields
    quint16 httpPort = 80;             ///< port for http:// origins
    quint16 httpsPort = 443;           ///< port for https:// origins
    std::optional<QNetworkProxy> proxy;///< explicit proxy; unset = system configuration
};

/// One request: a path on a host over one scheme.
struct FetchRequest
{
    QString host;               ///< hostname: Host header, SNI and certificate name
    Scheme scheme = Scheme::Http; ///< which port and protocol
    QString pathAndQuery = QStringLiteral("/"); ///< the same on both schemes
    QHostAddress pinnedAddress; ///< --resolve pin; null = resolve host normally
};

/// One response header field, raw.
using HeaderField = QPair<QByteArray, QByteArray>;

/// What one GET returned. Plain value; crosses threads.
struct FetchResult
{
    QString host;              ///< hostname the request was for
    Scheme scheme = Scheme::Http; ///< scheme used
    QString pathAndQuery;      ///< path and query requested
    QUrl url;                  ///< the logical URL (hostname, not address)
    FetchError error = FetchError::None; ///< None when a response arrived
    QString errorMessage;      ///< what went wrong, for people
    int status = 0;            ///< HTTP status code; 0 when no response
    QByteArray reasonPhrase;   ///< HTTP reason phrase
    QList<HeaderField> headers;///< response header fields as received
    QString contentType;       ///< media type without parameters, lower case
    QString redirectTarget;    ///< absolute Location for 3xx, empty otherwise
    QByteArray body;           ///< body after content decoding, at most maxBodyBytes
    qint64 bodyBytes = 0;      ///< bytes of body seen (decoded), including any dropped past the cap
    bool truncated = false;    ///< body hit maxBodyBytes
    bool http2 = false;        ///< the response came over HTTP/2
    QHostAddress peerAddress;  ///< address connected to, when known
    QDateTime startedAt;       ///< UTC, when the request was sent
    qint64 elapsedMs = 0;      ///< wall time to the last byte or failure

    bool answered() const { return error == FetchError::None; }
    QByteArray header(const QByteArray &name) const;
};

} // namespace sslrec
