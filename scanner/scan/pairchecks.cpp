#include "scan/pairchecks.h"

#include <QCoreApplication>

namespace sslrec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec::PairChecks", text);
}

} // namespace

bool isBlockStatus(int status)
{
    return status == 401 || status == 403 || status == 429;
}

QString statusText(const FetchResult &r)
{
    if (!r.answered())
        return QStringLiteral("%1 (%2)").arg(fetchErrorCode(r.error), r.errorMessage);
    return r.reasonPhrase.isEmpty() ? QString::number(r.status)
                                    : QStringLiteral("%1 %2").arg(r.status).arg(QString::fromLatin1(r.reasonPhrase));
}

std::optional<PairJudgement> judgeResponses(const FetchResult &http, const FetchResult &https, const QString &host,
                                            const QString &pathAndQuery, quint16 httpsPort)
{
    auto decide = [](PageVerdict verdict, double score, const QString &reason, const QString &code) {
        PairJudgement j;
        j.verdict = verdict;
        j.score = score;
        j.reason = reason;
        j.reasonCode = code;
        return j;
    };

    if (!http.answered() && !https.answered()) {
        return decide(PageVerdict::Error, 0, tr("neither scheme answered (HTTP: %1; HTTPS: %2)").arg(statusText(http), statusText(https)),
               QStringLiteral("both-failed"));
    }
    if (!http.answered()) {
        return decide(PageVerdict::Error, 0, tr("HTTP failed (%1); HTTPS answered %2").arg(statusText(http), statusText(https)),
               QStringLiteral("http-failed"));
    }
    if (!https.answered()) {
        return decide(PageVerdict::Different, 0, tr("HTTPS failed (%1) where HTTP answered %2").arg(statusText(https), statusText(http)),
               QStringLiteral("https-failed"));
    }
    if (https.status >= 400 && http.status < 400) {
        return decide(PageVerdict::Different, 0, tr("HTTPS answers %1 where HTTP answers %2").arg(statusText(https), statusText(http)),
               https.status >= 500 ? QStringLiteral("https-server-error") : QStringLiteral("https-client-error"));
    }
    if (http.status >= 300 && http.status < 400 && !http.redirectTarget.isEmpty()) {
        // The same URL on https: same host, path and query; the port is the
        // default one or the scan's HTTPS port (an origin behind a proxy
        // redirects to 443 whatever port the scan reaches it on).
        const QUrl target = QUrl(http.redirectTarget).adjusted(QUrl::NormalizePathSegments);
        const int port = target.port(443);
        if (target.scheme() == QLatin1String("https") && target.host() == host
            && (port == 443 || port == httpsPort) && pathAndQueryOf(target) == pathAndQuery) {
            return decide(PageVerdict::EquivalentRedirect, 1, tr("HTTP redirects to the same URL on https"), QStringLiteral("redirect-to-https"));
        }
    }

    return std::nullopt;
}

} // namespace sslrec
