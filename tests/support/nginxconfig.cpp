#include "nginxconfig.h"

#include <QDir>

namespace sslrec::test {

namespace {

// nginx strings in double quotes: backslash and quote escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

const char *const kTypes = R"(    types {
        text/html html htm shtml;
        text/css css;
        text/plain txt;
        text/xml xml;
        application/javascript js;
        application/json json;
        application/xml rss atom;
        application/pdf pdf;
        application/gzip gz;
        image/png png;
        image/jpeg jpg jpeg;
        image/gif gif;
        image/svg+xml svg;
        image/x-icon ico;
        image/webp webp;
        font/woff2 woff2;
    }
    default_type application/octet-stream;
)";

// Field names follow nginx's variable names so a failing test reads naturally.
const char *const kLogFormat =
    R"(    log_format sslrec_json escape=json '{"time":"$time_iso8601","scheme":"$scheme","host":"$host",)"
    R"("http_host":"$http_host","server_name":"$server_name","server_addr":"$server_addr",)"
    R"("server_port":"$server_port","ssl_server_name":"$ssl_server_name","ssl_protocol":"$ssl_protocol",)"
    R"("request_method":"$request_method","request_uri":"$request_uri","server_protocol":"$server_protocol",)"
    R"("status":"$status","body_bytes_sent":"$body_bytes_sent","http_user_agent":"$http_user_agent",)"
    R"("remote_addr":"$remote_addr"}';)"
    "\n";

QString renderServer(const NginxServer &server)
{
    QString listen = QStringLiteral("%1:%2").arg(server.address.toString()).arg(server.port);
    if (server.ssl)
        listen += QStringLiteral(" ssl");
    if (server.ssl && server.http2)
        listen += QStringLiteral(" http2");
    if (server.defaultServer)
        listen += QStringLiteral(" default_server");

    QString block;
    block += QStringLiteral("    server {\n");
    block += QStringLiteral("        listen %1;\n").arg(listen);
    block += QStringLiteral("        server_name %1;\n").arg(server.serverName);
    if (server.ssl) {
        block += QStringLiteral("        ssl_certificate %1;\n").arg(quoted(server.certificateFile));
        block += QStringLiteral("        ssl_certificate_key %1;\n").arg(quoted(server.keyFile));
    }
    block += QStringLiteral("        root %1;\n").arg(quoted(server.root));
    block += QStringLiteral("        index index.html;\n");
    if (!server.extraConfig.isEmpty()) {
        block += QStringLiteral("        # extra configuration from the test\n");
        for (const QString &line : server.extraConfig.split(QLatin1Char('\n')))
            block += QStringLiteral("        ") + line + QLatin1Char('\n');
    }
    block += QStringLiteral("    }\n");
    return block;
}

} // namespace

NginxPaths::NginxPaths(const QString &prefixDir)
    : prefix(QDir(prefixDir).absolutePath())
    , config(prefix + QStringLiteral("/nginx.conf"))
    , pidFile(prefix + QStringLiteral("/nginx.pid"))
    , errorLog(prefix + QStringLiteral("/logs/error.log"))
    , accessLog(prefix + QStringLiteral("/logs/access.log"))
    , tempDir(prefix + QStringLiteral("/temp"))
    , wwwDir(prefix + QStringLiteral("/www"))
{
}

QString renderNginxConfig(const NginxConfigInput &input)
{
    const NginxPaths paths(input.prefix);
    QString conf;
    conf += QStringLiteral("# Written by sslrec::test::NginxHarness; private to one test run.\n");
    if (input.userRoot)
        conf += QStringLiteral("user root;\n");
    conf += QStringLiteral("worker_processes 1;\n");
    conf += QStringLiteral("daemon off;\n");
    conf += QStringLiteral("pid %1;\n").arg(quoted(paths.pidFile));
    conf += QStringLiteral("lock_file %1;\n").arg(quoted(paths.prefix + QStringLiteral("/nginx.lock")));
    conf += QStringLiteral("error_log %1 info;\n").arg(quoted(paths.errorLog));
    conf += QStringLiteral("events {\n    worker_connections 512;\n}\n");
    conf += QStringLiteral("http {\n");
    conf += QString::fromLatin1(kTypes);
    conf += QString::fromLatin1(kLogFormat);
    // No buffer= parameter: each entry is written when its request completes.
    conf += QStringLiteral("    access_log %1 sslrec_json;\n").arg(quoted(paths.accessLog));
    for (const char *kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
        conf += QStringLiteral("    %1_temp_path %2;\n")
                    .arg(QLatin1String(kind), quoted(paths.tempDir + QLatin1Char('/') + QLatin1String(kind)));
    }
    conf += QStringLiteral("    sendfile on;\n");
    conf += QStringLiteral("    keepalive_timeout 30s;\n");
    conf += QStringLiteral("    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;\n");
    // Security level 0 lets nginx load and serve RSA-1024 and SHA-1 test
    // certificates and negotiate TLS 1.0/1.1 (tst_nginxharness proves it).
    conf += QStringLiteral("    ssl_ciphers \"DEFAULT:@SECLEVEL=0\";\n");
    conf += QStringLiteral("    ssl_prefer_server_ciphers off;\n");
    for (const NginxServer &server : input.servers)
        conf += renderServer(server);
    conf += QStringLiteral("}\n");
    return conf;
}

} // namespace sslrec::test
