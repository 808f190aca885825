#include "scan/scanoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace sslrec {

namespace {

// lupdate files these strings under the namespace around this helper,
// "sslrec"; ask for the same context at run time.
QString tr(const char *text)
{
    return QCoreApplication::translate("sslrec", text);
}

Result<int> intOption(const QCommandLineParser &p, const QString &name, int min, int max)
{
    bool ok = false;
    const QString text = p.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return Result<int>::failure(QStringLiteral("option.range"),
                                    tr("--%1 '%2' is not a number from %3 to %4").arg(name, text).arg(min).arg(max));
    return value;
}

Status readableFile(const QString &option, const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(QStringLiteral("option.file"), tr("--%1: '%2' does not exist").arg(option, path));
    if (!info.isFile() || !info.isReadable())
        return Status::failure(QStringLiteral("option.file"), tr("--%1: '%2' is not a readable file").arg(option, path));
    return Ok{};
}

} // namespace

void addScanOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("resolve"), tr("Pin HOST to ADDRESS for both ports, like curl's --resolve without a port. SNI and Host stay HOST. Repeatable."), QStringLiteral("HOST:ADDRESS")},
        {QStringLiteral("no-dns"), tr("Do not resolve hostnames that have no --resolve pin (they are reported as unresolvable).")},
        {QStringLiteral("ca-file"), tr("Also trust the CA certificates in this PEM file when validating. Repeatable."), QStringLiteral("PEM")},
        {QStringLiteral("no-origin-ca"), tr("Do not trust the bundled Cloudflare Origin CA roots.")},
        {QStringLiteral("no-system-roots"), tr("Do not trust the system's root certificates.")},
        {QStringLiteral("current-mode"), tr("The proxy mode in use today (off, flexible, full, full_strict, strict); never recommend weaker."), QStringLiteral("MODE")},
        {QStringLiteral("max-pages"), tr("Page pairs sampled per origin (default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("max-origins"), tr("Origins (hostnames) per scan (default 25)."), QStringLiteral("N"), QStringLiteral("25")},
        {QStringLiteral("concurrency"), tr("Parallel requests per origin and scheme (default 4)."), QStringLiteral("N"), QStringLiteral("4")},
        {QStringLiteral("delay"), tr("Milliseconds between requests to one origin and scheme (default 0)."), QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("user-agent"), tr("User-Agent header (default sslrec/<version> (+<docs>))."), QStringLiteral("UA")},
        {QStringLiteral("robots"), tr("Which robots.txt rules to obey: 'all' (sslrec, else *; default) or 'named-only' (only rules naming sslrec)."), QStringLiteral("POLICY"), QStringLiteral("all")},
        {QStringLiteral("no-subdomains"), tr("Scan only the domain itself (and www.), not subdomains found while crawling.")},
        {QStringLiteral("seed-urls"), tr("File with one URL or path per line, sampled when the crawl finds too few pages."), QStringLiteral("FILE")},
        {QStringLiteral("access-log"), tr("Web server access log (combined or common format); its most requested paths are sampled when the crawl finds too few."), QStringLiteral("FILE")},
        {QStringLiteral("http-port"), tr("Port of the origins' HTTP service (default 80)."), QStringLiteral("PORT"), QStringLiteral("80")},
        {QStringLiteral("https-port"), tr("Port of the origins' HTTPS service (default 443)."), QStringLiteral("PORT"), QStringLiteral("443")},
        {QStringLiteral("proxy"), tr("HTTP proxy for unpinned hosts, as http://HOST:PORT ('none' to ignore the system proxy)."), QStringLiteral("URL")},
        {QStringLiteral("timeout"), tr("Seconds without progress before a request fails (default 15)."), QStringLiteral("SECONDS"), QStringLiteral("15")},
        {QStringLiteral("max-body"), tr("Body bytes kept per response, in KiB (default 5120); the rest is dropped and the truncation recorded."), QStringLiteral("KIB"), QStringLiteral("5120")},
        {QStringLiteral("expiry-warning"), tr("Days before expiry that count as 'expires soon' (default 30)."), QStringLiteral("DAYS"), QStringLiteral("30")},
        {QStringLiteral("max-time"), tr("Stop the whole scan after this many seconds (default: no limit)."), QStringLiteral("SECONDS"), QStringLiteral("0")},
    });
}

Result<QPair<QString, QHostAddress>> parseResolvePin(const QString &text)
{
    using R = Result<QPair<QString, QHostAddress>>;
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return R::failure(QStringLiteral("option.resolve"),
                          tr("--resolve '%1' is not HOST:ADDRESS (for example www.example.com:192.0.2.10)").arg(text));
    const QString host = text.left(colon).trimmed().toLower();
    QString address = text.mid(colon + 1).trimmed();
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    QHostAddress parsed;
    if (!parsed.setAddress(address))
        return R::failure(QStringLiteral("option.resolve"),
                          tr("--resolve '%1': '%2' is not an IPv4 or IPv6 address").arg(text, address));
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    if (ace.isEmpty())
        return R::failure(QStringLiteral("option.resolve"), tr("--resolve '%1': '%2' is not a valid hostname").arg(text, host));
    return qMakePair(ace, parsed);
}

Result<ScanSettings> scanSettingsFromOptions(const QCommandLineParser &p, const QString &domain)
{
    using R = Result<ScanSettings>;
    ScanSettings s;
    s.domain = domain;
    s.fetch.userAgent = p.isSet(QStringLiteral("user-agent")) ? p.value(QStringLiteral("user-agent")) : defaultUserAgent();
    if (s.fetch.userAgent.trimmed().isEmpty())
        return R::failure(QStringLiteral("option.user-agent"), tr("--user-agent must not be empty"));

    for (const QString &pin : p.values(QStringLiteral("resolve"))) {
        auto parsed = parseResolvePin(pin);
        if (!parsed)
            return parsed.error();
        s.resolve.insert(parsed->first, parsed->second);
    }
    s.dnsEnabled = !p.isSet(QStringLiteral("no-dns"));
    for (const QString &file : p.values(QStringLiteral("ca-file"))) {
        if (auto ok = readableFile(QStringLiteral("ca-file"), file); !ok)
            return ok.error();
        s.caFiles << file;
    }
    s.useOriginCa = !p.isSet(QStringLiteral("no-origin-ca"));
    s.useSystemRoots = !p.isSet(QStringLiteral("no-system-roots"));
    if (p.isSet(QStringLiteral("current-mode"))) {
        const auto mode = parseMode(p.value(QStringLiteral("current-mode")));
        if (!mode || *mode == Mode::None)
            return R::failure(QStringLiteral("option.current-mode"),
                              tr("--current-mode '%1' is not one of: %2")
                                  .arg(p.value(QStringLiteral("current-mode")), modeNames().join(QStringLiteral(", "))));
        s.currentMode = mode;
    }

    struct IntOpt { const char *name; int min; int max; int *target; };
    int timeoutSeconds = 15, maxBodyKiB = 5120, maxTime = 0, httpPort = 80, httpsPort = 443;
    const IntOpt ints[] = {
        {"max-pages", 1, 100000, &s.maxPages},
        {"max-origins", 1, 1000, &s.maxOrigins},
        {"concurrency", 1, 64, &s.concurrency},
        {"delay", 0, 600000, &s.delayMs},
        {"http-port", 1, 65535, &httpPort},
        {"https-port", 1, 65535, &httpsPort},
        {"timeout", 1, 3600, &timeoutSeconds},
        {"max-body", 1, 1024 * 1024, &maxBodyKiB},
        {"expiry-warning", 0, 3650, &s.expiryWarningDays},
        {"max-time", 0, 7 * 24 * 3600, &maxTime},
    };
    for (const IntOpt &o : ints) {
        auto v = intOption(p, QLatin1String(o.name), o.min, o.max);
        if (!v)
            return v.error();
        *o.target = *v;
    }
    s.fetch.httpPort = quint16(httpPort);
    s.fetch.httpsPort = quint16(httpsPort);
    s.fetch.connectTimeoutMs = timeoutSeconds * 1000;
    s.fetch.idleTimeoutMs = timeoutSeconds * 1000;
    s.fetch.totalTimeoutMs = std::max(60, timeoutSeconds * 4) * 1000;
    s.fetch.maxBodyBytes = qint64(maxBodyKiB) * 1024;
    s.maxScanSeconds = maxTime;

    const QString robots = p.value(QStringLiteral("robots"));
    if (robots == QLatin1String("all"))
        s.robotsPolicy = RobotsPolicy::ObeyAll;
    else if (robots == QLatin1String("named-only"))
        s.robotsPolicy = RobotsPolicy::NamedOnly;
    else
        return R::failure(QStringLiteral("option.robots"), tr("--robots '%1' is not 'all' or 'named-only'").arg(robots));
    s.includeSubdomains = !p.isSet(QStringLiteral("no-subdomains"));

    if (p.isSet(QStringLiteral("seed-urls"))) {
        s.seedUrlsFile = p.value(QStringLiteral("seed-urls"));
        if (auto ok = readableFile(QStringLiteral("seed-urls"), s.seedUrlsFile); !ok)
            return ok.error();
    }
    if (p.isSet(QStringLiteral("access-log"))) {
        s.accessLogFile = p.value(QStringLiteral("access-log"));
        if (auto ok = readableFile(QStringLiteral("access-log"), s.accessLogFile); !ok)
            return ok.error();
    }
    if (p.isSet(QStringLiteral("proxy"))) {
        const QString text = p.value(QStringLiteral("proxy"));
        if (text == QLatin1String("none")) {
            s.fetch.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        } else {
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() || url.port() <= 0
                || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("socks5")))
                return R::failure(QStringLiteral("option.proxy"),
                                  tr("--proxy '%1' is not http://HOST:PORT or socks5://HOST:PORT").arg(text));
            s.fetch.proxy = QNetworkProxy(url.scheme() == QLatin1String("http") ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy,
                                          url.host(), quint16(url.port()), url.userName(), url.password());
        }
    }
    return s;
}

} // namespace sslrec
