#include "scan/scanengine.h"

#include "core/logging.h"
#include "core/version.h"
#include "crawl/scope.h"
#include "fetch/fetcher.h"
#include "scan/originscan.h"

#include <QFile>
#include <QHostInfo>
#include <QTimer>

namespace sslrec {

namespace {
constexpr int kTickMs = 250;
constexpr qint64 kRateWindowMs = 5000;
} // namespace

ScanEngine::ScanEngine(ScanSettings settings, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<sslrec::PagePair>();
    qRegisterMetaType<sslrec::OriginResult>();
    qRegisterMetaType<sslrec::ScanResult>();
    qRegisterMetaType<sslrec::ScanProgress>();
    qRegisterMetaType<sslrec::TlsReport>();
    qRegisterMetaType<sslrec::PageSource>();
    qRegisterMetaType<sslrec::PageState>();
    if (settings.fetch.userAgent.isEmpty())
        settings.fetch.userAgent = defaultUserAgent();
    m_result.settings = std::move(settings);
    m_scope = Scope(m_result.settings.domain, m_result.settings.includeSubdomains);
    m_result.toolVersion = QString::fromLatin1(kVersion);
}

ScanEngine::~ScanEngine() = default;

void ScanEngine::start()
{
    if (m_running || m_result.startedAt.isValid())
        return;
    m_running = true;
    m_clock.start();
    m_result.startedAt = QDateTime::currentDateTimeUtc();

    // Children are created here, in the thread the engine runs in.
    m_fetcher = new Fetcher(m_result.settings.fetch, this);
    m_fetcher->setConcurrency(m_result.settings.concurrency);
    m_fetcher->setDelay(m_result.settings.delayMs);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(kTickMs);
    connect(m_ticker, &QTimer::timeout, this, &ScanEngine::tick);
    m_ticker->start();
    if (m_result.settings.maxScanSeconds > 0) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, [this] {
            m_result.notes << tr("the scan hit its time limit of %n second(s) (--max-time); origins were judged on what was fetched",
                                 nullptr, int(m_result.settings.maxScanSeconds));
            cancel();
        });
        m_deadline->start(int(std::min<qint64>(m_result.settings.maxScanSeconds * 1000, INT_MAX)));
    }

    loadFallbackPaths();
    for (const OriginResult &origin : std::as_const(m_restored.origins)) {
        if (origin.progress.finished) {
            m_restoredFinished.insert(origin.host);
            m_result.origins.append(origin);
            emit originAdded(origin.host);
            emit originFinished(origin);
        }
    }
    for (const OriginResult &origin : std::as_const(m_restored.origins)) {
        if (!origin.progress.finished)
            addOrigin(origin.host);
    }
    const QString domain = m_result.settings.domain;
    addOrigin(domain);
    const bool isIp = !QHostAddress(domain).isNull();
    const QString www = QStringLiteral("www.") + domain;
    // www. is scanned when it exists: pinned, or resolvable when DNS is on
    // (OriginScan drops nothing, so only add it when it can be reached).
    if (!isIp && !domain.startsWith(QLatin1String("www."))) {
        if (m_result.settings.resolve.contains(www)) {
            addOrigin(www);
        } else if (m_result.settings.dnsEnabled) {
            ++m_pendingLookups;
            QHostInfo::lookupHost(www, this, [this, www](const QHostInfo &info) {
                --m_pendingLookups;
                if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty() && m_running && !m_cancelled)
                    addOrigin(www);
                finishIfDone();
            });
        }
    }
}

void ScanEngine::restore(const ScanResult &partial, const QHash<QString, QStringList> &discovered)
{
    if (m_result.startedAt.isValid())
        return;
    m_restored = partial;
    m_restoredDiscovered = discovered;
    m_result.notes = partial.notes;
}

OriginScan *ScanEngine::addOrigin(const QString &host)
{
    if (m_byHost.contains(host))
        return m_byHost.value(host);
    if (m_restoredFinished.contains(host))
        return nullptr;
    if (m_origins.size() >= m_result.settings.maxOrigins) {
        if (!m_originCapNoted) {
            m_originCapNoted = true;
            m_result.notes << tr("more hostnames were found than --max-origins (%1) allows; the rest were not scanned")
                                  .arg(m_result.settings.maxOrigins);
        }
        return nullptr;
    }
    auto *origin = new OriginScan(m_result.settings, host, m_fetcher, this);
    m_origins.append(origin);
    m_byHost.insert(host, origin);
    connect(origin, &OriginScan::pageDiscovered, this, &ScanEngine::pageDiscovered);
    connect(origin, &OriginScan::pageStateChanged, this, &ScanEngine::pageStateChanged);
    connect(origin, &OriginScan::pagePairCompleted, this, &ScanEngine::pagePairCompleted);
    connect(origin, &OriginScan::tlsReportReady, this, &ScanEngine::tlsReportReady);
    connect(origin, &OriginScan::crossOriginLink, this, &ScanEngine::onCrossOriginLink);
    connect(origin, &OriginScan::finished, this, &ScanEngine::onOriginFinished);

    QList<QPair<QString, PageSource>> fallback = m_fallbackByHost.value(host);
    const QString domain = m_result.settings.domain;
    if (host == domain || host == QStringLiteral("www.") + domain)
        fallback += m_fallbackPaths;
    origin->setFallbackPaths(fallback);
    for (const OriginResult &prior : std::as_const(m_restored.origins)) {
        if (prior.host == host)
            origin->restore(prior.pages, m_restoredDiscovered.value(host));
    }

    emit originAdded(host);
    if (m_cancelled)
        origin->cancel();
    else
        origin->start();
    return origin;
}

bool ScanEngine::inScope(const QString &host) const
{
    // www. belongs to the domain even when subdomains are switched off.
    return m_scope.contains(host) || host == QStringLiteral("www.") + m_result.settings.domain;
}

void ScanEngine::onCrossOriginLink(const QUrl &url, PageSource source)
{
    const QString host = url.host();
    if (!inScope(host) || m_cancelled)
        return;
    if (!m_result.settings.dnsEnabled && !m_result.settings.resolve.contains(host) && QHostAddress(host).isNull())
        return; // unreachable by construction; do not invent an origin for it
    OriginScan *origin = addOrigin(host);
    if (origin)
        origin->addCandidate(pathAndQueryOf(url), source);
}

void ScanEngine::onOriginFinished(const OriginResult &result)
{
    m_result.origins.append(result);
    ++m_originsFinished;
    emit originFinished(result);
    finishIfDone();
}

void ScanEngine::finishIfDone()
{
    if (!m_running || m_pendingLookups > 0 || m_originsFinished < m_origins.size())
        return;
    m_running = false;
    m_ticker->stop();
    if (m_deadline)
        m_deadline->stop();
    m_result.finishedAt = QDateTime::currentDateTimeUtc();
    m_result.cancelled = m_cancelled;
    // Report origins in discovery order, whatever order they finished in.
    std::stable_sort(m_result.origins.begin(), m_result.origins.end(), [this](const OriginResult &a, const OriginResult &b) {
        return m_origins.indexOf(m_byHost.value(a.host)) < m_origins.indexOf(m_byHost.value(b.host));
    });
    emit progressChanged(progress());
    emit finished(m_result);
}

void ScanEngine::pause()
{
    if (m_fetcher)
        m_fetcher->pause();
    emit progressChanged(progress());
}

void ScanEngine::resume()
{
    if (m_fetcher)
        m_fetcher->resume();
    emit progressChanged(progress());
}

void ScanEngine::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    const auto origins = m_origins;
    for (OriginScan *o : origins)
        o->cancel();
    if (m_fetcher) {
        m_fetcher->resume();
        m_fetcher->cancelAll();
    }
}

void ScanEngine::loadFallbackPaths()
{
    auto load = [this](const QString &file, PageSource source, const QList<QString> &entries) {
        for (const QString &entry : entries) {
            const QString line = entry.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (line.startsWith(QLatin1Char('/'))) {
                m_fallbackPaths.append({pathAndQueryOf(normalizeUrl(QUrl(QStringLiteral("http://x") + line))), source});
                continue;
            }
            const QUrl url = normalizeUrl(QUrl(line));
            if (!url.isValid() || !inScope(url.host())) {
                m_result.notes << tr("%1: '%2' is neither a path nor a URL inside %3; skipped").arg(file, line, m_result.settings.domain);
                continue;
            }
            m_fallbackByHost[url.host()].append({pathAndQueryOf(url), source});
        }
    };
    if (!m_result.settings.seedUrlsFile.isEmpty()) {
        QFile f(m_result.settings.seedUrlsFile);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            m_result.notes << tr("cannot read the seed URL file %1: %2").arg(f.fileName(), f.errorString());
        } else {
            QStringList lines;
            while (!f.atEnd() && lines.size() < 100000)
                lines << QString::fromUtf8(f.readLine(8192));
            load(f.fileName(), PageSource::Seed, lines);
        }
    }
    if (!m_result.settings.accessLogFile.isEmpty()) {
        const auto paths = accessLogPaths(m_result.settings.accessLogFile, m_result.settings.domain);
        if (!paths)
            m_result.notes << paths.error().message;
        else
            load(m_result.settings.accessLogFile, PageSource::AccessLog, *paths);
    }
}

ScanProgress ScanEngine::progress() const
{
    ScanProgress p;
    p.origins = int(m_origins.size() + m_restoredFinished.size());
    p.originsFinished = int(m_originsFinished + m_restoredFinished.size());
    int remaining = 0;
    for (const OriginScan *o : m_origins) {
        p.pagesSampled += o->progress().sampled;
        p.pagesCompared += o->progress().compared;
        remaining += o->remainingPages();
    }
    if (m_fetcher) {
        p.requestsQueued = m_fetcher->queuedCount();
        p.requestsRunning = m_fetcher->runningCount();
        p.requestsSent = m_fetcher->startedCount();
        p.paused = m_fetcher->isPaused();
    }
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_rateSamples.size() >= 2) {
        const auto &[t0, n0] = m_rateSamples.front();
        const auto &[t1, n1] = m_rateSamples.back();
        if (t1 > t0)
            p.requestsPerSecond = double(n1 - n0) * 1000.0 / double(t1 - t0);
    }
    // Two requests per page pair; the ETA is honest only once a rate exists.
    if (p.requestsPerSecond > 0.1 && m_running)
        p.etaMs = qint64(remaining * 2 / p.requestsPerSecond * 1000.0);
    else if (!m_running && m_result.finishedAt.isValid())
        p.etaMs = 0;
    return p;
}

void ScanEngine::tick()
{
    if (!m_fetcher)
        return;
    const qint64 now = m_clock.elapsed();
    m_rateSamples.emplace_back(now, m_fetcher->startedCount());
    while (m_rateSamples.size() > 2 && now - m_rateSamples.front().first > kRateWindowMs)
        m_rateSamples.pop_front();
    emit progressChanged(progress());
}

} // namespace sslrec
