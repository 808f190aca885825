// Fuzzes extractLinks() and its nesting pre-scan on arbitrary HTML bytes, and
// checks that the tokenizer alone (where it does not decline) and parsing the
// condensed copy find what parsing the page as it is finds: any difference in
// the title or a link is a finding; likewise for the tree the scan shares
// with the normaliser (ParsedHtml).
#include "fuzzcheck.h"

#include "compare/parsedhtml.h"
#include "crawl/htmllinkscan.h"
#include "crawl/linkextractor.h"
#include "../crawl/pagelinksdiff.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdio>
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
    const QUrl pageUrl(QStringLiteral("https://example.com/dir/page.html?q=1"));
    const PageLinks page = extractLinks(html, pageUrl, options);
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
    const PageLinks plain = extractLinks(html, pageUrl, plainOptions);
    if (!page.depthLimited && !plain.depthLimited) {
        const QString difference = testing::firstDifference(page, plain);
        if (!difference.isEmpty())
            std::fprintf(stderr, "condensed and plain extractions differ: %s\n", qPrintable(difference));
        FUZZ_CHECK(difference.isEmpty());
    }

    // The scan's one parse for links and comparison (ParsedHtml) gives what
    // extractLinks() gives, whether it reads the shared tree or falls back.
    if (const auto parsed = ParsedHtml::parse(std::string_view(html.constData(), std::size_t(html.size())))) {
        const PageLinks shared = extractLinks(*parsed, pageUrl, options);
        const QString difference = testing::firstDifference(page, shared);
        if (!difference.isEmpty())
            std::fprintf(stderr, "shared-parse and own-parse extractions differ: %s\n", qPrintable(difference));
        FUZZ_CHECK(difference.isEmpty());
    }

    // Where the tokenizer alone reads the page (the default), it finds what
    // gumbo finds parsing the same bytes as they are, with no nesting limit.
    LinkElements elements;
    const QByteArray capped = html.left(options.maxInputBytes);
    if (scanLinkElements(std::string_view(capped.constData(), std::size_t(capped.size())), &elements)) {
        LinkExtractorOptions gumboOptions = plainOptions;
        gumboOptions.tokenizerFirst = false;
        gumboOptions.maxNesting = 1 << 30;
        const QString difference = testing::firstDifference(page, extractLinks(html, pageUrl, gumboOptions));
        if (!difference.isEmpty())
            std::fprintf(stderr, "tokenizer and gumbo extractions differ: %s\n", qPrintable(difference));
        FUZZ_CHECK(difference.isEmpty());
    }

    bool limited = false;
    const QByteArray trimmed = limitNesting(html, 4, &limited);
    FUZZ_CHECK(trimmed.size() <= html.size());
    FUZZ_CHECK(limited || trimmed == html);
    return 0;
}
