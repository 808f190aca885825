#pragma once

#include "fetch/fetchtypes.h"
#include "scan/pageanalysis.h"

#include <QList>
#include <QUrl>

#include <optional>

namespace sslrec {

/// A crawlable link, normalised (UrlNormalizer) on the pool thread.
struct PageLink
{
    QUrl url;             ///< absolute and normalised
    QString pathAndQuery; ///< the fetch key ("/a?b=c")
};

/// What the thread pool works out for one fetched page pair: the links to
/// crawl and the verdict. Both need the HTML parsed, which is the costliest
/// step of a scan; doing them in one pool job keeps the scan thread free for
/// the network and spreads the parsing over the cores.
struct PairWork
{
    PairJudgement judgement;   ///< the verdict (from the quick checks, the byte comparison or the comparator)
    QList<PageLink> links;     ///< distinct links of the page visitors see today (empty unless asked for)
};

/// What analysePair() is asked to do.
struct PairWorkRequest
{
    FetchResult http;                     ///< the HTTP response, with its body
    FetchResult https;                    ///< the HTTPS response, with its body
    std::optional<FetchResult> refetch;   ///< a second HTTP response (noise), when there is one
    std::optional<PairJudgement> quick;   ///< the verdict judgeResponses() already reached, if any
    bool harvestLinks = false;            ///< extract the links (the crawl wants more pages)
};

/// The page both schemes' links are read from: HTTP's when it is HTML (what
/// visitors follow today), else HTTPS's; null when neither is HTML.
const FetchResult *linkSource(const FetchResult &http, const FetchResult &https);

/// Runs on a pool thread: harvests links when asked, and judges the pair
/// unless \a request.quick already did. The comparator decides
/// byte-identical pairs without parsing; their title is the link extractor's.
PairWork analysePair(const PairWorkRequest &request);

} // namespace sslrec
