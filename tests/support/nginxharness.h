#pragma once

#include "accesslog.h"
#include "core/result.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

namespace sslrec::test {

enum class Scheme { Http, Https };

// One origin (hostname) the harness serves.
struct OriginSpec
{
    QString host;              // server_name and docroot directory name, e.g. "www.example.test"
    bool http = true;          // listen for plain HTTP (false = HTTP port closed on its address)
    bool https = true;         // listen for HTTPS (false = HTTPS port closed on its address)
    QString certificateFile;   // ssl_certificate: leaf first, e.g. IssuedLeaf::chainFile
    QString keyFile;           // ssl_certificate_key, e.g. IssuedLeaf::keyFile
    QString httpConfig;        // extra directives in the HTTP server block ("ssi on;", "return 403;", ...)
    QString httpsConfig;       // extra directives in the HTTPS server block
    QString shareAddressWith;  // host of an origin added earlier whose address this one shares (SNI vhosts)
    bool separateDocroots = false; // HTTP and HTTPS serve different directories (content mismatch cases)
};

// Harness-wide switches.
struct HarnessOptions
{
    bool http2 = false;              // offer h2 (ALPN) on the HTTPS listeners
    bool preferStandardPorts = true; // use 80/443 when root and free, else one pair of high ports
};

// Real nginx origins on loopback for integration tests. Each origin gets its
// own 127.A.B.C address (or shares one), HTTP and/or HTTPS, a docroot the test
// fills, and optional extra config. nginx runs as a child process under a
// private prefix (never the system nginx, its pid file or /var/log/nginx);
// it is stopped by stop() or the destructor, and receives SIGTERM if the test
// process dies. A missing nginx is a failure, not a skip: CI installs it.
//
//   NginxHarness nginx(tempDir.path());
//   nginx.addOrigin({.host = "www.example.test", .certificateFile = leaf.chainFile, .keyFile = leaf.keyFile});
//   nginx.writeFile("www.example.test", "index.html", "<p>hello</p>");
//   QVERIFY2(nginx.start().ok(), ...);
//   nginx.addressUrl("www.example.test", Scheme::Https)  // https://127.A.B.C:port/
//   nginx.resolveArgument("www.example.test")            // "www.example.test:127.A.B.C"
//
// Access log entries are written when nginx finishes a request, which may be a
// moment after the client has the response: wait with QTRY_COMPARE/QTRY_VERIFY.
class NginxHarness
{
public:
    explicit NginxHarness(const QString &prefixDirectory, HarnessOptions options = {});
    ~NginxHarness();
    NginxHarness(const NginxHarness &) = delete;
    NginxHarness &operator=(const NginxHarness &) = delete;

    // Adds an origin (before start()) and creates its docroot(s).
    Status addOrigin(const OriginSpec &origin);

    // Allocates addresses and ports, writes the config, starts nginx and
    // waits until every listener accepts connections (10 s deadline). On
    // failure the message includes the tail of nginx's error log.
    Status start();
    // SIGTERM, wait; SIGKILL after a deadline. Safe to call twice.
    void stop();
    bool isRunning() const;
    qint64 pid() const;

    quint16 httpPort() const;      // valid after start()
    quint16 httpsPort() const;     // valid after start()
    bool usesStandardPorts() const; // true when the ports are 80/443
    quint16 port(Scheme scheme) const;

    QHostAddress address(const QString &host) const; // the origin's loopback address (after start())
    QString resolveArgument(const QString &host) const; // "host:address" for --resolve
    // http(s)://host[:port]/path — by hostname, for clients that resolve via --resolve.
    QUrl url(const QString &host, Scheme scheme, const QString &path = QStringLiteral("/")) const;
    // http(s)://127.A.B.C[:port]/path — set Host and peer verify name to the host yourself.
    QUrl addressUrl(const QString &host, Scheme scheme, const QString &path = QStringLiteral("/")) const;

    // The directory served for host over scheme (the same for both schemes
    // unless OriginSpec::separateDocroots).
    QString docroot(const QString &host, Scheme scheme = Scheme::Http) const;
    // Writes a file under the host's docroot(s), creating directories: both
    // schemes' docroots, or only the given scheme's.
    Status writeFile(const QString &host, const QString &relativePath, const QByteArray &content);
    Status writeFile(const QString &host, Scheme scheme, const QString &relativePath, const QByteArray &content);

    QList<AccessLogEntry> accessLog() const;
    void clearAccessLog();
    QString errorLogTail(int lines = 30) const;

    QString prefix() const;
    QString configFile() const;
    QString configText() const; // the written nginx.conf, for failure messages

    // Where the nginx binary is: $SSLREC_NGINX, /usr/sbin/nginx, or nginx on PATH.
    static Result<QString> findNginx();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sslrec::test
