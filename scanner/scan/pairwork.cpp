#include "scan/pairwork.h"

#include <QCoreApplication>
#include <QSet>

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

bool byteIdentical(const FetchResult &http, const FetchResult &https)
{
    // What Comparator::compare checks before it calls a pair byte-identical:
    // the status classes agree and neither redirects (ResponseRules::byStatus),
    // the media types agree, the bodies are not empty.
    const bool redirect = http.status >= 300 && http.status < 400 && http.status != 304;
    return http.answered() && https.answered() && http.status == https.status && !redirect
        && http.contentType == https.contentType && !http.body.isEmpty() && http.body.size() == https.body.size()
        && http.body == https.body;
}

const FetchResult *linkSource(const FetchResult &http, const FetchResult &https)
{
    if (isHtml(http))
        return &http;
    return isHtml(https) ? &https : nullptr;
}

PairWork analysePair(const PairWorkRequest &request)
{
    PairWork work;
    const bool identical = !request.quick && !request.refetch && byteIdentical(request.http, request.https);
    // An identical pair gets its title from the link extractor's parse: the
    // comparator, which would otherwise read it, is skipped.
    if (request.harvestLinks || identical) {
        if (const FetchResult *source = linkSource(request.http, request.https)) {
            LinkHarvest harvest = extractPageLinks(source->body, source->url);
            if (request.harvestLinks)
                work.links = normalizedLinks(harvest.links);
            work.linkTitle = std::move(harvest.title);
        }
    }
    if (request.quick) {
        work.judgement = *request.quick;
    } else if (identical) {
        PairJudgement &j = work.judgement;
        j.verdict = PageVerdict::Same;
        j.score = 1;
        // The comparator's own words (and translation context) for this case.
        j.reason = QCoreApplication::translate("sslrec::Comparator", "byte-identical");
        j.reasonCode = QStringLiteral("identical");
        j.title = work.linkTitle;
    } else {
        work.judgement = judgeContent(request.http, request.https, request.refetch ? &*request.refetch : nullptr);
    }
    return work;
}

} // namespace sslrec
