#pragma once

// Runs one ScanEngine in-process against harness origins and waits for its
// result. Shared by the scan integration tests.
#include "nginxharness.h"
#include "scan/scanengine.h"

#include <QSignalSpy>
#include <QTest>

namespace sslrec::test {

/// Settings that reach \a hosts on the harness only: pinned addresses, no DNS,
/// the harness ports, the test root as the only trust anchor, short timeouts.
inline ScanSettings harnessSettings(const NginxHarness &nginx, const QString &domain, const QStringList &hosts,
                                    const QString &rootCaFile)
{
    ScanSettings s;
    s.domain = domain;
    for (const QString &h : hosts)
        s.resolve.insert(h, nginx.address(h));
    s.dnsEnabled = false;
    s.useSystemRoots = false;
    s.caFiles = {rootCaFile};
    s.maxPages = 30;
    s.fetch.userAgent = defaultUserAgent();
    s.fetch.httpPort = nginx.httpPort();
    s.fetch.httpsPort = nginx.httpsPort();
    s.fetch.connectTimeoutMs = 3000;
    s.fetch.idleTimeoutMs = 3000;
    s.fetch.totalTimeoutMs = 10000;
    return s;
}

/// Scans and returns the result; an empty result (no startedAt) on timeout.
inline ScanResult runScan(const ScanSettings &settings, int timeoutMs = 60000)
{
    ScanEngine engine(settings);
    QSignalSpy finished(&engine, &ScanEngine::finished);
    engine.start();
    if (!finished.wait(timeoutMs))
        return {};
    return engine.result();
}

inline const OriginResult *findOrigin(const ScanResult &result, const QString &host)
{
    for (const OriginResult &o : result.origins) {
        if (o.host == host)
            return &o;
    }
    return nullptr;
}

} // namespace sslrec::test
