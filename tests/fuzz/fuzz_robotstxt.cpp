// Fuzzes RobotsTxt::parse and check(): the input is a robots.txt body; the
// paths checked are fixed ones plus the body's own lines, so patterns meet
// paths that resemble them.
#include "fuzzcheck.h"

#include "crawl/robotstxt.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace sslrec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    RobotsOptions options;
    options.maxBytes = 16 * 1024;
    options.policy = (size % 2) ? RobotsPolicy::NamedOnly : RobotsPolicy::ObeyAll;
    const RobotsTxt robots = RobotsTxt::parse(body, options);
    FUZZ_CHECK(robots.availability() == RobotsTxt::Availability::Parsed);

    static const QStringList fixedPaths = {
        QStringLiteral("/"), QStringLiteral("/robots.txt"), QStringLiteral("/private/a?b=c"),
        QStringLiteral("/%7Euser/%e2%82%ac"), QStringLiteral("/a*b$"), QStringLiteral("/fish.php?id=1")};
    for (const QString &path : fixedPaths)
        (void)robots.check(path);
    FUZZ_CHECK(robots.isAllowed(QStringLiteral("/robots.txt")));

    const QList<QByteArray> lines = body.left(4096).split('\n');
    for (qsizetype i = 0; i < lines.size() && i < 32; ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        const QString path = QString::fromUtf8(colon >= 0 ? line.mid(colon + 1).trimmed() : line);
        (void)robots.check(path);
        const QByteArray canonical = RobotsTxt::canonicalPath(path.toUtf8());
        (void)RobotsTxt::matches(canonical, canonical);
    }
    (void)RobotsTxt::fromResponse(503, body, options);
    return 0;
}
