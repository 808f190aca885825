#pragma once

#include "tls/tlsreport.h"
#include "tls/trustsettings.h"

#include <QString>
#include <QStringList>

namespace sslrec {

/// What to probe and how patiently.
struct TlsProbeRequest
{
    QString hostname;             ///< name to check and to send as SNI (also when address is pinned); IP literals get no SNI
    QString address;              ///< address to connect to; empty = resolve hostname
    quint16 port = 443;           ///< TCP port
    int connectTimeoutMs = 5000;  ///< bound on the TCP connect (all addresses together)
    int handshakeTimeoutMs = 10000; ///< bound on the TLS handshake once connected
    TrustSettings trust;          ///< trust set and time for validation
    QStringList alpn{QStringLiteral("h2"), QStringLiteral("http/1.1")}; ///< ALPN protocols offered, in order
    bool requestOcspStapling = true; ///< send status_request to see whether the origin staples OCSP
};

/// Connects, handshakes with permissive settings (TLS 1.0+, security level 0, no
/// verification) so that even a weak origin shows its chain, then validates the
/// served chain as a strict client would (validateChain). Blocking, bounded by
/// the request's timeouts (non-blocking socket + poll; name resolution is the
/// system resolver's), thread-safe: run it on a worker via QtConcurrent::run.
TlsReport probeTls(const TlsProbeRequest &request);

} // namespace sslrec
