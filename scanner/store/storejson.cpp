#include "store/storejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sslrec {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

QJsonValue optionalMode(const std::optional<Mode> &mode)
{
    return mode ? QJsonValue(modeName(*mode)) : QJsonValue();
}

std::optional<Mode> optionalModeFrom(const QJsonValue &value)
{
    return value.isString() ? parseMode(value.toString()) : std::nullopt;
}

Mode modeFrom(const QJsonValue &value)
{
    return parseMode(value.toString()).value_or(Mode::None);
}

QJsonObject schemeToJson(const SchemeEvidence &s)
{
    return {{QStringLiteral("answered"), s.answered},
            {QStringLiteral("failure_code"), s.failureCode},
            {QStringLiteral("failure_message"), s.failureMessage}};
}

SchemeEvidence schemeFromJson(const QJsonObject &o)
{
    SchemeEvidence s;
    s.answered = o.value(QStringLiteral("answered")).toBool();
    s.failureCode = o.value(QStringLiteral("failure_code")).toString();
    s.failureMessage = o.value(QStringLiteral("failure_message")).toString();
    return s;
}

} // namespace

QJsonObject parseJsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject settingsToJson(const ScanSettings &s)
{
    QJsonObject pins;
    for (auto it = s.resolve.cbegin(); it != s.resolve.cend(); ++it)
        pins[it.key()] = it.value().toString();
    QJsonObject fetch{
        {QStringLiteral("user_agent"), s.fetch.userAgent},
        {QStringLiteral("connect_timeout_ms"), s.fetch.connectTimeoutMs},
        {QStringLiteral("idle_timeout_ms"), s.fetch.idleTimeoutMs},
        {QStringLiteral("total_timeout_ms"), s.fetch.totalTimeoutMs},
        {QStringLiteral("max_body_bytes"), double(s.fetch.maxBodyBytes)},
        {QStringLiteral("max_header_bytes"), s.fetch.maxHeaderBytes},
        {QStringLiteral("max_header_count"), s.fetch.maxHeaderCount},
        {QStringLiteral("http_port"), int(s.fetch.httpPort)},
        {QStringLiteral("https_port"), int(s.fetch.httpsPort)},
    };
    if (s.fetch.proxy) {
        const QNetworkProxy &p = *s.fetch.proxy;
        fetch[QStringLiteral("proxy")] = QJsonObject{{QStringLiteral("type"), int(p.type())},
                                                     {QStringLiteral("host"), p.hostName()},
                                                     {QStringLiteral("port"), int(p.port())},
                                                     {QStringLiteral("user"), p.user()}};
    }
    return QJsonObject{
        {QStringLiteral("domain"), s.domain},
        {QStringLiteral("start_path"), s.startPath},
        {QStringLiteral("resolve"), pins},
        {QStringLiteral("dns_enabled"), s.dnsEnabled},
        {QStringLiteral("include_subdomains"), s.includeSubdomains},
        {QStringLiteral("max_origins"), s.maxOrigins},
        {QStringLiteral("max_pages"), s.maxPages},
        {QStringLiteral("concurrency"), s.concurrency},
        {QStringLiteral("delay_ms"), s.delayMs},
        {QStringLiteral("current_mode"), optionalMode(s.currentMode)},
        {QStringLiteral("robots_policy"), s.robotsPolicy == RobotsPolicy::NamedOnly ? QStringLiteral("named-only") : QStringLiteral("all")},
        {QStringLiteral("ca_files"), QJsonArray::fromStringList(s.caFiles)},
        {QStringLiteral("origin_ca_roots"), s.useOriginCa},
        {QStringLiteral("system_roots"), s.useSystemRoots},
        {QStringLiteral("expiry_warning_days"), s.expiryWarningDays},
        {QStringLiteral("seed_urls_file"), s.seedUrlsFile},
        {QStringLiteral("access_log_file"), s.accessLogFile},
        {QStringLiteral("refetch_near_threshold"), s.refetchNearThreshold},
        {QStringLiteral("max_scan_seconds"), double(s.maxScanSeconds)},
        {QStringLiteral("fetch"), fetch},
    };
}

ScanSettings settingsFromJson(const QJsonObject &o)
{
    ScanSettings s;
    const auto str = [&o](const char *key, const QString &fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? v.toString() : fallback;
    };
    const auto num = [&o](const char *key, int fallback) { return o.value(QLatin1String(key)).toInt(fallback); };
    const auto flag = [&o](const char *key, bool fallback) { return o.value(QLatin1String(key)).toBool(fallback); };
    s.domain = str("domain", s.domain);
    s.startPath = str("start_path", s.startPath);
    const QJsonObject pins = o.value(QStringLiteral("resolve")).toObject();
    for (auto it = pins.constBegin(); it != pins.constEnd(); ++it)
        s.resolve.insert(it.key(), QHostAddress(it.value().toString()));
    s.dnsEnabled = flag("dns_enabled", s.dnsEnabled);
    s.includeSubdomains = flag("include_subdomains", s.includeSubdomains);
    s.maxOrigins = num("max_origins", s.maxOrigins);
    s.maxPages = num("max_pages", s.maxPages);
    s.concurrency = num("concurrency", s.concurrency);
    s.delayMs = num("delay_ms", s.delayMs);
    s.currentMode = optionalModeFrom(o.value(QStringLiteral("current_mode")));
    s.robotsPolicy = str("robots_policy", {}) == QLatin1String("named-only") ? RobotsPolicy::NamedOnly : RobotsPolicy::ObeyAll;
    s.caFiles = stringList(o.value(QStringLiteral("ca_files")));
    s.useOriginCa = flag("origin_ca_roots", s.useOriginCa);
    s.useSystemRoots = flag("system_roots", s.useSystemRoots);
    s.expiryWarningDays = num("expiry_warning_days", s.expiryWarningDays);
    s.seedUrlsFile = str("seed_urls_file", s.seedUrlsFile);
    s.accessLogFile = str("access_log_file", s.accessLogFile);
    s.refetchNearThreshold = flag("refetch_near_threshold", s.refetchNearThreshold);
    s.maxScanSeconds = qint64(o.value(QStringLiteral("max_scan_seconds")).toDouble(double(s.maxScanSeconds)));

    const QJsonObject f = o.value(QStringLiteral("fetch")).toObject();
    FetchOptions &fo = s.fetch;
    fo.userAgent = f.value(QStringLiteral("user_agent")).toString(fo.userAgent);
    fo.connectTimeoutMs = f.value(QStringLiteral("connect_timeout_ms")).toInt(fo.connectTimeoutMs);
    fo.idleTimeoutMs = f.value(QStringLiteral("idle_timeout_ms")).toInt(fo.idleTimeoutMs);
    fo.totalTimeoutMs = f.value(QStringLiteral("total_timeout_ms")).toInt(fo.totalTimeoutMs);
    fo.maxBodyBytes = qint64(f.value(QStringLiteral("max_body_bytes")).toDouble(double(fo.maxBodyBytes)));
    fo.maxHeaderBytes = f.value(QStringLiteral("max_header_bytes")).toInt(fo.maxHeaderBytes);
    fo.maxHeaderCount = f.value(QStringLiteral("max_header_count")).toInt(fo.maxHeaderCount);
    fo.httpPort = quint16(f.value(QStringLiteral("http_port")).toInt(fo.httpPort));
    fo.httpsPort = quint16(f.value(QStringLiteral("https_port")).toInt(fo.httpsPort));
    if (f.value(QStringLiteral("proxy")).isObject()) {
        const QJsonObject p = f.value(QStringLiteral("proxy")).toObject();
        QNetworkProxy proxy(QNetworkProxy::ProxyType(p.value(QStringLiteral("type")).toInt()), p.value(QStringLiteral("host")).toString(),
                            quint16(p.value(QStringLiteral("port")).toInt()), p.value(QStringLiteral("user")).toString());
        fo.proxy = proxy;
    }
    return s;
}

QJsonObject evidenceToJson(const OriginEvidence &e)
{
    return QJsonObject{
        {QStringLiteral("host"), e.host},
        {QStringLiteral("current_mode"), optionalMode(e.currentMode)},
        {QStringLiteral("opted_out"), e.optedOut},
        {QStringLiteral("opt_out_reason"), e.optOutReason},
        {QStringLiteral("blocked"), e.blocked},
        {QStringLiteral("blocked_reason"), e.blockedReason},
        {QStringLiteral("http"), schemeToJson(e.http)},
        {QStringLiteral("https"), schemeToJson(e.https)},
        {QStringLiteral("tls_handshake_ok"), e.tlsHandshakeOk},
        {QStringLiteral("tls_failure"), e.tlsFailure},
        {QStringLiteral("certificate_valid"), e.certificateValid},
        {QStringLiteral("certificate_problems"), QJsonArray::fromStringList(e.certificateProblems)},
        {QStringLiteral("pages_compared"), e.pagesCompared},
        {QStringLiteral("pages_same"), e.pagesSame},
        {QStringLiteral("pages_equivalent_redirect"), e.pagesEquivalentRedirect},
        {QStringLiteral("pages_different"), e.pagesDifferent},
        {QStringLiteral("pages_error"), e.pagesError},
        {QStringLiteral("difference_examples"), QJsonArray::fromStringList(e.differenceExamples)},
    };
}

OriginEvidence evidenceFromJson(const QJsonObject &o)
{
    OriginEvidence e;
    e.host = o.value(QStringLiteral("host")).toString();
    e.currentMode = optionalModeFrom(o.value(QStringLiteral("current_mode")));
    e.optedOut = o.value(QStringLiteral("opted_out")).toBool();
    e.optOutReason = o.value(QStringLiteral("opt_out_reason")).toString();
    e.blocked = o.value(QStringLiteral("blocked")).toBool();
    e.blockedReason = o.value(QStringLiteral("blocked_reason")).toString();
    e.http = schemeFromJson(o.value(QStringLiteral("http")).toObject());
    e.https = schemeFromJson(o.value(QStringLiteral("https")).toObject());
    e.tlsHandshakeOk = o.value(QStringLiteral("tls_handshake_ok")).toBool();
    e.tlsFailure = o.value(QStringLiteral("tls_failure")).toString();
    e.certificateValid = o.value(QStringLiteral("certificate_valid")).toBool();
    e.certificateProblems = stringList(o.value(QStringLiteral("certificate_problems")));
    e.pagesCompared = o.value(QStringLiteral("pages_compared")).toInt();
    e.pagesSame = o.value(QStringLiteral("pages_same")).toInt();
    e.pagesEquivalentRedirect = o.value(QStringLiteral("pages_equivalent_redirect")).toInt();
    e.pagesDifferent = o.value(QStringLiteral("pages_different")).toInt();
    e.pagesError = o.value(QStringLiteral("pages_error")).toInt();
    e.differenceExamples = stringList(o.value(QStringLiteral("difference_examples")));
    return e;
}

QJsonObject verdictToJson(const OriginVerdict &v)
{
    QJsonArray ladder;
    for (const ModeAssessment &m : v.ladder)
        ladder.append(QJsonObject{{QStringLiteral("mode"), modeName(m.mode)},
                                  {QStringLiteral("safe"), m.safe},
                                  {QStringLiteral("why"), m.why},
                                  {QStringLiteral("proxy_error"), m.proxyError}});
    return QJsonObject{
        {QStringLiteral("host"), v.host},
        {QStringLiteral("recommended"), modeName(v.recommended)},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(v.reasons)},
        {QStringLiteral("ladder"), ladder},
        {QStringLiteral("advise_edge_redirect"), v.adviseEdgeRedirect},
    };
}

OriginVerdict verdictFromJson(const QJsonObject &o)
{
    OriginVerdict v;
    v.host = o.value(QStringLiteral("host")).toString();
    v.recommended = modeFrom(o.value(QStringLiteral("recommended")));
    v.reasons = stringList(o.value(QStringLiteral("reasons")));
    const QJsonArray ladder = o.value(QStringLiteral("ladder")).toArray();
    for (const QJsonValue &value : ladder) {
        const QJsonObject m = value.toObject();
        v.ladder.append(ModeAssessment{modeFrom(m.value(QStringLiteral("mode"))), m.value(QStringLiteral("safe")).toBool(),
                                       m.value(QStringLiteral("why")).toString(), m.value(QStringLiteral("proxy_error")).toInt()});
    }
    v.adviseEdgeRedirect = o.value(QStringLiteral("advise_edge_redirect")).toBool();
    return v;
}

QJsonObject progressToJson(const OriginProgress &p)
{
    return QJsonObject{
        {QStringLiteral("discovered"), p.discovered},
        {QStringLiteral("sampled"), p.sampled},
        {QStringLiteral("http_fetched"), p.httpFetched},
        {QStringLiteral("https_fetched"), p.httpsFetched},
        {QStringLiteral("compared"), p.compared},
        {QStringLiteral("same"), p.same},
        {QStringLiteral("different"), p.different},
        {QStringLiteral("errors"), p.errors},
        {QStringLiteral("finished"), p.finished},
    };
}

OriginProgress progressFromJson(const QJsonObject &o)
{
    OriginProgress p;
    p.discovered = o.value(QStringLiteral("discovered")).toInt();
    p.sampled = o.value(QStringLiteral("sampled")).toInt();
    p.httpFetched = o.value(QStringLiteral("http_fetched")).toInt();
    p.httpsFetched = o.value(QStringLiteral("https_fetched")).toInt();
    p.compared = o.value(QStringLiteral("compared")).toInt();
    p.same = o.value(QStringLiteral("same")).toInt();
    p.different = o.value(QStringLiteral("different")).toInt();
    p.errors = o.value(QStringLiteral("errors")).toInt();
    p.finished = o.value(QStringLiteral("finished")).toBool();
    return p;
}

} // namespace sslrec
