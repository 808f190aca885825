// Fuzzes ContentNormalizer (HTML and text types) and the Comparator.
// Input layout: byte 0 picks the Content-Type; the rest is the HTTP body,
// up to the first NUL byte, then the HTTPS body (the same body again when
// there is no NUL), so the seeds are a page and an edited copy of it.
#include "fuzzcheck.h"

#include "compare/comparator.h"
#include "compare/contentnormalizer.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>

using namespace sslrec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const std::array<QString, 8> contentTypes = {
        QStringLiteral("text/html; charset=utf-8"), QStringLiteral("text/plain"),
        QStringLiteral("text/css"), QStringLiteral("application/javascript"),
        QStringLiteral("application/json"), QStringLiteral("application/xml"),
        QString(), QStringLiteral("text/html; charset=iso-8859-1")};
    const QString &contentType = contentTypes[data[0] % contentTypes.size()];

    const QByteArray rest(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const qsizetype split = rest.indexOf('\0');
    const QByteArray httpBody = split < 0 ? rest : rest.left(split);
    const QByteArray httpsBody = split < 0 ? rest : rest.mid(split + 1);

    ComparedResponse http;
    http.status = 200;
    http.contentType = contentType;
    http.url = QUrl(QStringLiteral("http://example.com/page"));
    http.body = httpBody;
    http.normalized = std::make_shared<const NormalizedContent>(
        ContentNormalizer::normalize(httpBody, contentType, QStringLiteral("example.com")));

    ComparedResponse https = http;
    https.url = QUrl(QStringLiteral("https://example.com/page"));
    https.body = httpsBody;
    https.normalized.reset(); // computed on demand by the comparator

    const Comparator comparator;
    const PageComparison result = comparator.compare(http, https);
    FUZZ_CHECK(result.score >= 0 && result.score <= 1);
    FUZZ_CHECK((result.verdict == Verdict::Same) == (result.score >= 0.5));
    if (split < 0)
        FUZZ_CHECK(result.verdict == Verdict::Same); // identical bodies are the same page

    // The refetch path measures noise; use the HTTPS body as the second HTTP fetch.
    ComparedResponse refetch = https;
    refetch.url = http.url;
    (void)comparator.compare(http, https, &refetch);
    return 0;
}
