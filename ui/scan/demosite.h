#pragma once

#include "core/result.h"
#include "scan/scansettings.h"

#include <memory>

class QTemporaryFile;

namespace sslrec {
class DemoOrigins;
}

namespace sslrec::ui {

// The built-in demo origins plus the temporary file holding their CA, as a
// scan needs them (the same set-up as `sslrec-cli scan --demo`). The servers
// are event-driven and cheap, so they live in the GUI thread's event loop.
class DemoSite
{
public:
    DemoSite();
    ~DemoSite();

    // Starts the servers (idempotent).
    Status start();
    bool isRunning() const;
    // \a base with the demo's domain, pins, ports and CA file filled in.
    ScanSettings settingsFor(ScanSettings base) const;
    const DemoOrigins &origins() const { return *m_origins; }

private:
    std::unique_ptr<DemoOrigins> m_origins;
    std::unique_ptr<QTemporaryFile> m_caFile;
};

} // namespace sslrec::ui
