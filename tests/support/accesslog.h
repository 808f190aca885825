#pragma once

#include <QList>
#include <QString>

namespace sslrec::test {

// One request as nginx logged it (JSON access log, one object per line).
struct AccessLogEntry
{
    QString scheme;        // $scheme: "http" or "https"
    QString host;          // $host: Host header (lower-cased, no port), else server_name
    QString serverName;    // $server_name: the vhost that answered
    QString serverAddr;    // $server_addr: the loopback address the request arrived on
    quint16 serverPort = 0; // $server_port
    QString sslServerName; // $ssl_server_name: SNI, empty for HTTP or no SNI
    QString sslProtocol;   // $ssl_protocol, e.g. "TLSv1.3"
    QString requestMethod; // $request_method
    QString requestUri;    // $request_uri: path and query as sent
    QString serverProtocol; // $server_protocol, e.g. "HTTP/1.1", "HTTP/2.0"
    int status = 0;        // $status
    qint64 bodyBytesSent = 0; // $body_bytes_sent
    QString userAgent;     // $http_user_agent
    QString remoteAddr;    // $remote_addr
};

// Parses the harness's JSON access log (one object per line); a line still
// being written is skipped until complete. Missing file = no entries.
QList<AccessLogEntry> readAccessLog(const QString &path);

} // namespace sslrec::test
