#include "demo/minihttpserver.h"

#include "demo/minihttpconnection.h"

#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

namespace sslrec {

namespace {
Q_LOGGING_CATEGORY(lcHttpServer, "sslrec.demo.http", QtWarningMsg)
}

MiniHttpServer::MiniHttpServer(HttpHandler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)),
      m_allowedMethods{QByteArrayLiteral("GET"), QByteArrayLiteral("HEAD")}
{
}

MiniHttpServer::~MiniHttpServer()
{
    close();
}

void MiniHttpServer::setHandler(HttpHandler handler)
{
    m_handler = std::move(handler);
}

void MiniHttpServer::setLimits(const HttpServerLimits &limits)
{
    m_limits = limits;
}

void MiniHttpServer::setAllowedMethods(const QList<QByteArray> &methods)
{
    m_allowedMethods = methods;
}

void MiniHttpServer::setTls(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    m_chain = chain;
    m_key = key;
}

Status MiniHttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    if (isTls()) {
        if (m_key.isNull() || m_chain.first().isNull()) {
            return Status::failure(QStringLiteral("http.listen.tls"),
                                   QStringLiteral("Cannot serve HTTPS on %1: the certificate or private key is "
                                                  "missing or unreadable. Check the PEM data passed to setTls().")
                                       .arg(where));
        }
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(m_chain);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        // Only HTTP/1.1 here: without this a Qt client would not try h2, but
        // other clients might, and this server speaks nothing else.
        config.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        server->setSslConfiguration(config);
        server->setHandshakeTimeout(m_limits.handshakeTimeoutMs);
        connect(server.get(), &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
            qCDebug(lcHttpServer) << "TLS handshake with" << socket->peerAddress() << "failed:" << socket->errorString();
        });
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // Not newConnection: QSslServer queues a socket only once its handshake
    // is done, long after newConnection fired for it.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &MiniHttpServer::acceptPending);

    if (!m_server->listen(address, port)) {
        const QAbstractSocket::SocketError error = m_server->serverError();
        const QString reason = m_server->errorString();
        m_server.reset();
        if (error == QAbstractSocket::AddressInUseError) {
            return Status::failure(QStringLiteral("http.listen.in_use"),
                                   QStringLiteral("Cannot listen on %1: the port is already in use (%2). "
                                                  "Pick another port or stop the program using it.")
                                       .arg(where, reason));
        }
        if (error == QAbstractSocket::SocketAddressNotAvailableError) {
            return Status::failure(QStringLiteral("http.listen.unavailable"),
                                   QStringLiteral("Cannot listen on %1: the address is not available on this "
                                                  "machine (%2). Use another loopback address.")
                                       .arg(where, reason));
        }
        return Status::failure(QStringLiteral("http.listen.failed"),
                               QStringLiteral("Cannot listen on %1: %2.").arg(where, reason));
    }
    qCDebug(lcHttpServer) << "listening on" << address << m_server->serverPort() << (isTls() ? "(TLS)" : "");
    return Ok{};
}

void MiniHttpServer::close()
{
    if (m_server) {
        m_server->close();
        m_server.reset(); // deletes sockets still pending (accepted or handshaking)
    }
    const auto connections = m_connections.values();
    m_connections.clear();
    for (MiniHttpConnection *c : connections) {
        c->disconnect(this);
        c->abort();
        c->deleteLater(); // close() may run inside one of its handlers
    }
}

bool MiniHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress MiniHttpServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 MiniHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void MiniHttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_connections.size() >= m_limits.maxConnections) {
            qCDebug(lcHttpServer) << "too many connections, dropping one from" << socket->peerAddress();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const quint64 id = m_nextConnectionId++;
        qCDebug(lcHttpServer) << "connection" << id << "from" << socket->peerAddress() << "port" << socket->peerPort();
        MiniHttpConnection::Settings settings{m_handler, m_limits, m_allowedMethods, isTls()};
        auto *connection = new MiniHttpConnection(socket, id, std::move(settings), this);
        m_connections.insert(id, connection);
        connect(connection, &MiniHttpConnection::requestServed, this, &MiniHttpServer::requestServed);
        connect(connection, &MiniHttpConnection::closed, this, [this](quint64 closedId) {
            if (MiniHttpConnection *c = m_connections.take(closedId))
                c->deleteLater();
        });
    }
}

} // namespace sslrec
