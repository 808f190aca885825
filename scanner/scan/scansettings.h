#pragma once

#include "core/mode.h"
#include "crawl/robotstxt.h"
#include "fetch/fetchtypes.h"

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace sslrec {

/// Everything that defines one scan. Plain value: it is stored in the scan
/// file and crosses into the scan thread as a copy.
struct ScanSettings
{
    QString domain;                          ///< the domain as entered, normalised (ACE, lower case)
    QString startPath = QStringLiteral("/"); ///< from a pasted URL's path, else "/"
    QHash<QString, QHostAddress> resolve;    ///< --resolve pins: hostname → address (both ports)
    bool dnsEnabled = true;                  ///< false: hosts without a pin are not resolved (tests, demo)
    bool includeSubdomains = true;           ///< subdomains found while crawling become origins
    int maxOrigins = 25;                     ///< origins per scan
    int maxPages = 100;                      ///< sampled page pairs per origin
    int maxUrlsPerOrigin = 50000;            ///< distinct URLs remembered per origin (crawler traps, huge sites)
    int concurrency = 4;                     ///< parallel requests per origin and scheme
    int delayMs = 0;                         ///< pause between requests to one origin and scheme
    std::optional<Mode> currentMode;         ///< the proxy mode in use today, when known
    RobotsPolicy robotsPolicy = RobotsPolicy::ObeyAll; ///< which robots.txt groups apply
    QStringList caFiles;                     ///< extra trust anchors (PEM files) for validation
    bool useOriginCa = true;                 ///< trust the bundled Cloudflare Origin CA roots
    bool useSystemRoots = true;              ///< trust the system's root store
    int expiryWarningDays = 30;              ///< "expires soon" threshold
    QString seedUrlsFile;                    ///< one URL or path per line, added when the crawl finds too few
    QString accessLogFile;                   ///< combined/common log; most requested paths added when needed
    bool refetchNearThreshold = true;        ///< measure HTTP noise with a re-fetch when a pair is borderline
    qint64 maxScanSeconds = 0;               ///< stop the whole scan after this long; 0 = no limit
    FetchOptions fetch;                      ///< user agent, timeouts, caps, ports, proxy
};

/// The default User-Agent: sslrec/<version> (+<project URL>).
QString defaultUserAgent();

} // namespace sslrec
