#pragma once

// Realistic engine event sequences for the model tests: what ScanController
// emits for an origin whose pages are discovered, fetched and judged.
#include "scan/pageevent.h"
#include "scan/scanresult.h"

namespace sslrec::ui::testing {

inline PageEvent discovered(const QString &host, const QString &path, PageSource source = PageSource::Crawl)
{
    return {PageEvent::Kind::Discovered, host, path, source, PageState::Queued};
}

inline PageEvent state(const QString &host, const QString &path, PageState s)
{
    return {PageEvent::Kind::StateChanged, host, path, PageSource::Crawl, s};
}

inline PagePair pair(const QString &host, const QString &path, PageVerdict verdict, int httpStatus = 200,
                     int httpsStatus = 200, double score = 1.0, const QString &reason = QStringLiteral("byte-identical"))
{
    PagePair p;
    p.host = host;
    p.pathAndQuery = path;
    p.verdict = verdict;
    p.score = score;
    p.reason = reason;
    p.http.host = p.https.host = host;
    p.http.scheme = Scheme::Http;
    p.https.scheme = Scheme::Https;
    p.http.status = httpStatus;
    p.https.status = httpsStatus;
    if (httpStatus == 0) {
        p.http.error = FetchError::Refused;
        p.http.errorMessage = QStringLiteral("connection refused");
    }
    if (httpsStatus == 0) {
        p.https.error = FetchError::Refused;
        p.https.errorMessage = QStringLiteral("connection refused");
    }
    return p;
}

// Discover, fetch and compare every path in \a paths: the three batches a
// controller would flush for them.
inline PageEventBatch lifecycle(const QString &host, const QStringList &paths)
{
    PageEventBatch batch;
    for (const QString &p : paths)
        batch << discovered(host, p);
    for (const QString &p : paths)
        batch << state(host, p, PageState::Fetching);
    for (const QString &p : paths)
        batch << state(host, p, PageState::Comparing) << state(host, p, PageState::Done);
    return batch;
}

inline OriginResult originResult(const QString &host, Mode mode, const QList<PagePair> &pages)
{
    OriginResult r;
    r.host = host;
    r.verdict.host = host;
    r.verdict.recommended = mode;
    r.verdict.reasons << QStringLiteral("test reason for %1").arg(host);
    for (Mode m : kProxyModes)
        r.verdict.ladder.append({m, !isStronger(m, mode), QStringLiteral("why %1").arg(modeName(m)),
                                 isStronger(m, mode) ? 526 : 0});
    r.pages = pages;
    for (const PagePair &p : pages) {
        ++r.progress.discovered;
        ++r.progress.sampled;
        ++r.progress.compared;
        r.progress.same += p.verdict == PageVerdict::Same ? 1 : 0;
        r.progress.different += p.verdict == PageVerdict::Different ? 1 : 0;
        r.progress.errors += p.verdict == PageVerdict::Error ? 1 : 0;
    }
    r.progress.finished = true;
    r.tls.hostname = host;
    r.tls.connected = true;
    r.tls.handshakeOk = true;
    r.tls.certificateValid = mode == Mode::Strict;
    return r;
}

} // namespace sslrec::ui::testing
