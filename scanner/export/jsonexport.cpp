#include "export/jsonexport.h"

#include "tls/tlsjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace sslrec {

namespace {

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject responseToJson(const FetchResult &r)
{
    QJsonObject o;
    o[QStringLiteral("url")] = r.url.toString(QUrl::FullyEncoded);
    o[QStringLiteral("status")] = r.status;
    o[QStringLiteral("error")] = r.error == FetchError::None ? QJsonValue() : QJsonValue(fetchErrorCode(r.error));
    o[QStringLiteral("error_message")] = r.errorMessage;
    o[QStringLiteral("content_type")] = r.contentType;
    o[QStringLiteral("body_bytes")] = double(r.bodyBytes);
    o[QStringLiteral("truncated")] = r.truncated;
    o[QStringLiteral("redirect")] = r.redirectTarget.isEmpty() ? QJsonValue() : QJsonValue(r.redirectTarget);
    o[QStringLiteral("http2")] = r.http2;
    o[QStringLiteral("elapsed_ms")] = double(r.elapsedMs);
    o[QStringLiteral("started_at")] = isoUtc(r.startedAt);
    QJsonArray headers;
    for (const HeaderField &h : r.headers)
        headers.append(QJsonArray{QString::fromLatin1(h.first), QString::fromUtf8(h.second)});
    o[QStringLiteral("headers")] = headers;
    return o;
}

QJsonObject settingsToJson(const ScanSettings &s)
{
    QJsonObject o;
    o[QStringLiteral("domain")] = s.domain;
    o[QStringLiteral("start_path")] = s.startPath;
    QJsonObject pins;
    for (auto it = s.resolve.cbegin(); it != s.resolve.cend(); ++it)
        pins[it.key()] = it.value().toString();
    o[QStringLiteral("resolve")] = pins;
    o[QStringLiteral("dns_enabled")] = s.dnsEnabled;
    o[QStringLiteral("include_subdomains")] = s.includeSubdomains;
    o[QStringLiteral("max_origins")] = s.maxOrigins;
    o[QStringLiteral("max_pages")] = s.maxPages;
    o[QStringLiteral("concurrency")] = s.concurrency;
    o[QStringLiteral("delay_ms")] = s.delayMs;
    o[QStringLiteral("current_mode")] = s.currentMode ? QJsonValue(modeName(*s.currentMode)) : QJsonValue();
    o[QStringLiteral("robots_policy")] = s.robotsPolicy == RobotsPolicy::NamedOnly ? QStringLiteral("named-only") : QStringLiteral("all");
    o[QStringLiteral("ca_files")] = QJsonArray::fromStringList(s.caFiles);
    o[QStringLiteral("origin_ca_roots")] = s.useOriginCa;
    o[QStringLiteral("system_roots")] = s.useSystemRoots;
    o[QStringLiteral("expiry_warning_days")] = s.expiryWarningDays;
    o[QStringLiteral("user_agent")] = s.fetch.userAgent;
    o[QStringLiteral("http_port")] = s.fetch.httpPort;
    o[QStringLiteral("https_port")] = s.fetch.httpsPort;
    o[QStringLiteral("max_body_bytes")] = double(s.fetch.maxBodyBytes);
    o[QStringLiteral("seed_urls_file")] = s.seedUrlsFile;
    o[QStringLiteral("access_log_file")] = s.accessLogFile;
    return o;
}

} // namespace

QJsonObject pagePairToJson(const PagePair &p)
{
    QJsonObject o;
    o[QStringLiteral("url")] = QStringLiteral("//%1%2").arg(p.host, p.pathAndQuery);
    o[QStringLiteral("path")] = p.pathAndQuery;
    o[QStringLiteral("source")] = pageSourceName(p.source);
    o[QStringLiteral("title")] = p.title;
    o[QStringLiteral("statuses")] = QJsonObject{{QStringLiteral("http"), p.http.status}, {QStringLiteral("https"), p.https.status}};
    o[QStringLiteral("similarity")] = p.score;
    o[QStringLiteral("verdict")] = pageVerdictName(p.verdict);
    o[QStringLiteral("reason")] = p.reason;
    o[QStringLiteral("reason_code")] = p.reasonCode;
    o[QStringLiteral("http_refetched")] = p.httpRefetched;
    o[QStringLiteral("http")] = responseToJson(p.http);
    o[QStringLiteral("https")] = responseToJson(p.https);
    return o;
}

QJsonObject originToJson(const OriginResult &r)
{
    QJsonObject o;
    o[QStringLiteral("origin")] = r.host;
    QJsonArray addresses;
    for (const QHostAddress &a : r.addresses)
        addresses.append(a.toString());
    o[QStringLiteral("addresses")] = addresses;
    o[QStringLiteral("pinned")] = r.pinned;
    o[QStringLiteral("recommended_mode")] = modeName(r.verdict.recommended);
    o[QStringLiteral("cloudflare_value")] = cloudflareValue(r.verdict.recommended);
    o[QStringLiteral("reasons")] = QJsonArray::fromStringList(r.verdict.reasons);
    o[QStringLiteral("advise_edge_redirect")] = r.verdict.adviseEdgeRedirect;
    QJsonArray ladder;
    for (const ModeAssessment &m : r.verdict.ladder)
        ladder.append(QJsonObject{{QStringLiteral("mode"), modeName(m.mode)},
                                  {QStringLiteral("safe"), m.safe},
                                  {QStringLiteral("why"), m.why},
                                  {QStringLiteral("proxy_error"), m.proxyError == 0 ? QJsonValue() : QJsonValue(m.proxyError)}});
    o[QStringLiteral("ladder")] = ladder;
    const OriginEvidence &e = r.evidence;
    o[QStringLiteral("evidence")] = QJsonObject{
        {QStringLiteral("opted_out"), e.optedOut},
        {QStringLiteral("opt_out_reason"), e.optOutReason},
        {QStringLiteral("blocked"), e.blocked},
        {QStringLiteral("blocked_reason"), e.blockedReason},
        {QStringLiteral("http_answered"), e.http.answered},
        {QStringLiteral("http_failure"), e.http.failureMessage},
        {QStringLiteral("https_answered"), e.https.answered},
        {QStringLiteral("https_failure"), e.https.failureMessage},
        {QStringLiteral("pages_compared"), e.pagesCompared},
        {QStringLiteral("pages_same"), e.pagesSame},
        {QStringLiteral("pages_equivalent_redirect"), e.pagesEquivalentRedirect},
        {QStringLiteral("pages_different"), e.pagesDifferent},
        {QStringLiteral("pages_error"), e.pagesError},
    };
    o[QStringLiteral("robots")] = QJsonArray::fromStringList(r.robotsNotes);
    o[QStringLiteral("notes")] = QJsonArray::fromStringList(r.notes);
    o[QStringLiteral("certificate")] = toJson(r.tls);
    QJsonArray pages;
    for (const PagePair &p : r.pages)
        pages.append(pagePairToJson(p));
    o[QStringLiteral("pages")] = pages;
    return o;
}

QJsonObject scanToJson(const ScanResult &scan)
{
    QJsonObject o;
    o[QStringLiteral("schema_version")] = kJsonSchemaVersion;
    o[QStringLiteral("tool")] = QJsonObject{{QStringLiteral("name"), QStringLiteral("sslrec")},
                                            {QStringLiteral("version"), scan.toolVersion}};
    o[QStringLiteral("domain")] = scan.settings.domain;
    o[QStringLiteral("started_at")] = isoUtc(scan.startedAt);
    o[QStringLiteral("finished_at")] = isoUtc(scan.finishedAt);
    o[QStringLiteral("cancelled")] = scan.cancelled;
    o[QStringLiteral("settings")] = settingsToJson(scan.settings);
    o[QStringLiteral("notes")] = QJsonArray::fromStringList(scan.notes);
    QJsonArray origins;
    for (const OriginResult &r : scan.origins)
        origins.append(originToJson(r));
    o[QStringLiteral("origins")] = origins;
    return o;
}

Status writeScanJson(const ScanResult &scan, const QString &path)
{
    const QByteArray json = QJsonDocument(scanToJson(scan)).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-")) {
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return Ok{};
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        return Status::failure(QStringLiteral("export.write"),
                               QStringLiteral("cannot write the JSON report to %1: %2").arg(path, f.errorString()));
    return Ok{};
}

} // namespace sslrec
