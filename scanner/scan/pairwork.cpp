#include "scan/pairwork.h"

#include "compare/parsedhtml.h"
#include "crawl/linkextractor.h"

#include <QSet>

#include <memory>
#include <optional>
#include <string_view>

namespace sslrec {

namespace {

bool isHtml(const FetchResult &r)
{
    return r.answered() && (r.contentType == QLatin1String("text/html") || r.contentType == QLatin1String("application/xhtml+xml")
                            || (r.contentType.isEmpty() && r.body.trimmed().startsWith('<')));
}

// Normalising is pure and the costliest part of considering a link, so the
// pool does it; a page's repeated links (menus, footers) are dropped here.
QList<PageLink> normalizedLinks(const QList<QUrl> &raw)
{
    QList<PageLink> out;
    out.reserve(raw.size());
    QSet<QString> seen;
    for (const QUrl &link : raw) {
        QUrl url = normalizeUrl(link);
        if (!url.isValid() || url.host().isEmpty())
            continue;
        const QString key = url.toString(QUrl::FullyEncoded);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        QString path = pathAndQueryOf(url);
        out.append({std::move(url), std::move(path)});
    }
    return out;
}

} // namespace

const FetchResult *linkSource(const FetchResult &http, const FetchResult &https)
{
    if (isHtml(http))
        return &http;
    return isHtml(https) ? &https : nullptr;
}

PairWork analysePair(const PairWorkRequest &request)
{
    PairWork work;
    std::optional<QString> title; // the link extractor's, when it parsed the page
    std::unique_ptr<ParsedHtml> parsed; // HTTP's page, parsed once for its links and its comparison
    if (request.harvestLinks) {
        if (const FetchResult *source = linkSource(request.http, request.https)) {
            // Bodies that differ go to the comparator, which reads the HTTP
            // page too: when the links come from that page, one parse serves
            // both. Past the link extractor's input cap it parses a prefix of
            // its own, and a shared tree would only be one more in memory.
            if (source == &request.http && !request.quick && request.http.body != request.https.body
                && source->body.size() <= LinkExtractorOptions().maxInputBytes)
                parsed = ParsedHtml::parse(std::string_view(source->body.constData(), std::size_t(source->body.size())));
            LinkHarvest harvest = parsed ? extractPageLinks(*parsed, source->url) : extractPageLinks(source->body, source->url);
            work.links = normalizedLinks(harvest.links);
            title = std::move(harvest.title);
        }
    }
    if (request.quick)
        work.judgement = *request.quick;
    else
        work.judgement = judgeContent(request.http, request.https, request.refetch ? &*request.refetch : nullptr,
                                      title ? &*title : nullptr, parsed.get());
    return work;
}

} // namespace sslrec
