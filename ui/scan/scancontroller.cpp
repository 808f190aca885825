#include "scan/scancontroller.h"

#include "scan/demosite.h"
#include "scan/scanengine.h"

#include <QThread>
#include <QTimer>

namespace sslrec::ui {

ScanController::ScanController(QObject *parent)
    : QObject(parent)
    , m_flushTimer(new QTimer(this))
{
    qRegisterMetaType<sslrec::ui::PageEventBatch>();
    qRegisterMetaType<sslrec::ScanSettings>();
    m_flushTimer->setInterval(kFlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ScanController::flush);
}

ScanController::~ScanController()
{
    ++m_scanId; // nothing more reaches the views
    if (m_engine)
        QMetaObject::invokeMethod(m_engine, &ScanEngine::cancel, Qt::QueuedConnection);
    stopThread();
}

void ScanController::setBodyBudget(qint64 bytes)
{
    m_bodies = MemoryBodyCache(bytes);
}

void ScanController::start(const ScanSettings &settings)
{
    launch(settings, false);
}

void ScanController::startDemo(const ScanSettings &base)
{
    if (!m_demoSite)
        m_demoSite = std::make_unique<DemoSite>();
    if (auto started = m_demoSite->start(); !started) {
        emit failed(tr("The demo site did not start: %1").arg(started.error().message));
        return;
    }
    launch(m_demoSite->settingsFor(base), true);
}

void ScanController::launch(const ScanSettings &settings, bool demo)
{
    if (m_engine) {
        // The old engine finishes in its own thread; its signals are dropped.
        QMetaObject::invokeMethod(m_engine, &ScanEngine::cancel, Qt::QueuedConnection);
        stopThread();
    }
    const quint64 id = ++m_scanId;
    m_settings = settings;
    m_demo = demo;
    m_pendingEvents.clear();
    m_pendingPairs.clear();
    m_bodies.clear();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("sslrec scan"));
    auto *engine = new ScanEngine(settings);
    engine->moveToThread(m_thread);
    m_engine = engine;
    connect(m_thread, &QThread::finished, engine, &QObject::deleteLater);

    // Every connection has `this` (GUI thread) as context, so it is queued and
    // carries copies; the id check drops a replaced engine's late signals.
    auto current = [this, id] { return id == m_scanId; };
    connect(engine, &ScanEngine::originAdded, this, [this, current](const QString &host) {
        if (!current())
            return;
        flush();
        emit originAdded(host);
    });
    connect(engine, &ScanEngine::pageDiscovered, this,
            [this, current](const QString &host, const QString &path, PageSource source) {
                if (current())
                    m_pendingEvents.append({PageEvent::Kind::Discovered, host, path, source, PageState::Queued});
            });
    connect(engine, &ScanEngine::pageStateChanged, this,
            [this, current](const QString &host, const QString &path, PageState state) {
                if (current())
                    m_pendingEvents.append({PageEvent::Kind::StateChanged, host, path, PageSource::Crawl, state});
            });
    connect(engine, &ScanEngine::pagePairCompleted, this, [this, current](const PagePair &pair) {
        if (current())
            onPairCompleted(pair);
    });
    connect(engine, &ScanEngine::tlsReportReady, this, [this, current](const QString &host, const TlsReport &report) {
        if (current())
            emit tlsReportReady(host, report);
    });
    connect(engine, &ScanEngine::originFinished, this, [this, current](const OriginResult &result) {
        if (!current())
            return;
        flush();
        emit originFinished(result);
    });
    connect(engine, &ScanEngine::progressChanged, this, [this, current](const ScanProgress &progress) {
        if (!current())
            return;
        if (progress.paused != m_paused) {
            m_paused = progress.paused;
            emit pausedChanged(m_paused);
        }
        emit progressChanged(progress);
    });
    connect(engine, &ScanEngine::finished, this, [this, current](const ScanResult &result) {
        if (current())
            onFinished(result);
    });

    m_thread->start();
    QMetaObject::invokeMethod(engine, &ScanEngine::start, Qt::QueuedConnection);
    m_flushTimer->start();
    m_paused = false;
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    emit scanStarted(settings);
}

void ScanController::pause()
{
    if (m_engine && m_running)
        QMetaObject::invokeMethod(m_engine, &ScanEngine::pause, Qt::QueuedConnection);
}

void ScanController::resume()
{
    if (m_engine && m_running)
        QMetaObject::invokeMethod(m_engine, &ScanEngine::resume, Qt::QueuedConnection);
}

void ScanController::cancel()
{
    // The engine answers with finished(): every origin gets a verdict from
    // what was fetched, and the thread is stopped there.
    if (m_engine && m_running)
        QMetaObject::invokeMethod(m_engine, &ScanEngine::cancel, Qt::QueuedConnection);
}

void ScanController::onPairCompleted(const PagePair &pair)
{
    PagePair light = pair;
    if (pair.verdict == PageVerdict::Different || pair.verdict == PageVerdict::Error)
        m_bodies.insert(pair.host, pair.pathAndQuery, {pair.http.body, pair.https.body});
    light.http.body.clear();
    light.https.body.clear();
    m_pendingPairs.append(std::move(light));
}

void ScanController::flush()
{
    if (!m_pendingEvents.isEmpty()) {
        const PageEventBatch events = std::exchange(m_pendingEvents, {});
        emit pageEvents(events);
    }
    if (!m_pendingPairs.isEmpty()) {
        const QList<PagePair> pairs = std::exchange(m_pendingPairs, {});
        emit pairsCompleted(pairs);
    }
}

void ScanController::onFinished(const ScanResult &result)
{
    flush();
    m_flushTimer->stop();
    stopThread();
    m_running = false;
    m_paused = false;
    emit finished(result);
    emit runningChanged(false);
}

void ScanController::stopThread()
{
    if (!m_thread)
        return;
    // quit() lets the engine's deleteLater run in its own thread; the join is
    // short because the engine has either finished or been told to cancel.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_engine.clear();
}

} // namespace sslrec::ui
