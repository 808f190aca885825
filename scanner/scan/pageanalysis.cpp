#include "scan/pageanalysis.h"

#include "compare/comparator.h"
#include "crawl/accesslogparser.h"
#include "crawl/linkextractor.h"
#include "crawl/robotstxt.h"
#include "crawl/scope.h"
#include "crawl/sitemapparser.h"
#include "crawl/urlnormalizer.h"

#include <QCoreApplication>
#include <QFile>

namespace sslrec {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sslrec::PageAnalysis", text, nullptr, n);
}

QString availabilityText(const RobotsTxt &r)
{
    switch (r.availability()) {
    case RobotsTxt::Availability::Parsed:
        return r.rules().isEmpty() ? tr("no rule applies to sslrec")
                                   : tr("%1 rule(s) apply to sslrec").arg(r.rules().size());
    case RobotsTxt::Availability::Unavailable:
        return tr("none (%1): everything allowed").arg(r.httpStatus());
    case RobotsTxt::Availability::Unreachable:
        return tr("unreachable (%1)").arg(r.httpStatus());
    }
    return {};
}

/// robots.txt of both schemes of one origin. A scheme that did not answer at
/// all says nothing. RFC 9309 reads a 5xx robots.txt as "disallow all"; when
/// only one scheme is in that state and the other serves usable rules, the
/// owner's rules are those of the working scheme (a broken HTTPS that answers
/// 502 to everything is what the scan is there to find), and they apply.
class OriginRobots : public RobotsRules
{
public:
    OriginRobots(const FetchResult &http, const FetchResult &https, RobotsPolicy policy, const QString &token)
    {
        RobotsOptions options;
        options.policy = policy;
        options.productToken = token;
        for (const FetchResult *r : {&http, &https}) {
            if (!r->answered()) {
                m_summary << tr("%1: no answer").arg(schemeName(r->scheme));
                continue;
            }
            RobotsTxt robots = RobotsTxt::fromResponse(r->status, r->body, options);
            m_summary << QStringLiteral("%1: %2").arg(schemeName(r->scheme), availabilityText(robots));
            for (const QString &s : robots.sitemaps()) {
                if (!m_sitemaps.contains(s))
                    m_sitemaps << s;
            }
            m_files.append(std::move(robots));
        }
        const bool anyUsable = std::any_of(m_files.cbegin(), m_files.cend(), [](const RobotsTxt &r) {
            return r.availability() != RobotsTxt::Availability::Unreachable;
        });
        if (anyUsable) {
            m_files.erase(std::remove_if(m_files.begin(), m_files.end(), [](const RobotsTxt &r) {
                              return r.availability() == RobotsTxt::Availability::Unreachable;
                          }),
                          m_files.end());
        }
    }

    bool allows(const QString &pathAndQuery) const override
    {
        return std::all_of(m_files.cbegin(), m_files.cend(), [&](const RobotsTxt &r) { return r.isAllowed(pathAndQuery); });
    }
    QString why(const QString &pathAndQuery) const
    {
        for (const RobotsTxt &r : m_files) {
            const RobotsDecision d = r.check(pathAndQuery);
            if (!d.allowed)
                return d.reason;
        }
        return {};
    }
    QStringList sitemaps() const override { return m_sitemaps; }
    QString summary() const override { return m_summary.join(QStringLiteral("; ")); }
    QString disallowReason(const QString &pathAndQuery) const override { return why(pathAndQuery); }

private:
    QList<RobotsTxt> m_files;
    QStringList m_sitemaps;
    QStringList m_summary;
};

const UrlNormalizer &normalizer()
{
    static const UrlNormalizer instance;
    return instance;
}

ComparedResponse toCompared(const FetchResult &r)
{
    ComparedResponse c;
    c.status = r.answered() ? r.status : 0;
    c.contentType = r.contentType;
    c.url = r.url;
    if (!r.redirectTarget.isEmpty())
        c.location = QUrl(r.redirectTarget);
    c.body = r.body;
    return c;
}

} // namespace

std::shared_ptr<const RobotsRules> robotsFromResponses(const FetchResult &http, const FetchResult &https, RobotsPolicy policy,
                                                       const QString &userAgentToken)
{
    return std::make_shared<OriginRobots>(http, https, policy, userAgentToken);
}

namespace {

LinkHarvest harvest(const PageLinks &page)
{
    LinkHarvest out;
    out.title = page.title;
    out.capped = page.linkCapHit;
    out.links.reserve(page.links.size());
    for (const ExtractedLink &link : page.links)
        out.links.append(link.url);
    return out;
}

} // namespace

LinkHarvest extractPageLinks(const QByteArray &body, const QUrl &pageUrl)
{
    return harvest(extractLinks(body, pageUrl));
}

LinkHarvest extractPageLinks(const ParsedHtml &page, const QUrl &pageUrl)
{
    return harvest(extractLinks(page, pageUrl));
}

SitemapLinks parseSitemapBody(const QByteArray &body)
{
    SitemapLinks out;
    const auto parsed = parseSitemap(body);
    if (!parsed)
        return out;
    for (const QString &u : parsed->urls)
        out.pages.append(QUrl(u));
    for (const QString &u : parsed->sitemaps)
        out.sitemaps.append(QUrl(u));
    return out;
}

QUrl normalizeUrl(const QUrl &url)
{
    auto n = normalizer().normalize(url);
    return n ? *n : QUrl();
}

QString pathAndQueryOf(const QUrl &url)
{
    return UrlNormalizer::pathAndQuery(url);
}

PairJudgement judgeContent(const FetchResult &http, const FetchResult &https, const FetchResult *httpRefetch,
                           const QString *knownTitle, const ParsedHtml *httpParsed)
{
    static const Comparator comparator;
    ComparedResponse a = toCompared(http);
    a.parsed = httpParsed;
    const ComparedResponse b = toCompared(https);
    ComparedResponse again;
    if (httpRefetch)
        again = toCompared(*httpRefetch);
    const PageComparison c = comparator.compare(a, b, httpRefetch ? &again : nullptr);
    PairJudgement j;
    j.verdict = c.verdict == Verdict::Same ? PageVerdict::Same : PageVerdict::Different;
    j.score = c.score;
    j.reason = c.reason;
    j.reasonCode = c.reasonCode;
    j.nearThreshold = c.nearThreshold;
    // The comparator hands back the HTTP normal form it parsed; pairs it
    // decided without parsing (identical bytes, status rules) take the title
    // already known, or parse for it.
    if (c.httpNormalized)
        j.title = c.httpNormalized->title;
    else if (knownTitle)
        j.title = *knownTitle;
    else
        j.title = a.normalizedContent()->title;
    return j;
}

Result<QStringList> accessLogPaths(const QString &file, const QString &domain)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QStringList>::failure(QStringLiteral("input.access-log"),
                                            tr("cannot read the access log %1: %2").arg(file, f.errorString()));
    AccessLogOptions options;
    options.scope = Scope(domain, true);
    AccessLogParser parser(options);
    parser.addDevice(f);
    const AccessLogSummary summary = parser.summary();
    if (summary.accepted == 0)
        return Result<QStringList>::failure(QStringLiteral("input.access-log"),
                                            tr("%1: no GET request with a 2xx or 3xx status in %n line(s) (%2 not in combined or common log format)",
                                               int(summary.lines)).arg(file).arg(summary.malformed));
    QStringList paths;
    // The most requested first; the frontier takes only what it needs.
    for (const AccessLogPath &p : summary.paths) {
        paths << p.pathAndQuery;
        if (paths.size() >= 5000)
            break;
    }
    return paths;
}

bool looksLikeBlock(const FetchResult &response)
{
    return response.status == 401 || response.status == 403 || response.status == 429;
}

} // namespace sslrec
