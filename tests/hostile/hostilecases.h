#pragma once

// The misbehaving origins of tst_hostileorigins, one per row.
#include "hostileorigin.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sslrec::test {

struct HostileCase
{
    QString name;           // row name; the origin is <name>.hostile.test
    Responder http;         // what the HTTP port does
    Responder https;        // when set: plain TCP on the HTTPS port, no TLS
    QByteArray httpsGreeting; // sent on the HTTPS port as soon as TCP connects
    QStringList evidence;   // each must appear in the origin's recorded trace (case-insensitive)
    QString knownGap;       // when set: the first evidence is expected to be missing, and why (QEXPECT_FAIL)
};

/// Every case; responders own what they need (a gzip bomb is built on first use).
QList<HostileCase> hostileCases();

/// ~1 GiB of zeros gzip-compressed (about 1 MiB), built once with zlib streaming.
const QByteArray &gzipBomb();

} // namespace sslrec::test
