// MiniHttpServer is the ground the demo and the misbehaving-origin tests
// stand on: its framing must be right byte for byte. These tests speak raw
// HTTP over QTcpSocket so nothing smooths over a mistake.
#include "demo/httprequestparser.h"
#include "demo/minihttpserver.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace sslrec;

namespace {

// One response as a client sees it on the wire.
struct WireResponse
{
    int status = 0;
    QByteArray headers; // raw header block, lowercased
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : headers.split('\n')) {
            if (line.startsWith(name + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
};

// Splits complete responses off the front of `buffer`; `heads` says which
// responses answer HEAD (their Content-Length announces no body).
QList<WireResponse> takeResponses(QByteArray &buffer, QList<bool> &heads)
{
    QList<WireResponse> out;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return out;
        WireResponse r;
        const QByteArray head = buffer.left(end);
        r.status = head.mid(9, 3).toInt();
        r.headers = head.mid(head.indexOf("\r\n") + 2).toLower().replace("\r", "");
        const bool isHead = !heads.isEmpty() && heads.first();
        const qsizetype length = isHead ? 0 : r.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return out;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        if (!heads.isEmpty())
            heads.removeFirst();
        out.append(r);
    }
}

HttpResponse echo(const HttpRequest &request)
{
    HttpResponse r = HttpResponse::withBody(200, "text/plain",
                                            request.method + ' ' + request.target + " host=" + request.host + " seq="
                                                + QByteArray::number(request.sequence));
    if (request.path == "/slow")
        r.delayMs = 50;
    return r;
}

} // namespace

class tst_MiniHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void parser_data();
    void parser();
    void keepAlive();

    void partialRequest();
    void pipelined();
    void pipelinedWaitsForSlowResponse();
    void sequentialOnOneConnection();
    void headHasLengthButNoBody();
    void otherMethodsGet405AndConnectionSurvives();
    void connectionCloseIsHonoured();
    void http10ClosesByDefault();
    void oversizedHeaderGets431AndClose();
    void malformedRequestGets400AndClose();
    void idleConnectionIsClosed();
    void rawResponseIsSentVerbatim();
    void listenReportsPortInUse();

private:
    QTcpSocket *connectClient();
    QList<WireResponse> readResponses(QTcpSocket *socket, int count, QList<bool> heads = {});

    std::unique_ptr<MiniHttpServer> m_server;
};

void tst_MiniHttpServer::init()
{
    m_server = std::make_unique<MiniHttpServer>(echo);
    const Status s = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QVERIFY(m_server->port() != 0);
}

void tst_MiniHttpServer::cleanup()
{
    m_server.reset();
}

QTcpSocket *tst_MiniHttpServer::connectClient()
{
    auto *socket = new QTcpSocket(this);
    connect(this, &QObject::destroyed, socket, &QObject::deleteLater);
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    return socket;
}

QList<WireResponse> tst_MiniHttpServer::readResponses(QTcpSocket *socket, int count, QList<bool> heads)
{
    QByteArray buffer;
    QList<WireResponse> all;
    // Callers compare the count, so a timeout shows up as a failure there.
    const bool complete = QTest::qWaitFor([&] {
        buffer += socket->readAll();
        all += takeResponses(buffer, heads);
        return all.size() >= count;
    }, 5000);
    if (!complete)
        qWarning() << "timed out waiting for" << count << "responses, got" << all.size();
    if (!buffer.isEmpty())
        qWarning() << "unparsed bytes after the responses:" << buffer.left(200);
    return all;
}

void tst_MiniHttpServer::parser_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("kind"); // 0 incomplete, 1 complete, 2 invalid
    QTest::addColumn<int>("errorStatus");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("host");

    QTest::newRow("simple") << QByteArray("GET /a?b=1 HTTP/1.1\r\nHost: x.test\r\n\r\n") << 1 << 0 << QByteArray("/a") << QByteArray("x.test");
    QTest::newRow("host port stripped") << QByteArray("GET / HTTP/1.1\r\nHost: X.Test:8443\r\n\r\n") << 1 << 0 << QByteArray("/") << QByteArray("x.test");
    QTest::newRow("ipv6 host") << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n") << 1 << 0 << QByteArray("/") << QByteArray("[::1]");
    QTest::newRow("absolute form") << QByteArray("GET http://a.test:81/p?q HTTP/1.1\r\nHost: b.test\r\n\r\n") << 1 << 0 << QByteArray("/p") << QByteArray("a.test");
    QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << 0 << QByteArray("/") << QByteArray("x");
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 1 << 0 << QByteArray("/") << QByteArray("x");
    QTest::newRow("http/1.0 without host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << 0 << QByteArray("/") << QByteArray();
    QTest::newRow("body complete") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc") << 1 << 0 << QByteArray("/") << QByteArray("x");
    QTest::newRow("headers incomplete") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << 0 << 0 << QByteArray() << QByteArray();
    QTest::newRow("body incomplete") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabc") << 0 << 0 << QByteArray() << QByteArray();
    QTest::newRow("no host in 1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("http/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 2 << 505 << QByteArray() << QByteArray();
    QTest::newRow("bad request line") << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n") << 2 << 501 << QByteArray() << QByteArray();
    QTest::newRow("conflicting lengths") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 2 << 400 << QByteArray() << QByteArray();
    QTest::newRow("body too large") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n") << 2 << 413 << QByteArray() << QByteArray();
    QTest::newRow("header too large, unterminated") << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(20000, 'a')) << 2 << 431 << QByteArray() << QByteArray();
    QTest::newRow("header too large, terminated") << (QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX: ") + QByteArray(20000, 'a') + "\r\n\r\n") << 2 << 431 << QByteArray() << QByteArray();
}

void tst_MiniHttpServer::parser()
{
    QFETCH(QByteArray, input);
    QFETCH(int, kind);
    QFETCH(int, errorStatus);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, host);

    const HttpParseResult r = parseHttpRequest(input, HttpServerLimits{});
    QCOMPARE(int(r.kind), kind);
    QCOMPARE(r.errorStatus, errorStatus);
    if (r.kind == HttpParseResult::Kind::Complete) {
        QCOMPARE(r.consumed, input.size());
        QCOMPARE(r.request.path, path);
        QCOMPARE(r.request.host, host);
    }
}

void tst_MiniHttpServer::keepAlive()
{
    HttpRequest r;
    r.version = "HTTP/1.1";
    QVERIFY(wantsKeepAlive(r));
    r.headers = {{"Connection", "Keep-Alive, close"}};
    QVERIFY(!wantsKeepAlive(r));
    r.version = "HTTP/1.0";
    r.headers = {};
    QVERIFY(!wantsKeepAlive(r));
    r.headers = {{"connection", "keep-alive"}};
    QVERIFY(wantsKeepAlive(r));
}

void tst_MiniHttpServer::partialRequest()
{
    QTcpSocket *socket = connectClient();
    const QByteArray request = "GET /partial HTTP/1.1\r\nHost: a.test\r\n\r\n";
    QSignalSpy served(m_server.get(), &MiniHttpServer::requestServed);
    // Every byte in its own segment: the server must wait for the blank line.
    for (qsizetype i = 0; i < request.size(); ++i) {
        socket->write(request.constData() + i, 1);
        QTRY_VERIFY(socket->bytesToWrite() == 0 && socket->state() == QAbstractSocket::ConnectedState);
        if (i + 1 < request.size())
            QCOMPARE(served.size(), 0);
    }
    const QList<WireResponse> responses = readResponses(socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].status, 200);
    QCOMPARE(responses[0].body, QByteArray("GET /partial host=a.test seq=1"));
}

void tst_MiniHttpServer::pipelined()
{
    QTcpSocket *socket = connectClient();
    // Three requests in one segment, the third cut in half.
    socket->write("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nHEAD /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHo");
    QTRY_COMPARE(socket->bytesToWrite(), 0);
    socket->write("st: a\r\n\r\n");
    const QList<WireResponse> responses = readResponses(socket, 3, {false, true, false});
    QCOMPARE(responses.size(), 3);
    QCOMPARE(responses[0].body, QByteArray("GET /1 host=a seq=1"));
    QCOMPARE(responses[1].body, QByteArray());
    QCOMPARE(responses[1].header("content-length"), QByteArray::number(QByteArray("HEAD /2 host=a seq=2").size()));
    QCOMPARE(responses[2].body, QByteArray("GET /3 host=a seq=3"));
    QCOMPARE(m_server->acceptedConnections(), quint64(1));
}

void tst_MiniHttpServer::pipelinedWaitsForSlowResponse()
{
    QTcpSocket *socket = connectClient();
    socket->write("GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /fast HTTP/1.1\r\nHost: a\r\n\r\n");
    const QList<WireResponse> responses = readResponses(socket, 2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses[0].body, QByteArray("GET /slow host=a seq=1"));
    QCOMPARE(responses[1].body, QByteArray("GET /fast host=a seq=2"));
}

void tst_MiniHttpServer::sequentialOnOneConnection()
{
    QTcpSocket *socket = connectClient();
    QSignalSpy served(m_server.get(), &MiniHttpServer::requestServed);
    socket->write("GET /a HTTP/1.1\r\nHost: a\r\n\r\n");
    QCOMPARE(readResponses(socket, 1).size(), 1);
    socket->write("GET /b HTTP/1.1\r\nHost: a\r\n\r\n");
    const QList<WireResponse> second = readResponses(socket, 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second[0].body, QByteArray("GET /b host=a seq=2"));
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(served.size(), 2);
    const auto first = served[0][0].value<HttpRequest>();
    const auto next = served[1][0].value<HttpRequest>();
    QCOMPARE(first.connectionId, next.connectionId);
    QCOMPARE(m_server->openConnections(), 1);
}

void tst_MiniHttpServer::headHasLengthButNoBody()
{
    QTcpSocket *socket = connectClient();
    // If the server sent a body after HEAD, it would be read as the start of
    // the second response and the parse below would fail.
    socket->write("HEAD /h HTTP/1.1\r\nHost: a\r\n\r\nGET /g HTTP/1.1\r\nHost: a\r\n\r\n");
    const QList<WireResponse> responses = readResponses(socket, 2, {true, false});
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses[0].status, 200);
    QCOMPARE(responses[0].header("content-length"), QByteArray::number(QByteArray("HEAD /h host=a seq=1").size()));
    QCOMPARE(responses[1].body, QByteArray("GET /g host=a seq=2"));
}

void tst_MiniHttpServer::otherMethodsGet405AndConnectionSurvives()
{
    QTcpSocket *socket = connectClient();
    socket->write("POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nx=1&yGET /after HTTP/1.1\r\nHost: a\r\n\r\n");
    const QList<WireResponse> responses = readResponses(socket, 2);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses[0].status, 405);
    QCOMPARE(responses[0].header("allow"), QByteArray("get, head"));
    QCOMPARE(responses[1].status, 200);
    QCOMPARE(responses[1].body, QByteArray("GET /after host=a seq=2"));
}

void tst_MiniHttpServer::connectionCloseIsHonoured()
{
    QTcpSocket *socket = connectClient();
    socket->write("GET /a HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nGET /ignored HTTP/1.1\r\nHost: a\r\n\r\n");
    const QList<WireResponse> responses = readResponses(socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].header("connection"), QByteArray("close"));
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(socket->readAll(), QByteArray());
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void tst_MiniHttpServer::http10ClosesByDefault()
{
    QTcpSocket *socket = connectClient();
    socket->write("GET /old HTTP/1.0\r\n\r\n");
    const QList<WireResponse> responses = readResponses(socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].body, QByteArray("GET /old host= seq=1"));
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void tst_MiniHttpServer::oversizedHeaderGets431AndClose()
{
    QTcpSocket *socket = connectClient();
    socket->write("GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + QByteArray(40000, 'b'));
    const QList<WireResponse> responses = readResponses(socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].status, 431);
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void tst_MiniHttpServer::malformedRequestGets400AndClose()
{
    QTcpSocket *socket = connectClient();
    QSignalSpy served(m_server.get(), &MiniHttpServer::requestServed);
    socket->write("GARBAGE\r\n\r\n");
    const QList<WireResponse> responses = readResponses(socket, 1);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses[0].status, 400);
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(served.size(), 1);
    QCOMPARE(served[0][1].toInt(), 400);
}

void tst_MiniHttpServer::idleConnectionIsClosed()
{
    HttpServerLimits limits;
    limits.idleTimeoutMs = 100;
    m_server->setLimits(limits);
    QTcpSocket *socket = connectClient();
    socket->write("GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\n"); // second never completes
    QCOMPARE(readResponses(socket, 1).size(), 1);
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void tst_MiniHttpServer::rawResponseIsSentVerbatim()
{
    m_server->setHandler([](const HttpRequest &) {
        HttpResponse r;
        r.raw = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort";
        return r;
    });
    QTcpSocket *socket = connectClient();
    socket->write("GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    QByteArray received;
    QTRY_VERIFY((received += socket->readAll(), socket->state() == QAbstractSocket::UnconnectedState));
    received += socket->readAll();
    QCOMPARE(received, QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"));
}

void tst_MiniHttpServer::listenReportsPortInUse()
{
    MiniHttpServer second(echo);
    const Status s = second.listen(QHostAddress::LocalHost, m_server->port());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("http.listen.in_use"));
    QVERIFY(s.error().message.contains(QString::number(m_server->port())));
    QVERIFY(!second.isListening());
}

QTEST_GUILESS_MAIN(tst_MiniHttpServer)
#include "tst_minihttpserver.moc"
