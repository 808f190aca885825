#include "accesslog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sslrec::test {

namespace {

// The log format quotes every field (so an empty or "-" value stays valid JSON),
// so numbers are converted here.
AccessLogEntry parseEntry(const QJsonObject &o)
{
    AccessLogEntry e;
    e.scheme = o.value(QLatin1String("scheme")).toString();
    e.host = o.value(QLatin1String("host")).toString();
    e.serverName = o.value(QLatin1String("server_name")).toString();
    e.serverAddr = o.value(QLatin1String("server_addr")).toString();
    e.serverPort = static_cast<quint16>(o.value(QLatin1String("server_port")).toString().toUInt());
    e.sslServerName = o.value(QLatin1String("ssl_server_name")).toString();
    e.sslProtocol = o.value(QLatin1String("ssl_protocol")).toString();
    e.requestMethod = o.value(QLatin1String("request_method")).toString();
    e.requestUri = o.value(QLatin1String("request_uri")).toString();
    e.serverProtocol = o.value(QLatin1String("server_protocol")).toString();
    e.status = o.value(QLatin1String("status")).toString().toInt();
    e.bodyBytesSent = o.value(QLatin1String("body_bytes_sent")).toString().toLongLong();
    e.userAgent = o.value(QLatin1String("http_user_agent")).toString();
    e.remoteAddr = o.value(QLatin1String("remote_addr")).toString();
    return e;
}

} // namespace

QList<AccessLogEntry> readAccessLog(const QString &path)
{
    QList<AccessLogEntry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            entries << parseEntry(doc.object());
    }
    return entries;
}

} // namespace sslrec::test
