// Differential fuzzing of the HTML condenser (compare/htmlcondenser): the
// normaliser hands gumbo a condensed copy of the page only because that copy
// parses to the same normal form. Here every input is normalised twice,
// condensed and not, and any difference is a finding: a page the comparator
// would judge on other text, title, links or shingles than the page itself.
// The same for ParsedHtml, the one parse the scan shares between the link
// extractor and the normaliser.
// Input: one HTML body.
#include "fuzzcheck.h"

#include "compare/contentnormalizer.h"
#include "compare/parsedhtml.h"
#include "../compare/normalformdiff.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace sslrec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString type = QStringLiteral("text/html; charset=utf-8");
    const QString host = QStringLiteral("example.org");

    NormalizeOptions plain;
    plain.condense = false;
    const NormalizedContent a = ContentNormalizer::normalize(body, type, host, plain);
    const NormalizedContent b = ContentNormalizer::normalize(body, type, host);

    const char *field = testing::firstDifference(a, b);
    if (field)
        std::fprintf(stderr, "condensed and plain normal forms differ in %s\n", field);
    FUZZ_CHECK(!field);

    // The scan's one parse for links and comparison must read as the normaliser's own.
    if (const auto parsed = ParsedHtml::parse(std::string_view(body.constData(), std::size_t(body.size())))) {
        const NormalizedContent c = ContentNormalizer::normalize(body, type, host, {}, parsed.get());
        field = testing::firstDifference(b, c);
        if (field)
            std::fprintf(stderr, "shared-parse and own-parse normal forms differ in %s\n", field);
        FUZZ_CHECK(!field);
    }
    return 0;
}
