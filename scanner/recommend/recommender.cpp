#include "recommend/recommender.h"

#include <QCoreApplication>

namespace sslrec {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("sslrec::Recommender", text, nullptr, n);
}

bool httpsWorks(const OriginEvidence &e)
{
    return e.https.answered && e.tlsHandshakeOk;
}

bool parityHolds(const OriginEvidence &e)
{
    return e.pagesCompared > 0 && e.pagesDifferent == 0;
}

QString httpsFailure(const OriginEvidence &e)
{
    if (!e.tlsHandshakeOk && !e.tlsFailure.isEmpty())
        return tr("the TLS handshake fails: %1").arg(e.tlsFailure);
    if (!e.https.answered && !e.https.failureMessage.isEmpty())
        return tr("HTTPS does not answer (%1)").arg(e.https.failureMessage);
    return tr("HTTPS does not work");
}

QString differenceSummary(const OriginEvidence &e)
{
    QString s = tr("%n of %1 compared pages differ over HTTPS", e.pagesDifferent).arg(e.pagesCompared);
    if (!e.differenceExamples.isEmpty())
        s += QStringLiteral(" (") + e.differenceExamples.mid(0, 3).join(QStringLiteral("; ")) + QLatin1Char(')');
    return s;
}

QString certificateSummary(const OriginEvidence &e)
{
    return e.certificateProblems.isEmpty() ? tr("the certificate is not valid for this hostname")
                                           : e.certificateProblems.join(QStringLiteral("; "));
}

} // namespace

QList<ModeAssessment> assessModes(const OriginEvidence &e)
{
    QList<ModeAssessment> ladder;
    const bool http = e.http.answered;
    const QString httpDown = tr("HTTP does not answer (%1)").arg(e.http.failureMessage);

    ladder.append({Mode::Off, http, http ? tr("HTTP answers; visitors get no HTTPS at the edge") : httpDown, 0});
    ladder.append({Mode::Flexible, http, http ? tr("HTTP answers; the proxy always reaches the origin over HTTP") : httpDown, 0});

    ModeAssessment full{Mode::Full, false, {}, 0};
    if (!httpsWorks(e)) {
        full.why = tr("HTTPS visitors would get error 525: %1").arg(httpsFailure(e));
        full.proxyError = 525;
    } else if (http && !parityHolds(e)) {
        full.why = e.pagesCompared == 0 ? tr("no page could be compared over both schemes")
                                        : tr("HTTPS visitors would see different content: %1").arg(differenceSummary(e));
    } else {
        full.safe = true;
        full.why = http ? tr("HTTPS works and serves the same content; the certificate is not checked")
                        : tr("HTTPS works; HTTP is closed, so redirect HTTP to HTTPS at the edge");
    }
    ladder.append(full);

    ModeAssessment fullStrict{Mode::FullStrict, false, {}, 0};
    if (!full.safe) {
        fullStrict.why = full.why;
        fullStrict.proxyError = full.proxyError;
    } else if (!e.certificateValid) {
        fullStrict.why = tr("HTTPS visitors would get error 526: %1").arg(certificateSummary(e));
        fullStrict.proxyError = 526;
    } else {
        fullStrict.safe = true;
        fullStrict.why = tr("HTTPS works, serves the same content, and the certificate validates");
    }
    ladder.append(fullStrict);

    ModeAssessment strict{Mode::Strict, false, {}, 0};
    if (!httpsWorks(e)) {
        strict.why = tr("every visitor would get error 525: %1").arg(httpsFailure(e));
        strict.proxyError = 525;
    } else if (!e.certificateValid) {
        strict.why = tr("every visitor would get error 526: %1").arg(certificateSummary(e));
        strict.proxyError = 526;
    } else if (http && !parityHolds(e)) {
        strict.why = e.pagesCompared == 0 ? tr("no page could be compared over both schemes")
                                          : tr("HTTP visitors would get the HTTPS content, which differs: %1").arg(differenceSummary(e));
    } else {
        strict.safe = true;
        strict.why = tr("validated HTTPS serves what HTTP serves, so every visitor can be served over it");
    }
    ladder.append(strict);
    return ladder;
}

OriginVerdict recommend(const OriginEvidence &e)
{
    OriginVerdict v;
    v.host = e.host;
    v.ladder = assessModes(e);

    if (e.optedOut) {
        v.recommended = Mode::None;
        v.reasons << tr("the origin opts out of scanning: %1").arg(e.optOutReason);
        return v;
    }
    if (e.blocked) {
        v.recommended = Mode::None;
        v.reasons << tr("the origin blocks the scanner: %1").arg(e.blockedReason);
        return v;
    }
    if (!e.http.answered && !e.https.answered) {
        v.recommended = Mode::None;
        v.reasons << (e.http.failureMessage == e.https.failureMessage
                          ? tr("nothing answers on either scheme: %1").arg(e.http.failureMessage)
                          : tr("nothing answers on either scheme (HTTP: %1; HTTPS: %2)").arg(e.http.failureMessage, e.https.failureMessage));
        return v;
    }

    Mode mode = Mode::Flexible;
    if (!e.http.answered && httpsWorks(e)) {
        mode = e.certificateValid ? Mode::Strict : Mode::Full;
        v.adviseEdgeRedirect = true;
        v.reasons << tr("HTTP is closed (%1) and HTTPS works: redirect HTTP to HTTPS at the edge")
                         .arg(e.http.failureMessage);
        v.reasons << (e.certificateValid ? tr("the certificate validates for this hostname")
                                         : tr("the certificate would be rejected by a validating proxy: %1").arg(certificateSummary(e)));
    } else if (!httpsWorks(e)) {
        mode = Mode::Flexible;
        v.reasons << tr("the proxy cannot use HTTPS: %1").arg(httpsFailure(e));
    } else if (!parityHolds(e)) {
        const bool alreadyHttps = e.currentMode == Mode::Full || e.currentMode == Mode::FullStrict;
        const QString why = e.pagesCompared == 0 ? tr("no page could be compared over both schemes")
                                                 : differenceSummary(e);
        if (alreadyHttps) {
            mode = e.certificateValid ? Mode::FullStrict : Mode::Full;
            v.reasons << tr("HTTPS visitors already get the HTTPS content in your current mode, so only the certificate decides");
            v.reasons << (e.certificateValid ? tr("the certificate validates for this hostname")
                                             : tr("the certificate would be rejected by a validating proxy: %1").arg(certificateSummary(e)));
            v.reasons << tr("Strict would serve HTTP visitors the HTTPS content, and %1").arg(why);
        } else {
            mode = Mode::Flexible;
            v.reasons << why;
        }
    } else {
        mode = e.certificateValid ? Mode::Strict : Mode::Full;
        // The first reason is the one that decides: for Full, what keeps the
        // origin from the strict modes.
        const QString parity = tr("all %n compared pages are the same over HTTP and HTTPS", e.pagesCompared);
        if (e.certificateValid)
            v.reasons << parity << tr("the certificate validates for this hostname");
        else
            v.reasons << tr("the certificate would be rejected by a validating proxy: %1").arg(certificateSummary(e)) << parity;
    }

    if (e.currentMode && isStronger(*e.currentMode, mode)) {
        v.reasons.prepend(tr("keeping your current mode %1: sslrec never recommends a weaker one, although the evidence supports only %2")
                              .arg(modeDisplayName(*e.currentMode), modeDisplayName(mode)));
        mode = *e.currentMode;
    }
    v.recommended = mode;
    return v;
}

} // namespace sslrec
