#include "hostileorigin.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace sslrec::test {

namespace {
// Keep at most this much queued in the socket so a streaming origin costs
// the test process little memory whatever it claims to send.
constexpr qint64 kStreamWatermark = 256 * 1024;
constexpr int kMaxRequestHead = 64 * 1024;
} // namespace

HostileOrigin::HostileOrigin(Responder responder, QObject *parent)
    : QObject(parent), m_responder(std::move(responder)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HostileOrigin::onNewConnection);
}

HostileOrigin::~HostileOrigin() = default;

bool HostileOrigin::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HostileOrigin::port() const
{
    return m_server->serverPort();
}

void HostileOrigin::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!m_greeting.isEmpty())
            socket->write(m_greeting);
        auto head = std::make_shared<QByteArray>();
        auto answered = std::make_shared<bool>(false);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head, answered] {
            const QByteArray bytes = socket->readAll();
            if (*answered)
                return;
            head->append(bytes);
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0) {
                if (head->size() > kMaxRequestHead)
                    socket->abort();
                return;
            }
            *answered = true;
            const QList<QByteArray> requestLine = head->left(head->indexOf("\r\n")).split(' ');
            m_responder(socket, requestLine.value(1));
        });
    }
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    out += extraHeaders;
    out += "\r\n";
    return out + body;
}

void sendAndClose(QTcpSocket *socket, const QByteArray &bytes)
{
    socket->write(bytes);
    socket->disconnectFromHost(); // closes once the buffer is flushed
}

void stream(QTcpSocket *socket, const QByteArray &head, std::function<QByteArray(qint64 sent)> next)
{
    auto sent = std::make_shared<qint64>(0);
    auto refill = [socket, next = std::move(next), sent] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kStreamWatermark) {
            const QByteArray chunk = next(*sent);
            if (chunk.isEmpty()) {
                socket->disconnectFromHost();
                return;
            }
            *sent += chunk.size();
            socket->write(chunk);
        }
    };
    socket->write(head);
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, refill);
    refill();
}

void trickle(QTcpSocket *socket, const QByteArray &head, int intervalMs)
{
    socket->write(head);
    auto *timer = new QTimer(socket);
    QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
    timer->start(intervalMs);
}

} // namespace sslrec::test
