#pragma once

#include "core/result.h"

#include <QHostAddress>
#include <QList>

namespace sslrec::test {

// Addresses and ports a harness may listen on, checked free at allocation time.
struct LoopbackPlan
{
    QList<QHostAddress> addresses; // distinct 127.A.B.C addresses, one per requested slot
    quint16 httpPort = 0;          // HTTP port on every address
    quint16 httpsPort = 0;         // HTTPS port on every address
    bool standardPorts = false;    // true when httpPort/httpsPort are 80/443
};

// Picks `count` loopback addresses from a pid- and randomly-derived
// 127.A.B.C block (never 127.0.x.x, where system services live), so parallel
// test processes do not collide, and a port pair every address can bind.
// 80/443 are tried first when tryStandardPorts is set and the process is root;
// otherwise, or when they are taken (a system nginx on 0.0.0.0:80), one pair
// of free high ports is used for all addresses. Binding is checked with
// QTcpServer; the check is released before returning, so the caller should
// start its server promptly (and retry with a new plan on "address in use").
Result<LoopbackPlan> allocateLoopback(int count, bool tryStandardPorts);

// True when this process may bind ports below 1024.
bool runningAsRoot();

} // namespace sslrec::test
