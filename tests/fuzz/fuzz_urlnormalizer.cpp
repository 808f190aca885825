// Fuzzes UrlNormalizer on URL text and DomainInput::parse on domain text.
#include "fuzzcheck.h"

#include "crawl/domaininput.h"
#include "crawl/urlnormalizer.h"

#include <QString>
#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace sslrec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    static const UrlNormalizer normalizer;
    const auto url = normalizer.normalize(text);
    if (url.ok()) {
        const QUrl &u = url.value();
        FUZZ_CHECK(u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"));
        FUZZ_CHECK(!u.host().isEmpty());
        FUZZ_CHECK(!u.hasFragment() && u.userInfo().isEmpty());
        FUZZ_CHECK(u.toString(QUrl::FullyEncoded).size() <= normalizer.options().maxLength);
        FUZZ_CHECK(UrlNormalizer::pathAndQuery(u).startsWith(QLatin1Char('/')));
        // One page, one key: normalising the normal form changes nothing.
        const auto again = normalizer.normalize(u);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again.value().toString(QUrl::FullyEncoded) == u.toString(QUrl::FullyEncoded));
    }

    const auto domain = DomainInput::parse(text);
    if (domain.ok()) {
        const DomainInput &d = domain.value();
        FUZZ_CHECK(!d.host.isEmpty());
        FUZZ_CHECK(d.host == d.host.toLower());
        FUZZ_CHECK(!d.port || (*d.port >= 1 && *d.port <= 65535));
        FUZZ_CHECK(!d.scheme || *d.scheme == QLatin1String("http") || *d.scheme == QLatin1String("https"));
        (void)d.urlHost();
    }
    return 0;
}
