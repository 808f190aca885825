#pragma once

#include "core/result.h"
#include "scan/scansettings.h"

#include <QHash>
#include <QHostAddress>

#include <memory>

class QTemporaryFile;
class QThread;

namespace sslrec {
class DemoOrigins;
}

namespace sslrec::ui {

// The built-in demo origins plus the temporary file holding their CA, as a
// scan needs them (the same set-up as `sslrec-cli scan --demo`). The servers
// run on a thread of their own: the TLS probe blocks a thread-pool thread
// until the server answers, and the GUI thread's raster painting waits for
// that same pool, so serving from the GUI thread could deadlock.
class DemoSite
{
public:
    DemoSite();
    ~DemoSite();

    // Starts the servers (idempotent). Blocks only while they bind.
    Status start();
    bool isRunning() const { return m_running; }
    // \a base with the demo's domain, pins, ports and CA file filled in.
    ScanSettings settingsFor(ScanSettings base) const;

private:
    QThread *m_thread = nullptr;
    DemoOrigins *m_origins = nullptr; // lives in m_thread
    std::unique_ptr<QTemporaryFile> m_caFile;
    bool m_running = false;
    QString m_domain;
    QHash<QString, QHostAddress> m_pins;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
};

} // namespace sslrec::ui
