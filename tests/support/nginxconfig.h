#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace sslrec::test {

// One nginx server block: a hostname on one address and port, one scheme.
struct NginxServer
{
    QString serverName;      // server_name, the origin's hostname
    QHostAddress address;    // listen address (127.A.B.C)
    quint16 port = 0;        // listen port
    bool ssl = false;        // listen ... ssl
    bool http2 = false;      // listen ... http2 (only with ssl)
    bool defaultServer = false; // first server on a shared address:port
    QString certificateFile; // ssl_certificate (chain, leaf first)
    QString keyFile;         // ssl_certificate_key
    QString root;            // docroot
    QString extraConfig;     // directives appended inside the block, verbatim
};

// Everything an nginx.conf for the harness needs.
struct NginxConfigInput
{
    QString prefix;          // private prefix directory; every path below lives in it
    bool userRoot = false;   // emit "user root;" so workers can read 0700 temp dirs
    QList<NginxServer> servers; // the server blocks, in order
};

// Paths inside a harness prefix, shared by the config writer and the harness.
struct NginxPaths
{
    explicit NginxPaths(const QString &prefix);
    QString prefix;       // the prefix directory
    QString config;       // nginx.conf
    QString pidFile;      // nginx.pid
    QString errorLog;     // logs/error.log
    QString accessLog;    // logs/access.log (JSON lines)
    QString tempDir;      // temp/, parent of the *_temp_path directories
    QString wwwDir;       // www/, parent of the docroots
};

// The nginx.conf text: one worker, no daemon, every path inside the prefix,
// TLS 1.0-1.3 and @SECLEVEL=0 so weak test certificates can be served, and
// a JSON access log written without buffering.
QString renderNginxConfig(const NginxConfigInput &input);

} // namespace sslrec::test
