// Fuzzes AccessLogParser on whole log buffers (common/combined format).
#include "fuzzcheck.h"

#include "crawl/accesslogparser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

using namespace sslrec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray log(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    AccessLogOptions options;
    options.includeHead = size % 2;
    options.maxLines = 1000;
    options.maxLineLength = 2048;
    options.maxDistinctPaths = 50;
    options.scope = Scope(QStringLiteral("example.com"), true);
    const AccessLogSummary summary = AccessLogParser::parse(log, options);
    FUZZ_CHECK(summary.lines <= options.maxLines);
    FUZZ_CHECK(summary.paths.size() <= options.maxDistinctPaths);
    FUZZ_CHECK(summary.accepted + summary.malformed + summary.ignored <= summary.lines);
    qint64 counted = 0;
    for (qsizetype i = 0; i < summary.paths.size(); ++i) {
        const AccessLogPath &path = summary.paths.at(i);
        FUZZ_CHECK(path.count > 0);
        FUZZ_CHECK(i == 0 || summary.paths.at(i - 1).count >= path.count);
        counted += path.count;
    }
    FUZZ_CHECK(counted <= summary.accepted);

    // The single-line entry point, on the first line.
    const qsizetype end = log.indexOf('\n');
    (void)AccessLogParser::parseLine(QByteArrayView(log).first(end < 0 ? log.size() : end));
    return 0;
}
