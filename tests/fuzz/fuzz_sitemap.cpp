// Fuzzes parseSitemap (XML, text and gzip sitemaps) and gunzipCapped.
#include "fuzzcheck.h"

#include "crawl/sitemapparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace sslrec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    SitemapLimits limits;
    limits.maxBytes = 256 * 1024;
    limits.maxUrls = 200;
    const auto sitemap = parseSitemap(bytes, limits);
    if (sitemap.ok()) {
        FUZZ_CHECK(sitemap->urls.size() + sitemap->sitemaps.size() <= limits.maxUrls);
        for (const QString &url : sitemap->urls)
            FUZZ_CHECK(url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                       || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive));
    }

    // A cap far below the input size makes the truncation path common.
    bool capHit = false;
    const qsizetype cap = 1024;
    const auto inflated = gunzipCapped(bytes, cap, &capHit);
    if (inflated.ok())
        FUZZ_CHECK(inflated->size() <= cap);
    return 0;
}
