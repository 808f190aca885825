#include "scan/scancontroller.h"

#include "core/workpools.h"
#include "scan/demosite.h"
#include "scan/scanengine.h"
#include "store/scanstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
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
    m_stored.close(); // before the temporary folder goes
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
    }
    stopThread();
    const quint64 id = ++m_scanId;
    m_settings = settings;
    m_demo = demo;
    m_pendingEvents.clear();
    m_pendingPairs.clear();
    m_bodies.clear();
    m_afterFlush.clear(); // a save of the replaced scan is dropped
    discardScanFile();
    m_scanFile = newScanFilePath();
    m_stored.setPath(m_scanFile);

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
    // The store talks to SQLite from the engine's thread only, so it is made
    // there, and attached before the engine reports anything.
    QMetaObject::invokeMethod(engine, [this, engine, path = m_scanFile, id] {
        // The scan's threads (this one, where curl does the scan's network
        // I/O, and the pools' workers it starts) yield to the GUI thread:
        // painting and input never wait behind page comparisons.
        lowerCurrentThreadPriority();
        attachStore(engine, path, id);
        engine->start();
    }, Qt::QueuedConnection);
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
    m_running = false;
    m_paused = false;
    // The views get the result now; the store's last commit happens in the
    // scan thread, which may take a moment on a large
    // scan, so the GUI does not wait for it: whenScanFileFlushed() callbacks
    // run once the file is complete.
    retireThread();
    emit finished(result);
    emit runningChanged(false);
}

QString ScanController::newScanFilePath()
{
    if (!m_tempDir) {
        m_tempDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/sslrec-XXXXXX"));
        if (!m_tempDir->isValid()) {
            emit scanFileFailed(tr("Scans are not being saved: no temporary folder can be created in %1 (%2). "
                                   "Free some space there to save scans.")
                                    .arg(QDir::tempPath(), m_tempDir->errorString()));
            m_tempDir.reset();
            return {};
        }
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return m_tempDir->filePath(QStringLiteral("scan-%1-%2.sslrec").arg(stamp).arg(m_scanId));
}

void ScanController::discardScanFile()
{
    // The previous scan's file goes when the next one starts: its views are
    // gone, and Save Scan As had its chance. Its store closed with its thread.
    m_stored.close();
    if (m_scanFile.isEmpty())
        return;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(m_scanFile + suffix);
    m_scanFile.clear();
}

void ScanController::attachStore(ScanEngine *engine, const QString &path, quint64 id)
{
    // Runs in the scan thread; `this` is only used to post back to the GUI.
    auto report = [this, id](const QString &message) {
        QMetaObject::invokeMethod(this, [this, id, message] {
            if (id != m_scanId)
                return;
            m_stored.setPath(QString());
            m_scanFile.clear();
            emit scanFileFailed(tr("This scan is not being saved: %1").arg(message));
        }, Qt::QueuedConnection);
    };
    if (path.isEmpty())
        return;
    auto created = ScanStore::create(path, true);
    if (!created) {
        report(created.error().message);
        return;
    }
    ScanStore *store = created.value().release();
    store->setParent(engine); // closes (and commits) with the engine, in this thread
    QObject::connect(store, &ScanStore::failed, store, report);
    store->attach(engine);
}

void ScanController::whenScanFileFlushed(std::function<void()> then)
{
    if (m_storeClosing) {
        m_afterFlush.insert(++m_flushToken, std::move(then)); // run by scanFileComplete()
        return;
    }
    if (!m_running || !m_engine) {
        then(); // the store closed with its engine: the file is complete
        return;
    }
    // Answered by the scan thread after the flush, or by onFinished() when
    // the scan ends first (its store commits everything as it closes).
    const quint64 token = ++m_flushToken;
    m_afterFlush.insert(token, std::move(then));
    ScanEngine *engine = m_engine;
    QMetaObject::invokeMethod(engine, [this, engine, token] {
        // A failed write has been reported through ScanStore::failed already;
        // the copy then holds what was committed before it.
        if (auto *store = engine->findChild<ScanStore *>())
            static_cast<void>(store->flush());
        // The controller outlives the scan thread (it joins it), so posting
        // to it from here is safe.
        QMetaObject::invokeMethod(this, [this, token] {
            if (auto then = m_afterFlush.take(token))
                then();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ScanController::retireThread()
{
    if (!m_thread)
        return;
    ScanEngine *engine = m_engine;
    m_retiring = m_thread;
    m_thread = nullptr;
    m_engine.clear();
    m_storeClosing = true;
    // The thread is the context: when stopThread() joins and deletes it
    // first, this queued call goes with it.
    connect(m_retiring, &QThread::finished, m_retiring, [this] { std::exchange(m_retiring, nullptr)->deleteLater(); });
    // The engine has reported everything: its store commits what is left in
    // the scan thread, tells the GUI the file is complete, and the thread ends.
    QMetaObject::invokeMethod(engine, [this, engine] {
        if (auto *store = engine->findChild<ScanStore *>())
            static_cast<void>(store->flush());
        QMetaObject::invokeMethod(this, &ScanController::scanFileComplete, Qt::QueuedConnection);
        engine->thread()->quit();
    }, Qt::QueuedConnection);
}

void ScanController::scanFileComplete()
{
    if (!std::exchange(m_storeClosing, false))
        return;
    for (auto &then : std::exchange(m_afterFlush, {}))
        then();
}

void ScanController::stopThread()
{
    if (m_retiring) {
        // A finished scan's store is still committing: the next scan (or the
        // window closing) waits for it, so its file is complete before it is
        // copied or removed.
        m_retiring->wait();
        delete std::exchange(m_retiring, nullptr);
        scanFileComplete();
    }
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
