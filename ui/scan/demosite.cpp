#include "scan/demosite.h"

#include "demo/demoorigins.h"

#include <QCoreApplication>
#include <QTemporaryFile>
#include <QThread>

namespace sslrec::ui {

DemoSite::DemoSite() = default;

DemoSite::~DemoSite()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_origins, [o = m_origins] { o->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

Status DemoSite::start()
{
    if (m_running)
        return Ok{};
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("sslrec demo"));
        m_origins = new DemoOrigins;
        m_origins->moveToThread(m_thread);
        QObject::connect(m_thread, &QThread::finished, m_origins, &QObject::deleteLater);
        m_thread->start();
    }
    Status started = Ok{};
    QByteArray pem;
    QMetaObject::invokeMethod(
        m_origins,
        [&] {
            started = m_origins->start();
            if (!started)
                return;
            m_domain = m_origins->domain();
            m_pins = m_origins->resolvePins();
            m_httpPort = m_origins->httpPort();
            m_httpsPort = m_origins->httpsPort();
            pem = m_origins->caPem();
        },
        Qt::BlockingQueuedConnection);
    if (!started)
        return started;
    auto file = std::make_unique<QTemporaryFile>();
    if (!file->open() || file->write(pem) != pem.size() || !file->flush())
        return Status::failure(QStringLiteral("demo.ca"),
                               QCoreApplication::translate("sslrec::ui::DemoSite",
                                                           "Cannot write the demo CA to a temporary file (%1). Check that the temporary directory is writable.")
                                   .arg(file->errorString()));
    m_caFile = std::move(file);
    m_running = true;
    return Ok{};
}

ScanSettings DemoSite::settingsFor(ScanSettings base) const
{
    base.domain = m_domain;
    base.startPath = QStringLiteral("/");
    for (auto it = m_pins.cbegin(); it != m_pins.cend(); ++it)
        base.resolve.insert(it.key(), it.value());
    base.dnsEnabled = false;
    base.fetch.httpPort = m_httpPort;
    base.fetch.httpsPort = m_httpsPort;
    if (m_caFile && !base.caFiles.contains(m_caFile->fileName()))
        base.caFiles << m_caFile->fileName();
    return base;
}

} // namespace sslrec::ui
