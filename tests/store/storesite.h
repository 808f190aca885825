#pragma once

#include "scan/scansettings.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace sslrec::test {

class NginxHarness;
class TestPki;

// A real site on loopback for store tests: nginx serving `host` (valid
// certificate) and `www.` + host (certificate for another name), each with
// `pages` seed pages of distinct content, listed in a seed URL file.
class StoreSite
{
public:
    StoreSite(const QString &directory, const QString &host, int pages);
    ~StoreSite();

    // Empty on success, else why the site could not start.
    QString start();
    // Settings that reach the site on loopback only.
    ScanSettings settings() const;
    // The body nginx serves for path on host (both schemes serve the same).
    QByteArray body(const QString &host, const QString &path) const;
    QString host() const { return m_host; }

private:
    QString m_directory;
    QString m_host;
    int m_pages;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxHarness> m_nginx;
};

} // namespace sslrec::test
