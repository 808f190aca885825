#pragma once

#include "core/result.h"
#include "demo/httpmessage.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpServer;
QT_END_NAMESPACE

namespace sslrec {

class MiniHttpConnection;

/// A small, event-driven HTTP/1.1 server for loopback fixtures: the offline
/// demo site and tests that need an origin to behave (or misbehave) on cue.
///
/// Every request goes to one HttpHandler, which sees method, path, query and
/// Host and returns status, headers and body. The server frames responses
/// with Content-Length, keeps connections alive (HTTP/1.1 default, 1.0 on
/// request), answers pipelined requests in order, strips bodies from HEAD
/// answers, refuses methods outside allowedMethods() with 405, answers
/// malformed or oversized requests with 400/413/431/501/505 and closes, and
/// closes connections that stay idle past HttpServerLimits::idleTimeoutMs.
///
/// With setTls() it serves HTTPS (QSslServer) with one certificate chain for
/// every connection: SNI does not pick a certificate, so use one server per
/// origin and scheme. It never blocks and lives in the thread that created it.
class MiniHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit MiniHttpServer(HttpHandler handler, QObject *parent = nullptr);
    ~MiniHttpServer() override;

    /// Replaces the handler; connections already open keep the old one.
    void setHandler(HttpHandler handler);
    /// Caps and timeouts for connections accepted from now on.
    void setLimits(const HttpServerLimits &limits);
    HttpServerLimits limits() const { return m_limits; }
    /// Methods passed to the handler; others get 405 (default: GET, HEAD).
    void setAllowedMethods(const QList<QByteArray> &methods);
    QList<QByteArray> allowedMethods() const { return m_allowedMethods; }

    /// Serve HTTPS presenting @p chain (leaf first) and @p key. Call before listen().
    void setTls(const QList<QSslCertificate> &chain, const QSslKey &key);
    /// Whether setTls() was called.
    bool isTls() const { return !m_chain.isEmpty(); }

    /// Starts listening on @p address : @p port (0 = any free port, see port()).
    /// Error codes: "http.listen.in_use" (port taken on that address),
    /// "http.listen.unavailable" (address not local), "http.listen.tls"
    /// (setTls() got no usable key), "http.listen.failed" (anything else).
    Status listen(const QHostAddress &address, quint16 port = 0);
    /// Stops listening and drops every open connection. listen() may be called again.
    void close();
    bool isListening() const;
    /// The bound address and port while listening.
    QHostAddress address() const;
    quint16 port() const;

    /// Connections open right now.
    int openConnections() const { return int(m_connections.size()); }
    /// Connections accepted since construction (TLS: after a successful handshake).
    quint64 acceptedConnections() const { return m_nextConnectionId - 1; }

signals:
    /// A response to @p request went out with @p status (also for 405 and for
    /// malformed requests, which then have an empty method).
    void requestServed(const sslrec::HttpRequest &request, int status);

private:
    void acceptPending();

    HttpHandler m_handler;
    HttpServerLimits m_limits;
    QList<QByteArray> m_allowedMethods;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    std::unique_ptr<QTcpServer> m_server;
    QHash<quint64, MiniHttpConnection *> m_connections;
    quint64 m_nextConnectionId = 1;
};

} // namespace sslrec
