#pragma once

#include "core/mode.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sslrec {

/// What the scan learned about one scheme of an origin, summarised.
struct SchemeEvidence
{
    bool answered = false;      ///< at least one HTTP response arrived over this scheme
    QString failureCode;        ///< when nothing answered: fetch error code ("refused", "tls-handshake", ...)
    QString failureMessage;     ///< when nothing answered: what happened, for people
};

/// Everything the decision rules look at for one origin (hostname). Filled
/// by the scan engine from fetches, comparisons and the TLS report; the
/// Recommender is a pure function of it, so every rule is unit-testable.
struct OriginEvidence
{
    QString host;                         ///< the origin's hostname
    std::optional<Mode> currentMode;      ///< the user's current proxy mode, when given
    bool optedOut = false;                ///< robots.txt disallows the scanner
    QString optOutReason;                 ///< e.g. "robots.txt on http disallows sslrec for /"
    bool blocked = false;                 ///< every answer was 401/403/429 or a challenge page
    QString blockedReason;                ///< e.g. "every request was answered with 403 Forbidden"
    SchemeEvidence http;                  ///< plain HTTP side
    SchemeEvidence https;                 ///< HTTPS side
    bool tlsHandshakeOk = false;          ///< a TLS handshake as the proxy makes it succeeded
    QString tlsFailure;                   ///< when not: OpenSSL's reason
    bool certificateValid = false;        ///< the chain validates for this hostname (strict proxy view)
    QStringList certificateProblems;      ///< plain-language findings that make it invalid
    int pagesCompared = 0;                ///< page pairs with a verdict (same/equivalent/different)
    int pagesSame = 0;                    ///< verdict same
    int pagesEquivalentRedirect = 0;      ///< HTTP only redirects to the same URL on https
    int pagesDifferent = 0;               ///< verdict different (incl. HTTPS failing where HTTP works)
    int pagesError = 0;                   ///< neither side could be judged
    QStringList differenceExamples;       ///< "/path: reason" for the first few differing pages
};

/// Whether one proxy mode would keep the origin working, and why.
struct ModeAssessment
{
    Mode mode = Mode::Off;      ///< the proxy mode assessed
    bool safe = false;          ///< visitors would see the site as today
    QString why;                ///< the reason, for people
    int proxyError = 0;         ///< the error a visitor would get when unsafe (525, 526), else 0
};

/// The recommendation for one origin, with its reasons and the mode ladder.
struct OriginVerdict
{
    QString host;                   ///< the origin's hostname
    Mode recommended = Mode::None;  ///< the highest safe mode (never weaker than the current one)
    QStringList reasons;            ///< why, most important first
    QList<ModeAssessment> ladder;   ///< one entry per proxy mode, Off to Strict
    bool adviseEdgeRedirect = false;///< HTTP is closed: redirect HTTP to HTTPS at the edge
};

} // namespace sslrec
