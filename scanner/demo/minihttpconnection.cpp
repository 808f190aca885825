#include "demo/minihttpconnection.h"

#include "demo/httprequestparser.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpSocket>

namespace sslrec {

namespace {

Q_LOGGING_CATEGORY(lcHttpServer, "sslrec.demo.http", QtWarningMsg)

// A client that pipelines many requests without reading the answers must not
// make us buffer without bound: stop parsing until the socket drains.
constexpr qint64 kMaxPendingWriteBytes = 512 * 1024;

bool hasHeader(const QList<HttpHeader> &headers, QByteArrayView name)
{
    for (const HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool statusHasNoContent(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

} // namespace

MiniHttpConnection::MiniHttpConnection(QTcpSocket *socket, quint64 id, Settings settings, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id), m_settings(std::move(settings))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(qint64(m_settings.limits.maxHeaderBytes) + m_settings.limits.maxBodyBytes + 128);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_settings.limits.idleTimeoutMs);
    m_delayTimer.setSingleShot(true);

    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcHttpServer) << "connection" << m_id << "idle, closing";
        closeGracefully();
    });
    connect(m_socket, &QIODevice::readyRead, this, &MiniHttpConnection::processBuffer);
    connect(m_socket, &QIODevice::bytesWritten, this, &MiniHttpConnection::processBuffer);
    connect(m_socket, &QAbstractSocket::disconnected, this, &MiniHttpConnection::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // RemoteHostClosed is routine (the client hung up); everything else
        // is worth a debug line. disconnected() follows in both cases.
        if (error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcHttpServer) << "connection" << m_id << m_socket->errorString();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });

    m_idleTimer.start();
    // Bytes may have arrived with (or before) the end of the TLS handshake.
    QMetaObject::invokeMethod(this, &MiniHttpConnection::processBuffer, Qt::QueuedConnection);
}

MiniHttpConnection::~MiniHttpConnection() = default;

void MiniHttpConnection::abort()
{
    m_closing = true;
    m_idleTimer.stop();
    m_delayTimer.stop();
    m_socket->abort();
    onDisconnected();
}

void MiniHttpConnection::processBuffer()
{
    // Never hold more than one maximal request: the rest stays in the
    // socket (whose buffer is capped too), so the kernel pushes back.
    const qsizetype cap = qsizetype(m_settings.limits.maxHeaderBytes) + m_settings.limits.maxBodyBytes + 128;
    while (!m_busy && !m_closing && m_socket->bytesToWrite() < kMaxPendingWriteBytes) {
        if (m_buffer.size() < cap)
            m_buffer += m_socket->read(cap - m_buffer.size());
        const HttpParseResult parsed = parseHttpRequest(m_buffer, m_settings.limits);
        if (parsed.kind == HttpParseResult::Kind::Incomplete)
            return; // the idle timer keeps running: a request must complete in time
        if (parsed.kind == HttpParseResult::Kind::Invalid) {
            qCDebug(lcHttpServer) << "connection" << m_id << "bad request:" << parsed.errorDetail;
            sendError(parsed.errorStatus, parsed.errorDetail);
            return;
        }
        m_buffer.remove(0, parsed.consumed);
        qCDebug(lcHttpServer) << "connection" << m_id << parsed.request.method << parsed.request.target;
        HttpRequest request = parsed.request;
        request.tls = m_settings.tls;
        request.connectionId = m_id;
        request.sequence = ++m_sequence;
        const bool keepAlive = wantsKeepAlive(request);
        m_idleTimer.stop();

        if (!m_settings.allowedMethods.contains(request.method)) {
            HttpResponse r = HttpResponse::withBody(405, "text/plain; charset=utf-8", "Method Not Allowed\n");
            r.headers.append({"Allow", m_settings.allowedMethods.join(", ")});
            respond(request, r, keepAlive);
            continue;
        }
        const HttpResponse response = m_settings.handler ? m_settings.handler(request)
                                                         : HttpResponse::withBody(404, "text/plain", "Not Found\n");
        if (response.delayMs > 0) {
            m_busy = true;
            m_delayTimer.disconnect(this);
            connect(&m_delayTimer, &QTimer::timeout, this, [this, request, response, keepAlive] {
                m_busy = false;
                respond(request, response, keepAlive);
                processBuffer();
            });
            m_delayTimer.start(response.delayMs);
            return;
        }
        respond(request, response, keepAlive);
    }
}

void MiniHttpConnection::respond(const HttpRequest &request, const HttpResponse &response, bool keepAlive)
{
    if (!response.raw.isEmpty()) {
        m_socket->write(response.raw);
        emit requestServed(request, response.status);
        finishResponse(false);
        return;
    }
    keepAlive = keepAlive && !response.closeConnection;
    const bool noContent = statusHasNoContent(response.status);

    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + (response.reason.isEmpty() ? httpReasonPhrase(response.status) : response.reason) + "\r\n";
    for (const HttpHeader &h : response.headers) {
        if (h.first.compare("content-length", Qt::CaseInsensitive) == 0
            || h.first.compare("connection", Qt::CaseInsensitive) == 0)
            continue; // framing is ours; use `raw` to lie about it
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!hasHeader(response.headers, "date"))
        out += "Date: " + httpDate() + "\r\n";
    if (!noContent)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (request.version == "HTTP/1.0")
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (request.method != "HEAD" && !noContent)
        out += response.body;

    m_socket->write(out);
    emit requestServed(request, response.status);
    finishResponse(keepAlive);
}

void MiniHttpConnection::sendError(int status, const QByteArray &detail)
{
    HttpRequest unknown;
    unknown.tls = m_settings.tls;
    unknown.connectionId = m_id;
    unknown.sequence = ++m_sequence;
    unknown.version = QByteArrayLiteral("HTTP/1.1");
    m_buffer.clear();
    respond(unknown, HttpResponse::withBody(status, "text/plain; charset=utf-8", httpReasonPhrase(status) + ": " + detail + '\n'), false);
}

void MiniHttpConnection::finishResponse(bool keepAlive)
{
    if (!keepAlive) {
        closeGracefully();
        return;
    }
    if (!m_busy)
        m_idleTimer.start();
}

void MiniHttpConnection::closeGracefully()
{
    m_closing = true;
    m_idleTimer.stop();
    m_delayTimer.stop();
    m_buffer.clear();
    // Flushes what is queued (and sends TLS close_notify) before closing.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void MiniHttpConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_closing = true;
    m_idleTimer.stop();
    m_delayTimer.stop();
    emit closed(m_id);
}

} // namespace sslrec
