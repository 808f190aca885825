#pragma once

#include "fetch/fetchtypes.h"
#include "recommend/originevidence.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace sslrec {

/// Where a sampled URL came from.
enum class PageSource { Start, Crawl, Sitemap, Seed, AccessLog, Redirect };
QString pageSourceName(PageSource source);

/// The judgement of one page fetched over both schemes.
enum class PageVerdict {
    Pending,            ///< not both sides fetched and compared yet
    Same,               ///< same content despite noise
    EquivalentRedirect, ///< HTTP only redirects to the same URL on https
    Different,          ///< a visitor would see something else over HTTPS
    Error,              ///< could not be judged (e.g. both sides failed)
};
QString pageVerdictName(PageVerdict verdict);

/// Where a page is in the pipeline, for live views.
enum class PageState { Queued, Fetching, Comparing, Done };

/// One sampled page, fetched over HTTP and HTTPS and compared.
struct PagePair
{
    QString host;                    ///< the origin's hostname
    QString pathAndQuery;            ///< identical on both schemes
    PageSource source = PageSource::Crawl; ///< how the page was found
    FetchResult http;                ///< the HTTP response (body kept until stored)
    FetchResult https;               ///< the HTTPS response (body kept until stored)
    bool httpRefetched = false;      ///< HTTP was fetched twice to measure the page's own noise
    double noiseScore = -1;          ///< similarity of the two HTTP fetches, -1 when not measured
    PageVerdict verdict = PageVerdict::Pending; ///< the judgement
    double score = 0;                ///< similarity 0..1 (1 = identical)
    QString reason;                  ///< why, for people
    QString reasonCode;              ///< stable code of the reason
    QString title;                   ///< the page's HTML title, when it has one
};

/// Live counters of one origin.
struct OriginProgress
{
    int discovered = 0;   ///< distinct in-scope URLs found
    int sampled = 0;      ///< URLs chosen for fetching (≤ max pages)
    int httpFetched = 0;  ///< HTTP responses or failures received
    int httpsFetched = 0; ///< HTTPS responses or failures received
    int compared = 0;     ///< pairs with a verdict
    int same = 0;         ///< verdict same or equivalent redirect
    int different = 0;    ///< verdict different
    int errors = 0;       ///< verdict error
    bool finished = false;///< the origin has its verdict
};

/// Progress of the whole scan, emitted a few times a second.
struct ScanProgress
{
    int origins = 0;            ///< origins known
    int originsFinished = 0;    ///< origins with a verdict
    int pagesSampled = 0;       ///< pairs chosen, all origins
    int pagesCompared = 0;      ///< pairs with a verdict, all origins
    int requestsQueued = 0;     ///< requests waiting
    int requestsRunning = 0;    ///< requests in flight
    quint64 requestsSent = 0;   ///< requests started so far
    double requestsPerSecond = 0; ///< over the last few seconds
    qint64 elapsedMs = 0;       ///< since the scan started
    qint64 etaMs = -1;          ///< estimate to the end, -1 when unknown
    bool paused = false;        ///< fetching is paused
};

} // namespace sslrec
