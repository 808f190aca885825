#pragma once

#include "core/mode.h"

#include <QList>
#include <QString>

namespace sslrec {

/// How far a TLS connection to an origin got, as a proxy would see it.
enum class OriginTlsState {
    Unreachable,        ///< no TCP connection (refused, no route, name not found)
    ConnectTimeout,     ///< TCP connect did not complete in time
    HandshakeFailed,    ///< TCP up, TLS handshake failed or timed out
    CertificateInvalid, ///< handshake done, certificate fails validation
    CertificateValid,   ///< handshake done, certificate validates for the hostname
};

/// Whether a proxy in one mode can reach the origin over HTTPS, and what a
/// visitor sees when it cannot.
struct ProxyPrediction
{
    Mode mode = Mode::Full;  ///< full, full_strict or strict
    bool works = false;      ///< the proxy-to-origin HTTPS connection succeeds
    int statusCode = 0;      ///< the edge's error status when it fails (521, 522, 525, 526); 0 when it works
    QString statusText;      ///< the edge's error title, e.g. "SSL handshake failed"; empty when it works
    QString reason;          ///< why, in plain language, naming the origin's problem
};

/// The prediction for full, full_strict and strict, in that order. \a detail is
/// the origin's problem in words (OpenSSL's reason or the verify error), quoted
/// in the reasons.
QList<ProxyPrediction> predictProxyModes(OriginTlsState state, const QString &detail = {});

} // namespace sslrec
