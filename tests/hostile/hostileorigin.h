#pragma once

// A loopback origin that misbehaves on cue where MiniHttpServer cannot:
// bytes one at a time, never answering, endless bodies, plain TCP on the
// HTTPS port. Event-driven only (QTimer, bytesWritten); never sleeps.
#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace sslrec::test {

/// Called once per connection when a request head arrived (path as sent).
using Responder = std::function<void(QTcpSocket *socket, const QByteArray &path)>;

class HostileOrigin : public QObject
{
    Q_OBJECT

public:
    explicit HostileOrigin(Responder responder, QObject *parent = nullptr);
    ~HostileOrigin() override;

    /// Bytes sent as soon as a connection is accepted (before any request).
    void setGreeting(const QByteArray &bytes) { m_greeting = bytes; }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    int accepted() const { return m_accepted; }

private:
    void onNewConnection();

    Responder m_responder;
    QByteArray m_greeting;
    QTcpServer *m_server = nullptr;
    int m_accepted = 0;
};

/// A complete HTTP/1.1 response that closes the connection.
QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QByteArray &extraHeaders = {});
/// Writes @p bytes and closes once they are sent.
void sendAndClose(QTcpSocket *socket, const QByteArray &bytes);
/// Writes @p head, then whatever @p next returns each time the send buffer
/// drains, until it returns an empty array (then closes) or the peer leaves.
void stream(QTcpSocket *socket, const QByteArray &head, std::function<QByteArray(qint64 sent)> next);
/// Writes @p head, then one byte every @p intervalMs, forever.
void trickle(QTcpSocket *socket, const QByteArray &head, int intervalMs);

} // namespace sslrec::test
