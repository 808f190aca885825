// Differential fuzzing of the HTML condenser (compare/htmlcondenser): the
// normaliser hands gumbo a condensed copy of the page only because that copy
// parses to the same normal form. Here every input is normalised twice,
// condensed and not, and any difference is a finding: a page the comparator
// would judge on other text, title, links or shingles than the page itself.
// Input: one HTML body.
#include "fuzzcheck.h"

#include "compare/contentnormalizer.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

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

    FUZZ_CHECK(b.text == a.text);
    FUZZ_CHECK(b.title == a.title);
    FUZZ_CHECK(b.normalizedHash == a.normalizedHash);
    FUZZ_CHECK(b.textShingles == a.textShingles);
    FUZZ_CHECK(b.mainShingles == a.mainShingles);
    FUZZ_CHECK(b.contentSequence == a.contentSequence);
    FUZZ_CHECK(b.rawShingles == a.rawShingles);
    FUZZ_CHECK(b.tagShingles == a.tagShingles);
    FUZZ_CHECK(b.links == a.links);
    FUZZ_CHECK(b.maskedTokens.size() == a.maskedTokens.size());
    FUZZ_CHECK(b.placeholder == a.placeholder);
    FUZZ_CHECK(b.wordCount == a.wordCount);
    FUZZ_CHECK(b.mainWordCount == a.mainWordCount);
    return 0;
}
