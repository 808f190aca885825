#pragma once

#include "scan/memorybodycache.h"
#include "scan/pageevent.h"
#include "scan/scanresult.h"
#include "scan/scansettings.h"
#include "scan/storedbodysource.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QTemporaryDir;
class QThread;
class QTimer;

namespace sslrec {
class ScanEngine;
}

namespace sslrec::ui {

class DemoSite;

// Runs one ScanEngine at a time on a worker thread and relays its signals to
// the GUI thread as values. Each scan is written as it goes to its own scan
// file in a temporary folder kept for the session (a ScanStore created in the
// worker thread); "Save Scan As" copies it, and the diff view reads every
// page's bodies from it. Page events are coalesced and flushed every
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
    // Bodies of the live scan: every page the scan file holds, else the
    // in-memory copies of different and error pages (bounded) for pages not
    // committed yet or when the file could not be written. GUI thread only.
    const BodySource &bodySource() const { return m_stored; }
    const MemoryBodyCache &bodyCache() const { return m_bodies; }
    void setBodyBudget(qint64 bytes);

    // The current (or last) scan's file; empty before the first scan or when
    // it could not be created. Complete once finished() was emitted.
    QString scanFilePath() const { return m_scanFile; }
    // Calls \a then (in this thread) once everything the running scan has
    // reported so far is committed to scanFilePath(); right away when no
    // scan runs. Dropped when another scan replaces the running one first.
    void whenScanFileFlushed(std::function<void()> then);

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
    // The scan runs on but is not being written to its file (cannot create
    // it, disk full...): Save Scan As is unavailable; says why.
    void scanFileFailed(const QString &message);
    void runningChanged(bool running);
    void pausedChanged(bool paused);

private:
    void launch(const ScanSettings &settings, bool demo);
    void stopThread(); // joins the scan thread, and a retiring one
    void retireThread(); // lets the scan thread end without waiting for it
    void scanFileComplete(); // runs the callbacks waiting for the retiring store
    void flush();
    void onPairCompleted(const PagePair &pair);
    void onFinished(const ScanResult &result);
    QString newScanFilePath();
    void discardScanFile();
    void attachStore(ScanEngine *engine, const QString &path, quint64 id);

    QThread *m_thread = nullptr;
    QThread *m_retiring = nullptr; // a finished scan's thread while its store commits
    bool m_storeClosing = false; // its last commit is not done yet
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
    StoredBodySource m_stored{&m_bodies};
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_scanFile;
    QHash<quint64, std::function<void()>> m_afterFlush; // whenScanFileFlushed() callbacks by token
    quint64 m_flushToken = 0;
    std::unique_ptr<DemoSite> m_demoSite;
};

} // namespace sslrec::ui
