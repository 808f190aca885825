#include "scan/pageanalysis.h"

// TODO(#3): replace these stand-ins with scanner/crawl and scanner/compare
// as those parts land.

namespace sslrec {

namespace {

class AllowAll : public RobotsRules
{
public:
    bool allows(const QString &) const override { return true; }
    QStringList sitemaps() const override { return {}; }
    QString summary() const override { return QStringLiteral("robots.txt not evaluated"); }
};

} // namespace

std::shared_ptr<const RobotsRules> robotsFromResponses(const FetchResult &, const FetchResult &, RobotsPolicy, const QString &)
{
    return std::make_shared<AllowAll>();
}

PageLinks extractPageLinks(const QByteArray &, const QUrl &)
{
    return {};
}

SitemapContent parseSitemapBody(const QByteArray &)
{
    return {};
}

QUrl normalizeUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {};
    QUrl u = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u;
}

QString pathAndQueryOf(const QUrl &url)
{
    QString s = url.path(QUrl::FullyEncoded);
    if (s.isEmpty())
        s = QStringLiteral("/");
    if (url.hasQuery())
        s += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return s;
}

PairJudgement judgeContent(const FetchResult &http, const FetchResult &https, const FetchResult *)
{
    PairJudgement j;
    const bool same = http.status == https.status && http.body == https.body;
    j.verdict = same ? PageVerdict::Same : PageVerdict::Different;
    j.score = same ? 1.0 : 0.0;
    j.reason = same ? QStringLiteral("byte-identical") : QStringLiteral("the bodies differ");
    j.reasonCode = same ? QStringLiteral("identical") : QStringLiteral("bytes-differ");
    return j;
}

Result<QStringList> accessLogPaths(const QString &file, const QString &)
{
    return Result<QStringList>::failure(QStringLiteral("input.access-log"),
                                        QStringLiteral("%1: access logs are not read by this build yet").arg(file));
}

bool looksLikeBlock(const FetchResult &response)
{
    return response.status == 401 || response.status == 403 || response.status == 429;
}

} // namespace sslrec
