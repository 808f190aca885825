#include "tls/tcpclient_p.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sslrec {

namespace {

QString errnoText(int err)
{
    return QString::fromLocal8Bit(strerror(err));
}

} // namespace

TcpClient::~TcpClient()
{
    close();
}

void TcpClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

TcpClient::Status TcpClient::waitFor(short events, QDeadlineTimer deadline)
{
    for (;;) {
        const qint64 left = deadline.remainingTime();
        if (left == 0)
            return Status::Timeout;
        pollfd pfd{m_fd, events, 0};
        const int n = ::poll(&pfd, 1, left < 0 ? -1 : int(std::min<qint64>(left, 1 << 30)));
        if (n > 0)
            return Status::Ok;
        if (n == 0)
            return Status::Timeout;
        if (errno != EINTR) {
            m_error = errnoText(errno);
            return Status::Failed;
        }
    }
}

TcpClient::Status TcpClient::connectToAny(const QList<QHostAddress> &addresses, quint16 port, QDeadlineTimer deadline)
{
    Status last = Status::Failed;
    for (const QHostAddress &address : addresses) {
        close();
        m_peer = address;
        sockaddr_storage ss{};
        socklen_t len = 0;
        if (address.protocol() == QAbstractSocket::IPv6Protocol) {
            auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&ss);
            sin6->sin6_family = AF_INET6;
            sin6->sin6_port = htons(port);
            const Q_IPV6ADDR ip6 = address.toIPv6Address();
            std::memcpy(&sin6->sin6_addr, &ip6, sizeof ip6);
            sin6->sin6_scope_id = address.scopeId().toUInt();
            len = sizeof *sin6;
        } else {
            auto *sin = reinterpret_cast<sockaddr_in *>(&ss);
            sin->sin_family = AF_INET;
            sin->sin_port = htons(port);
            sin->sin_addr.s_addr = htonl(address.toIPv4Address());
            len = sizeof *sin;
        }
        m_fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            m_error = errnoText(errno);
            continue;
        }
        if (::connect(m_fd, reinterpret_cast<sockaddr *>(&ss), len) == 0)
            return Status::Ok;
        if (errno != EINPROGRESS) {
            m_error = errnoText(errno);
            last = Status::Failed;
            continue;
        }
        last = waitFor(POLLOUT, deadline);
        if (last == Status::Timeout) {
            m_error = QStringLiteral("timed out");
            close();
            return last; // the shared deadline is spent: no time left for other addresses
        }
        if (last != Status::Ok)
            continue;
        int soError = 0;
        socklen_t soLen = sizeof soError;
        ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &soError, &soLen);
        if (soError == 0)
            return Status::Ok;
        m_error = errnoText(soError);
        last = Status::Failed;
    }
    close();
    if (addresses.isEmpty())
        m_error = QStringLiteral("no address to connect to");
    return last;
}

TcpClient::Status TcpClient::sendAll(const QByteArray &data, QDeadlineTimer deadline)
{
    qsizetype sent = 0;
    while (sent < data.size()) {
        // MSG_NOSIGNAL: a peer that resets must not kill the process with SIGPIPE.
        const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            const Status s = waitFor(POLLOUT, deadline);
            if (s != Status::Ok)
                return s;
            continue;
        }
        const int err = errno;
        m_error = errnoText(err);
        return err == EPIPE || err == ECONNRESET ? Status::Closed : Status::Failed;
    }
    return Status::Ok;
}

TcpClient::Status TcpClient::receive(QByteArray *out, qsizetype max, QDeadlineTimer deadline)
{
    out->resize(max);
    for (;;) {
        const ssize_t n = ::recv(m_fd, out->data(), size_t(max), 0);
        if (n > 0) {
            out->resize(n);
            return Status::Ok;
        }
        if (n == 0) {
            out->clear();
            return Status::Closed;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            const Status s = waitFor(POLLIN, deadline);
            if (s != Status::Ok) {
                out->clear();
                return s;
            }
            continue;
        }
        const int err = errno;
        m_error = errnoText(err);
        out->clear();
        return err == ECONNRESET ? Status::Closed : Status::Failed;
    }
}

} // namespace sslrec
