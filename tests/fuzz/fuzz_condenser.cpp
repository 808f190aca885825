// Differential fuzzing of the HTML condenser (compare/htmlcondenser): the
// normaliser hands gumbo a condensed copy of the page only because that copy
// parses to the same normal form. Here every input is normalised twice,
// condensed and not, and any difference is a finding: a page the comparator
// would judge on other text, title, links or shingles than the page itself.
// Input: one HTML body.
#include "fuzzcheck.h"

#include "compare/contentnormalizer.h"
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
    return 0;
}
