// Fuzzes extractLinks() and its nesting pre-scan on arbitrary HTML bytes, and
// checks that parsing the condensed copy (the default) finds what parsing the
// page as it is finds: any difference in the title or a link is a finding.
#include "fuzzcheck.h"

#include "crawl/linkextractor.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace sslrec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray html(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    // Small caps so that the cap paths are reached with inputs of a few KiB.
    LinkExtractorOptions options;
    options.maxLinks = 64;
    options.maxInputBytes = 64 * 1024;
    options.maxNesting = 32;
    const PageLinks page = extractLinks(html, QUrl(QStringLiteral("https://example.com/dir/page.html?q=1")), options);
    FUZZ_CHECK(page.links.size() <= options.maxLinks);
    FUZZ_CHECK(page.title.size() <= 1024);
    for (const ExtractedLink &link : page.links) {
        FUZZ_CHECK(link.url.scheme() == QLatin1String("http") || link.url.scheme() == QLatin1String("https"));
        FUZZ_CHECK(!link.url.hasFragment());
    }

    // The nesting pre-scan may cut the two copies at different tags; beyond
    // its limit only boundedness is promised.
    LinkExtractorOptions plainOptions = options;
    plainOptions.condense = false;
    const PageLinks plain = extractLinks(html, QUrl(QStringLiteral("https://example.com/dir/page.html?q=1")), plainOptions);
    if (!page.depthLimited && !plain.depthLimited) {
        FUZZ_CHECK(page.title == plain.title);
        FUZZ_CHECK(page.baseUrl == plain.baseUrl);
        FUZZ_CHECK(page.skipped == plain.skipped);
        FUZZ_CHECK(page.linkCapHit == plain.linkCapHit);
        FUZZ_CHECK(page.links.size() == plain.links.size());
        for (qsizetype i = 0; i < page.links.size() && i < plain.links.size(); ++i) {
            FUZZ_CHECK(page.links[i].url == plain.links[i].url);
            FUZZ_CHECK(page.links[i].element == plain.links[i].element);
            FUZZ_CHECK(page.links[i].rel == plain.links[i].rel);
            FUZZ_CHECK(page.links[i].typeHint == plain.links[i].typeHint);
            FUZZ_CHECK(page.links[i].nofollow == plain.links[i].nofollow);
        }
    }

    bool limited = false;
    const QByteArray trimmed = limitNesting(html, 4, &limited);
    FUZZ_CHECK(trimmed.size() <= html.size());
    FUZZ_CHECK(limited || trimmed == html);
    return 0;
}
