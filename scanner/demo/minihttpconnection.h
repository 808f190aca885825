#pragma once

#include "demo/httpmessage.h"

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace sslrec {

// One accepted connection of MiniHttpServer: buffers bytes, answers complete
// requests strictly in order (so pipelining works), enforces the limits, and
// emits closed() once when the socket is gone. Internal to MiniHttpServer.
class MiniHttpConnection : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        HttpHandler handler;               // maps requests to responses
        HttpServerLimits limits;           // caps and timeouts
        QList<QByteArray> allowedMethods;  // others get 405 without asking the handler
        bool tls = false;                  // socket is a QSslSocket, already encrypted
    };

    MiniHttpConnection(QTcpSocket *socket, quint64 id, Settings settings, QObject *parent);
    ~MiniHttpConnection() override;

    quint64 id() const { return m_id; }
    /// Drops the connection at once (server shutdown).
    void abort();

signals:
    void requestServed(const sslrec::HttpRequest &request, int status);
    void closed(quint64 id);

private:
    void processBuffer();
    void respond(const HttpRequest &request, const HttpResponse &response, bool keepAlive);
    void sendError(int status, const QByteArray &detail);
    void finishResponse(bool keepAlive);
    void closeGracefully();
    void onDisconnected();

    QTcpSocket *m_socket;
    quint64 m_id;
    Settings m_settings;
    QByteArray m_buffer;
    QTimer m_idleTimer;
    QTimer m_delayTimer;
    int m_sequence = 0;
    bool m_busy = false;    // a delayed response is pending; later requests wait
    bool m_closing = false; // the last response is out; ignore further bytes
    bool m_closedEmitted = false;
};

} // namespace sslrec
