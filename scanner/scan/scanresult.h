#pragma once

#include "recommend/originevidence.h"
#include "scan/scansettings.h"
#include "scan/scantypes.h"
#include "tls/tlsreport.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace sslrec {

/// Everything found about one origin (hostname).
struct OriginResult
{
    QString host;                   ///< the hostname
    QList<QHostAddress> addresses;  ///< where it was reached (pinned or resolved)
    bool pinned = false;            ///< the address came from --resolve
    QStringList robotsNotes;        ///< what robots.txt said on each scheme
    QStringList notes;              ///< limits hit while crawling (traps, URL cap)
    TlsReport tls;                  ///< the handshake and certificate analysis
    OriginEvidence evidence;        ///< the summary the decision rules read
    OriginVerdict verdict;          ///< the recommendation, its reasons and the ladder
    OriginProgress progress;        ///< final counters
    QList<PagePair> pages;          ///< every sampled page pair (bodies are in the scan file)
};

/// A whole scan.
struct ScanResult
{
    ScanSettings settings;          ///< what was asked
    QString toolVersion;            ///< sslrec version that scanned
    QDateTime startedAt;            ///< UTC
    QDateTime finishedAt;           ///< UTC
    bool cancelled = false;         ///< stopped before the end (cancel or --max-time)
    QStringList notes;              ///< scan-wide remarks (unreadable seed file, caps hit, ...)
    QList<OriginResult> origins;    ///< one per hostname, in discovery order
};

} // namespace sslrec
