#pragma once

// Internal to scanner/tls: a blocking-with-deadline TCP client on a
// non-blocking socket and poll(), so a probe never waits past its bounds
// however the peer behaves.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace sslrec {

class TcpClient
{
public:
    enum class Status { Ok, Timeout, Closed, Failed };

    TcpClient() = default;
    ~TcpClient();
    TcpClient(const TcpClient &) = delete;
    TcpClient &operator=(const TcpClient &) = delete;

    /// Tries \a addresses in order until one accepts; every attempt shares \a deadline.
    Status connectToAny(const QList<QHostAddress> &addresses, quint16 port, QDeadlineTimer deadline);
    /// Sends all of \a data before \a deadline.
    Status sendAll(const QByteArray &data, QDeadlineTimer deadline);
    /// Waits for and returns some bytes (at most \a max); Closed on orderly EOF.
    Status receive(QByteArray *out, qsizetype max, QDeadlineTimer deadline);

    /// The address of the last attempt (the connected one after Ok).
    QHostAddress peer() const { return m_peer; }
    /// strerror() of the last failure, empty if none.
    QString errorString() const { return m_error; }

private:
    Status waitFor(short events, QDeadlineTimer deadline);
    void close();

    int m_fd = -1;
    QHostAddress m_peer;
    QString m_error;
};

} // namespace sslrec
