#include "scan/scantypes.h"

namespace sslrec {

QString pageSourceName(PageSource source)
{
    switch (source) {
    case PageSource::Start: return QStringLiteral("start");
    case PageSource::Crawl: return QStringLiteral("crawl");
    case PageSource::Sitemap: return QStringLiteral("sitemap");
    case PageSource::Seed: return QStringLiteral("seed");
    case PageSource::AccessLog: return QStringLiteral("access-log");
    case PageSource::Redirect: return QStringLiteral("redirect");
    }
    return {};
}

QString pageVerdictName(PageVerdict verdict)
{
    switch (verdict) {
    case PageVerdict::Pending: return QStringLiteral("pending");
    case PageVerdict::Same: return QStringLiteral("same");
    case PageVerdict::EquivalentRedirect: return QStringLiteral("equivalent-redirect");
    case PageVerdict::Different: return QStringLiteral("different");
    case PageVerdict::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace sslrec
