#include "scan/originscan.h"

#include "core/logging.h"
#include "core/workpools.h"
#include "fetch/fetcher.h"
#include "recommend/recommender.h"
#include "scan/evidence.h"
#include "scan/pairchecks.h"
#include "scan/pairwork.h"
#include "tls/tlsprobe.h"

#include <QHostInfo>
#include <QPointer>
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace sslrec {

namespace {

constexpr int kMaxSitemaps = 8;

} // namespace

OriginScan::OriginScan(const ScanSettings &settings, const QString &host, Fetcher *fetcher, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_fetcher(fetcher)
    , m_frontier(settings.maxPages)
    , m_traps([&settings] {
        // Digit-only variants of one URL shape (calendars, numbered posts)
        // are a trap past 50, unless the user asked for a bigger sample.
        TrapGuardOptions o;
        o.maxPatternVariants = std::max(o.maxPatternVariants, settings.maxPages);
        return o;
    }())
{
    m_result.host = host;
    connect(m_fetcher, &Fetcher::finished, this, &OriginScan::onFetched);
}

OriginScan::~OriginScan() = default;

int OriginScan::remainingPages() const
{
    if (isFinished())
        return 0;
    const int expected = std::min(m_settings.maxPages, std::max(1, m_frontier.discovered()));
    return std::max(0, expected - m_result.progress.compared);
}

void OriginScan::start()
{
    const auto pin = m_settings.resolve.constFind(m_result.host);
    if (pin != m_settings.resolve.cend()) {
        m_result.pinned = true;
        resolved({*pin}, {});
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(m_result.host)) {
        resolved({literal}, {});
        return;
    }
    if (!m_settings.dnsEnabled) {
        resolved({}, tr("not resolved: DNS lookups are off (--no-dns) and there is no --resolve pin for it"));
        return;
    }
    m_phase = Phase::Resolving;
    QHostInfo::lookupHost(m_result.host, this, [this](const QHostInfo &info) {
        if (m_phase != Phase::Resolving)
            return;
        resolved(info.addresses(), info.error() == QHostInfo::NoError ? QString() : info.errorString());
    });
}

void OriginScan::resolved(const QList<QHostAddress> &addresses, const QString &error)
{
    if (addresses.isEmpty()) {
        const QString why = error.isEmpty() ? tr("the name has no addresses") : error;
        m_result.evidence.http = {false, QStringLiteral("dns"), why};
        m_result.evidence.https = {false, QStringLiteral("dns"), why};
        m_tlsDone = true;
        m_result.tls.hostname = m_result.host;
        m_result.tls.handshakeError = why;
        finish();
        return;
    }
    m_result.addresses = addresses;
    m_address = addresses.first();
    begin();
}

void OriginScan::begin()
{
    m_phase = Phase::Robots;
    startTlsProbe();
    m_robotsPending = 2;
    fetch(Scheme::Http, QStringLiteral("/robots.txt"), Purpose::RobotsHttp, {});
    fetch(Scheme::Https, QStringLiteral("/robots.txt"), Purpose::RobotsHttps, {});
}

void OriginScan::startTlsProbe()
{
    TlsProbeRequest req;
    req.hostname = m_result.host;
    req.address = m_address.toString();
    req.port = m_settings.fetch.httpsPort;
    req.connectTimeoutMs = m_settings.fetch.connectTimeoutMs;
    req.handshakeTimeoutMs = m_settings.fetch.connectTimeoutMs;
    req.trust.systemRoots = m_settings.useSystemRoots;
    req.trust.originCaRoots = m_settings.useOriginCa;
    req.trust.caFiles = m_settings.caFiles;
    req.trust.expiryWarningDays = m_settings.expiryWarningDays;

    m_tlsWatcher = new QFutureWatcher<TlsReport>(this);
    connect(m_tlsWatcher, &QFutureWatcher<TlsReport>::finished, this, [this] {
        m_result.tls = m_tlsWatcher->result();
        m_tlsDone = true;
        emit tlsReportReady(m_result.host, m_result.tls);
        maybeFinish();
    });
    m_tlsWatcher->setFuture(QtConcurrent::run(tlsProbePool(), probeTls, req));
}

quint64 OriginScan::fetch(Scheme scheme, const QString &pathAndQuery, Purpose purpose, const QString &key)
{
    FetchRequest req;
    req.host = m_result.host;
    req.scheme = scheme;
    req.pathAndQuery = pathAndQuery;
    // Pinned hosts (--resolve, or no DNS) are reached at their address; the
    // others by name, which lets Qt use HTTP/2 and a proxy where configured.
    if (m_result.pinned || !m_settings.dnsEnabled)
        req.pinnedAddress = m_address;
    const quint64 id = m_fetcher->enqueue(req);
    m_tickets.insert(id, {purpose, key});
    return id;
}

void OriginScan::onFetched(quint64 id, const FetchResult &result)
{
    const auto it = m_tickets.constFind(id);
    if (it == m_tickets.cend())
        return;
    const Ticket ticket = *it;
    m_tickets.erase(it);
    if (m_phase == Phase::Done)
        return;

    switch (ticket.purpose) {
    case Purpose::RobotsHttp:
        m_robotsHttp = result;
        if (--m_robotsPending == 0)
            onRobotsFetched();
        break;
    case Purpose::RobotsHttps:
        m_robotsHttps = result;
        if (--m_robotsPending == 0)
            onRobotsFetched();
        break;
    case Purpose::Sitemap:
        onSitemapFetched(ticket.key, result);
        break;
    case Purpose::PageHttp:
    case Purpose::PageHttps:
    case Purpose::Refetch:
        onPageFetched(ticket.purpose, ticket.key, result);
        break;
    }
}

void OriginScan::onRobotsFetched()
{
    m_robots = robotsFromResponses(m_robotsHttp, m_robotsHttps, m_settings.robotsPolicy, QStringLiteral("sslrec"));
    m_result.robotsNotes << m_robots->summary();
    // A robots.txt past the body cap is parsed up to the cut (like the big
    // crawlers do); say so, or the rules look complete when they are not.
    for (const FetchResult *r : {&m_robotsHttp, &m_robotsHttps}) {
        if (r->truncated)
            m_result.robotsNotes << tr("robots.txt on %1 truncated at %2 bytes of %3 or more; only the rules before the cut apply")
                                        .arg(schemeName(r->scheme))
                                        .arg(r->body.size())
                                        .arg(r->bodyBytes);
    }
    if (m_cancelled) {
        finish();
        return;
    }
    if (!m_robots->allows(m_settings.startPath) || !m_robots->allows(QStringLiteral("/"))) {
        m_result.evidence.optedOut = true;
        const QString path = m_robots->allows(m_settings.startPath) ? QStringLiteral("/") : m_settings.startPath;
        m_result.evidence.optOutReason = tr("robots.txt disallows the sslrec user agent for %1 (%2; %3)")
                                             .arg(path, m_robots->disallowReason(path), m_robots->summary());
        // What robots.txt itself answered is all the evidence there is.
        m_result.evidence.http.answered = m_robotsHttp.answered();
        m_result.evidence.https.answered = m_robotsHttps.answered();
        finish();
        return;
    }
    m_phase = Phase::Crawling;

    QStringList sitemaps = m_robots->sitemaps();
    sitemaps << QStringLiteral("http://%1/sitemap.xml").arg(m_result.host);
    for (const QString &s : std::as_const(sitemaps)) {
        const QUrl url = normalizeUrl(QUrl(s));
        if (!url.isValid() || url.host() != m_result.host || m_sitemapsSeen.size() >= kMaxSitemaps)
            continue;
        const QString key = pathAndQueryOf(url);
        if (m_sitemapsSeen.contains(key) || !m_robots->allows(key))
            continue;
        m_sitemapsSeen.insert(key);
        ++m_sitemapsPending;
        fetch(Scheme::Http, key, Purpose::Sitemap, key);
    }

    addCandidate(m_settings.startPath, PageSource::Start);
    if (m_settings.startPath != QLatin1String("/"))
        addCandidate(QStringLiteral("/"), PageSource::Start);
    pump();
}

void OriginScan::onSitemapFetched(const QString &key, const FetchResult &result)
{
    --m_sitemapsPending;
    if (result.answered() && result.status == 200 && !m_cancelled) {
        const SitemapLinks content = parseSitemapBody(result.body);
        for (const QUrl &page : content.pages)
            considerUrl(page, PageSource::Sitemap);
        for (const QUrl &child : content.sitemaps) {
            const QUrl url = normalizeUrl(child);
            const QString childKey = pathAndQueryOf(url);
            if (url.host() != m_result.host || m_sitemapsSeen.contains(childKey) || m_sitemapsSeen.size() >= kMaxSitemaps
                || !m_robots->allows(childKey))
                continue;
            m_sitemapsSeen.insert(childKey);
            ++m_sitemapsPending;
            fetch(Scheme::Http, childKey, Purpose::Sitemap, childKey);
        }
    }
    Q_UNUSED(key);
    pump();
    maybeFinish();
}

void OriginScan::addCandidate(const QString &pathAndQuery, PageSource source)
{
    if (m_phase == Phase::Done || pathAndQuery.isEmpty())
        return;
    if (m_frontier.add(pathAndQuery, source)) {
        ++m_result.progress.discovered;
        emit pageDiscovered(m_result.host, pathAndQuery, source);
        if (m_phase == Phase::Crawling)
            QMetaObject::invokeMethod(this, &OriginScan::pump, Qt::QueuedConnection);
    }
}

void OriginScan::restore(const QList<PagePair> &pages, const QStringList &discovered)
{
    OriginProgress &p = m_result.progress;
    for (const PagePair &pair : pages) {
        m_frontier.addSampled(pair.pathAndQuery);
        m_result.pages.append(pair);
        ++p.discovered;
        ++p.sampled;
        ++p.httpFetched;
        ++p.httpsFetched;
        ++p.compared;
        switch (pair.verdict) {
        case PageVerdict::Same:
        case PageVerdict::EquivalentRedirect: ++p.same; break;
        case PageVerdict::Different: ++p.different; break;
        default: ++p.errors; break;
        }
    }
    for (const QString &path : discovered) {
        if (m_frontier.add(path, PageSource::Crawl))
            ++p.discovered;
    }
}

void OriginScan::setFallbackPaths(const QList<QPair<QString, PageSource>> &paths)
{
    m_fallback = paths;
}

void OriginScan::considerUrl(const QUrl &raw, PageSource source)
{
    const QUrl url = normalizeUrl(raw);
    if (!url.isValid() || url.host().isEmpty())
        return;
    considerLink({url, pathAndQueryOf(url)}, source);
}

void OriginScan::considerLink(const PageLink &link, PageSource source)
{
    if (link.url.host() != m_result.host) {
        emit crossOriginLink(link.url, source);
        return;
    }
    // Most links of a site point to pages already known; TrapGuard accepts
    // those again anyway, so they stop here.
    if (m_frontier.knows(link.pathAndQuery))
        return;
    // Endless calendars, session ids and ever-deeper paths stop here.
    const TrapVerdict verdict = m_traps.check(link.url);
    if (verdict != TrapVerdict::Accept) {
        ++m_trapped[verdict];
        return;
    }
    if (m_frontier.discovered() >= m_settings.maxUrlsPerOrigin) {
        ++m_overflow;
        return;
    }
    addCandidate(link.pathAndQuery, source);
}

void OriginScan::pump()
{
    if (m_phase != Phase::Crawling || m_cancelled)
        return;
    const int window = m_settings.concurrency * 2;
    while (m_active.size() < window) {
        const auto candidate = m_frontier.next();
        if (!candidate)
            break;
        if (!m_robots->allows(candidate->pathAndQuery)) {
            ++m_disallowed;
            continue;
        }
        startPair(*candidate);
    }
    maybeFinish();
}

void OriginScan::startPair(const Frontier::Candidate &candidate)
{
    ActivePair active;
    active.pair.host = m_result.host;
    active.pair.pathAndQuery = candidate.pathAndQuery;
    active.pair.source = candidate.source;
    m_active.insert(candidate.pathAndQuery, std::move(active));
    ++m_result.progress.sampled;
    emit pageStateChanged(m_result.host, candidate.pathAndQuery, PageState::Fetching);
    fetch(Scheme::Http, candidate.pathAndQuery, Purpose::PageHttp, candidate.pathAndQuery);
    fetch(Scheme::Https, candidate.pathAndQuery, Purpose::PageHttps, candidate.pathAndQuery);
}

void OriginScan::onPageFetched(Purpose purpose, const QString &path, const FetchResult &result)
{
    auto it = m_active.find(path);
    if (it == m_active.end())
        return;
    ActivePair &active = *it;
    if (purpose == Purpose::Refetch) {
        active.refetch = result;
        judge(path);
        return;
    }
    if (purpose == Purpose::PageHttp) {
        active.pair.http = result;
        active.httpDone = true;
        ++m_result.progress.httpFetched;
    } else {
        active.pair.https = result;
        active.httpsDone = true;
        ++m_result.progress.httpsFetched;
    }
    if (active.httpDone && active.httpsDone) {
        considerRedirects(active.pair);
        emit pageStateChanged(m_result.host, path, PageState::Comparing);
        judge(path);
    }
}

void OriginScan::considerRedirects(const PagePair &pair)
{
    if (m_cancelled)
        return;
    for (const FetchResult *r : {&pair.http, &pair.https}) {
        if (r->answered() && !r->redirectTarget.isEmpty())
            considerUrl(QUrl(r->redirectTarget), PageSource::Redirect);
    }
}

void OriginScan::judge(const QString &path)
{
    ActivePair &active = m_active[path];
    const PagePair &pair = active.pair;
    PairWorkRequest request;
    request.quick = judgeResponses(pair.http, pair.https, m_result.host, path, m_settings.fetch.httpsPort);
    // Links are read once per pair (not again after a re-fetch), from the
    // page visitors follow today, while the sample still wants pages.
    request.harvestLinks = !active.harvested && !m_cancelled && !m_frontier.full() && linkSource(pair.http, pair.https);
    active.harvested = true;
    if (request.quick && !request.harvestLinks) {
        onJudged(path, *request.quick);
        return;
    }

    ++m_judgesPending;
    // The pool works on copies (bodies are implicitly shared, not copied):
    // the pair may be read by the GUI thread while the pool computes.
    request.http = pair.http;
    request.https = pair.https;
    // A default FetchResult counts as answered: only a re-fetch that was
    // made and answered is one.
    if (pair.httpRefetched && active.refetch.answered())
        request.refetch = active.refetch;
    auto *watcher = new QFutureWatcher<PairWork>(this);
    connect(watcher, &QFutureWatcher<PairWork>::finished, this, [this, watcher, path] {
        --m_judgesPending;
        watcher->deleteLater();
        if (m_phase == Phase::Done)
            return;
        const PairWork work = watcher->result();
        if (!m_cancelled) {
            for (const PageLink &link : work.links)
                considerLink(link, PageSource::Crawl);
        }
        onJudged(path, work.judgement);
        maybeFinish();
    });
    watcher->setFuture(QtConcurrent::run(scanWorkPool(), [request = std::move(request)] { return analysePair(request); }));
}

void OriginScan::onJudged(const QString &path, const PairJudgement &j)
{
    auto it = m_active.find(path);
    if (it == m_active.end())
        return;
    ActivePair &active = *it;
    if (j.nearThreshold && m_settings.refetchNearThreshold && !active.pair.httpRefetched && !m_cancelled) {
        active.pair.httpRefetched = true;
        fetch(Scheme::Http, path, Purpose::Refetch, path);
        return;
    }
    active.pair.verdict = j.verdict;
    active.pair.score = j.score;
    active.pair.reason = j.reason;
    active.pair.reasonCode = j.reasonCode;
    active.pair.title = j.title;
    completePair(path);
}

void OriginScan::completePair(const QString &path)
{
    PagePair pair = m_active.take(path).pair;
    OriginProgress &p = m_result.progress;
    ++p.compared;
    switch (pair.verdict) {
    case PageVerdict::Same:
    case PageVerdict::EquivalentRedirect: ++p.same; break;
    case PageVerdict::Different: ++p.different; break;
    default: ++p.errors; break;
    }
    emit pageStateChanged(m_result.host, path, PageState::Done);
    emit pagePairCompleted(pair);
    // Bodies live in the scan file from here on; memory stays flat.
    pair.http.body.clear();
    pair.https.body.clear();
    const bool blocked = m_result.pages.isEmpty() && tryBlockedVerdict(pair);
    m_result.pages.append(std::move(pair));
    if (blocked) {
        cancel();
        return;
    }
    pump();
}

bool OriginScan::tryBlockedVerdict(const PagePair &pair)
{
    const bool httpBlocked = pair.http.answered() && (isBlockStatus(pair.http.status) || looksLikeBlock(pair.http));
    const bool httpsBlocked = pair.https.answered() && (isBlockStatus(pair.https.status) || looksLikeBlock(pair.https));
    if (!httpBlocked || !httpsBlocked)
        return false;
    m_result.evidence.blocked = true;
    m_result.evidence.blockedReason = tr("%1 was answered with %2 over HTTP and %3 over HTTPS; nothing else was fetched")
                                          .arg(pair.pathAndQuery, statusText(pair.http), statusText(pair.https));
    return true;
}

void OriginScan::cancel()
{
    if (m_phase == Phase::Done || m_cancelled)
        return;
    m_cancelled = true;
    // Pairs in flight are dropped; their answers are ignored.
    for (auto it = m_tickets.begin(); it != m_tickets.end();) {
        if (it->purpose == Purpose::PageHttp || it->purpose == Purpose::PageHttps || it->purpose == Purpose::Refetch
            || it->purpose == Purpose::Sitemap)
            it = m_tickets.erase(it);
        else
            ++it;
    }
    m_active.clear();
    m_sitemapsPending = 0;
    if (m_phase == Phase::Resolving || m_phase == Phase::Idle) {
        finish();
        return;
    }
    maybeFinish();
}

void OriginScan::maybeFinish()
{
    if (m_phase != Phase::Crawling)
        return;
    if (!m_active.isEmpty() || m_sitemapsPending > 0 || m_judgesPending > 0 || !m_tlsDone)
        return;
    if (!m_cancelled && !m_frontier.full() && m_frontier.idle() && !m_fallbackUsed && !m_fallback.isEmpty()) {
        // The crawl found fewer pages than wanted: add what visitors request.
        m_fallbackUsed = true;
        for (const auto &[path, source] : std::as_const(m_fallback))
            addCandidate(path, source);
        QMetaObject::invokeMethod(this, &OriginScan::pump, Qt::QueuedConnection);
        return;
    }
    if (!m_cancelled && !m_frontier.idle())
        return;
    finish();
}

OriginEvidence OriginScan::buildEvidence() const
{
    // robots.txt counts as evidence only once it was actually fetched.
    const bool robotsFetched = m_robots != nullptr;
    return collectEvidence(m_result, robotsFetched ? &m_robotsHttp : nullptr, robotsFetched ? &m_robotsHttps : nullptr,
                           m_settings.currentMode);
}

void OriginScan::finish()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    if (m_tlsWatcher && !m_tlsDone)
        m_tlsWatcher->disconnect(this);
    m_result.evidence = buildEvidence();
    m_result.verdict = recommend(m_result.evidence);
    if (m_disallowed > 0)
        m_result.robotsNotes << tr("%n sampled URL(s) skipped because robots.txt disallows them", nullptr, m_disallowed);
    for (auto it = m_trapped.cbegin(); it != m_trapped.cend(); ++it)
        m_result.notes << tr("%n URL(s) not followed: %1", nullptr, it.value()).arg(TrapGuard::describe(it.key()));
    if (m_overflow > 0)
        m_result.notes << tr("%n URL(s) not recorded: the origin already had %1 known URLs (the per-origin limit)", nullptr, m_overflow)
                              .arg(m_settings.maxUrlsPerOrigin);
    m_result.progress.finished = true;
    qCDebug(lcScan) << m_result.host << modeName(m_result.verdict.recommended) << m_result.verdict.reasons;
    emit finished(m_result);
}

} // namespace sslrec
