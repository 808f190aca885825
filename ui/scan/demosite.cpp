#include "scan/demosite.h"

#include "demo/demoorigins.h"

#include <QCoreApplication>
#include <QTemporaryFile>

namespace sslrec::ui {

DemoSite::DemoSite()
    : m_origins(std::make_unique<DemoOrigins>())
{
}

DemoSite::~DemoSite() = default;

bool DemoSite::isRunning() const
{
    return m_origins->isRunning() && m_caFile;
}

Status DemoSite::start()
{
    if (isRunning())
        return Ok{};
    if (!m_origins->isRunning()) {
        if (auto started = m_origins->start(); !started)
            return started;
    }
    auto file = std::make_unique<QTemporaryFile>();
    const QByteArray pem = m_origins->caPem();
    if (!file->open() || file->write(pem) != pem.size() || !file->flush())
        return Status::failure(QStringLiteral("demo.ca"),
                               QCoreApplication::translate("sslrec::ui::DemoSite",
                                                           "Cannot write the demo CA to a temporary file (%1). Check that the temporary directory is writable.")
                                   .arg(file->errorString()));
    m_caFile = std::move(file);
    return Ok{};
}

ScanSettings DemoSite::settingsFor(ScanSettings base) const
{
    base.domain = m_origins->domain();
    base.startPath = QStringLiteral("/");
    const auto pins = m_origins->resolvePins();
    for (auto it = pins.cbegin(); it != pins.cend(); ++it)
        base.resolve.insert(it.key(), it.value());
    base.dnsEnabled = false;
    base.fetch.httpPort = m_origins->httpPort();
    base.fetch.httpsPort = m_origins->httpsPort();
    if (m_caFile && !base.caFiles.contains(m_caFile->fileName()))
        base.caFiles << m_caFile->fileName();
    return base;
}

} // namespace sslrec::ui
