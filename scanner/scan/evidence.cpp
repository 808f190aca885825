#include "scan/evidence.h"

#include "scan/pairchecks.h"

#include <QCoreApplication>

namespace sslrec {

OriginEvidence collectEvidence(const OriginResult &origin, const FetchResult *robotsHttp, const FetchResult *robotsHttps,
                               std::optional<Mode> currentMode)
{
    OriginEvidence e = origin.evidence;
    e.host = origin.host;
    e.currentMode = currentMode;

    auto schemeEvidence = [&origin](SchemeEvidence base, const FetchResult *robots, auto side) {
        const FetchResult *firstFailure = !robots || robots->answered() ? nullptr : robots;
        bool answered = (robots && robots->answered()) || base.answered;
        for (const PagePair &p : origin.pages) {
            const FetchResult &r = side(p);
            if (r.answered())
                answered = true;
            else if (!firstFailure && r.error != FetchError::Cancelled)
                firstFailure = &r;
        }
        base.answered = answered;
        if (!answered && firstFailure && base.failureCode.isEmpty()) {
            base.failureCode = fetchErrorCode(firstFailure->error);
            base.failureMessage = firstFailure->errorMessage;
        }
        return base;
    };
    e.http = schemeEvidence(e.http, robotsHttp, [](const PagePair &p) -> const FetchResult & { return p.http; });
    e.https = schemeEvidence(e.https, robotsHttps, [](const PagePair &p) -> const FetchResult & { return p.https; });

    const TlsReport &tls = origin.tls;
    e.tlsHandshakeOk = tls.handshakeOk;
    e.tlsFailure = tls.handshakeOk ? QString() : tls.handshakeError;
    e.certificateValid = tls.certificateValid;
    e.certificateProblems.clear();
    for (const TlsFinding &f : errorFindings(tls))
        e.certificateProblems << f.message;

    e.pagesCompared = e.pagesSame = e.pagesEquivalentRedirect = e.pagesDifferent = e.pagesError = 0;
    e.differenceExamples.clear();
    bool allBlocked = !origin.pages.isEmpty();
    for (const PagePair &p : origin.pages) {
        switch (p.verdict) {
        case PageVerdict::Same: ++e.pagesSame; ++e.pagesCompared; break;
        case PageVerdict::EquivalentRedirect: ++e.pagesEquivalentRedirect; ++e.pagesCompared; break;
        case PageVerdict::Different:
            ++e.pagesDifferent;
            ++e.pagesCompared;
            if (e.differenceExamples.size() < 5)
                e.differenceExamples << QStringLiteral("%1: %2").arg(p.pathAndQuery, p.reason);
            break;
        default: ++e.pagesError; break;
        }
        const bool blocked = (!p.http.answered() || isBlockStatus(p.http.status)) && (!p.https.answered() || isBlockStatus(p.https.status))
                             && (p.http.answered() || p.https.answered());
        allBlocked = allBlocked && blocked;
    }
    if (allBlocked && !e.blocked && !origin.pages.isEmpty()) {
        e.blocked = true;
        e.blockedReason = QCoreApplication::translate("sslrec::Evidence", "every sampled page was answered with 401, 403 or 429");
    }
    return e;
}

} // namespace sslrec
