#include "loopbackallocator.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTcpServer>

#include <memory>
#include <vector>

#include <unistd.h>

namespace sslrec::test {

namespace {

constexpr int kBlockAttempts = 32;

QRandomGenerator &generator()
{
    // Seeded from the pid as well as the system source, so that two test
    // processes started in the same instant still pick different blocks.
    static QRandomGenerator rng(static_cast<quint32>(QCoreApplication::applicationPid())
                                ^ QRandomGenerator::system()->generate());
    return rng;
}

QList<QHostAddress> randomBlock(int count)
{
    QRandomGenerator &rng = generator();
    const quint32 a = rng.bounded(10u, 250u);
    const quint32 b = rng.bounded(0u, 256u);
    const quint32 c = rng.bounded(1u, static_cast<quint32>(255 - count));
    QList<QHostAddress> addresses;
    for (int i = 0; i < count; ++i)
        addresses << QHostAddress((127u << 24) | (a << 16) | (b << 8) | (c + static_cast<quint32>(i)));
    return addresses;
}

// All addresses can listen on both ports right now.
bool canBind(const QList<QHostAddress> &addresses, quint16 httpPort, quint16 httpsPort)
{
    std::vector<std::unique_ptr<QTcpServer>> held; // keep each bound until all are checked
    for (const QHostAddress &address : addresses) {
        for (const quint16 port : {httpPort, httpsPort}) {
            auto server = std::make_unique<QTcpServer>();
            if (!server->listen(address, port))
                return false;
            held.push_back(std::move(server));
        }
    }
    return true;
}

} // namespace

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

Result<LoopbackPlan> allocateLoopback(int count, bool tryStandardPorts)
{
    if (count < 1 || count > 200)
        return Result<LoopbackPlan>::failure(QStringLiteral("harness.addresses"),
                                             QStringLiteral("cannot allocate %1 loopback addresses; use 1 to 200").arg(count));
    if (tryStandardPorts && runningAsRoot()) {
        for (int attempt = 0; attempt < 4; ++attempt) {
            const QList<QHostAddress> addresses = randomBlock(count);
            if (canBind(addresses, 80, 443))
                return LoopbackPlan{addresses, 80, 443, true};
        }
    }
    QRandomGenerator &rng = generator();
    for (int attempt = 0; attempt < kBlockAttempts; ++attempt) {
        const QList<QHostAddress> addresses = randomBlock(count);
        // Below the Linux ephemeral range (32768+), so outgoing connections never hold them.
        const auto httpPort = static_cast<quint16>(rng.bounded(20000u, 32000u));
        const auto httpsPort = static_cast<quint16>(httpPort + 1);
        if (canBind(addresses, httpPort, httpsPort))
            return LoopbackPlan{addresses, httpPort, httpsPort, false};
    }
    return Result<LoopbackPlan>::failure(
        QStringLiteral("harness.addresses"),
        QStringLiteral("found no free loopback address/port pair after %1 attempts; "
                       "check that 127.0.0.0/8 is routed to lo and that ports 20000-32000 are not exhausted")
            .arg(kBlockAttempts));
}

} // namespace sslrec::test
