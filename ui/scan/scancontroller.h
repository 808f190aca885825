#pragma once

#include "scan/memorybodycache.h"
#include "scan/pageevent.h"
#include "scan/scanresult.h"
#include "scan/scansettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;
class QTimer;

namespace sslrec {
class ScanEngine;
}

namespace sslrec::ui {

class DemoSite;

// Runs one ScanEngine at a time on a worker thread and relays its signals to
// the GUI thread as values. Page events are coalesced and flushed every
// ~100 ms; signals of an engine that is no longer current are dropped by
// scan id (hotspot's JobTracker idea), so a cancelled scan cannot write into
// the models of the next one. Nothing here blocks the GUI thread except the
// final join in the destructor.
class ScanController : public QObject
{
    Q_OBJECT

public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    // Starts a scan; a running one is cancelled and forgotten first.
    void start(const ScanSettings &settings);
    // Starts the built-in demo origins (once, kept for later demo scans) and
    // scans them with \a base's limits.
    void startDemo(const ScanSettings &base = {});
    void pause();
    void resume();
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isDemo() const { return m_demo; }
    const ScanSettings &settings() const { return m_settings; }
    // Bodies kept from the live scan (different and error pages, bounded).
    const BodySource &bodySource() const { return m_bodies; }
    const MemoryBodyCache &bodyCache() const { return m_bodies; }
    void setBodyBudget(qint64 bytes);

    static constexpr int kFlushIntervalMs = 100;

signals:
    void scanStarted(const sslrec::ScanSettings &settings);
    void originAdded(const QString &host);
    void pageEvents(const sslrec::ui::PageEventBatch &events);
    // Pairs without bodies (the bodies went to bodySource()).
    void pairsCompleted(const QList<sslrec::PagePair> &pairs);
    void tlsReportReady(const QString &host, const sslrec::TlsReport &report);
    void originFinished(const sslrec::OriginResult &result);
    void progressChanged(const sslrec::ScanProgress &progress);
    void finished(const sslrec::ScanResult &result);
    // The scan could not start (demo servers, temporary files); says why.
    void failed(const QString &message);
    void runningChanged(bool running);
    void pausedChanged(bool paused);

private:
    void launch(const ScanSettings &settings, bool demo);
    void stopThread();
    void flush();
    void onPairCompleted(const PagePair &pair);
    void onFinished(const ScanResult &result);

    QThread *m_thread = nullptr;
    QPointer<ScanEngine> m_engine;
    quint64 m_scanId = 0;
    ScanSettings m_settings;
    bool m_running = false;
    bool m_paused = false;
    bool m_demo = false;
    QTimer *m_flushTimer = nullptr;
    PageEventBatch m_pendingEvents;
    QList<PagePair> m_pendingPairs;
    MemoryBodyCache m_bodies;
    std::unique_ptr<DemoSite> m_demoSite;
};

} // namespace sslrec::ui
