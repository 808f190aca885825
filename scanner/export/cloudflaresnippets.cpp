#include "export/cloudflaresnippets.h"

#include "export/exportfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sslrec {

namespace {

const QString kApiBase = QStringLiteral("https://api.cloudflare.com");
const QString kZoneSettingPath = QStringLiteral("/client/v4/zones/$ZONE_ID/settings/ssl");
const QString kRulesetPath = QStringLiteral("/client/v4/zones/$ZONE_ID/rulesets/phases/http_config_settings/entrypoint");

// Server-derived text (reasons quote reason phrases, titles, ...) must never
// end a comment line and become a command: no line breaks, no controls.
QString oneLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029;
        out += control ? QChar(u' ') : c;
    }
    return out.simplified();
}

// Hostnames reach expressions, JSON, shell and HCL; only plain DNS names
// are let through, so none of those quoting layers can be escaped.
bool isPlainHostname(const QString &host)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return host.size() <= 253 && re.match(host).hasMatch();
}

QString shellSingleQuoted(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString hclString(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QStringLiteral("${"), QStringLiteral("$${"));
    out.replace(QStringLiteral("%{"), QStringLiteral("%%{"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString hostExpression(const QString &host)
{
    return QStringLiteral("http.host eq \"%1\"").arg(host);
}

QString ruleDescription(const CloudflareOriginSetting &o)
{
    // Our "strict" is Cloudflare's origin_pull: name both so nobody mixes them up.
    return QStringLiteral("sslrec: %1 -> %2 (sslrec mode %3)").arg(o.host, o.value, modeName(o.mode));
}

QList<CloudflareOriginSetting> classify(const ScanResult &scan)
{
    QList<CloudflareOriginSetting> out;
    for (const OriginResult &origin : scan.origins) {
        CloudflareOriginSetting s;
        s.host = origin.host;
        s.mode = origin.verdict.recommended;
        s.value = cloudflareValue(s.mode);
        if (s.mode == Mode::None) {
            const QString why = origin.verdict.reasons.value(0, QStringLiteral("the scan could not judge this origin"));
            s.skippedReason = oneLine(QStringLiteral("no recommendation: %1").arg(why));
        } else if (!isPlainHostname(s.host)) {
            s.skippedReason = QStringLiteral("the hostname has characters a DNS name cannot have; set it by hand");
        } else {
            s.included = true;
        }
        out << s;
    }
    return out;
}

QJsonObject rulesetBody(const QList<CloudflareOriginSetting> &origins)
{
    QJsonArray rules;
    for (const CloudflareOriginSetting &o : origins) {
        if (!o.included)
            continue;
        rules.append(QJsonObject{
            {QStringLiteral("action"), QStringLiteral("set_config")},
            {QStringLiteral("action_parameters"), QJsonObject{{QStringLiteral("ssl"), o.value}}},
            {QStringLiteral("expression"), hostExpression(o.host)},
            {QStringLiteral("description"), ruleDescription(o)},
            {QStringLiteral("enabled"), true},
        });
    }
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("SSL/TLS mode per hostname, from an sslrec scan")},
        {QStringLiteral("rules"), rules},
    };
}

QString curlCommand(const QString &method, const QString &path, const QJsonObject &body)
{
    const QString json = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Indented)).trimmed();
    return QStringLiteral("curl -X %1 \"%2%3\" \\\n"
                          "  -H \"Authorization: Bearer $CF_API_TOKEN\" \\\n"
                          "  -H \"Content-Type: application/json\" \\\n"
                          "  --data %4\n")
        .arg(method, kApiBase, path, shellSingleQuoted(json));
}

QString shellText(const CloudflareSnippets &s)
{
    QString out;
    out += QStringLiteral(": \"${ZONE_ID:?set ZONE_ID to the zone's ID}\"\n"
                          ": \"${CF_API_TOKEN:?set CF_API_TOKEN to an API token for this zone}\"\n\n");
    out += QStringLiteral("# Current value first (never apply a weaker mode than this):\n"
                          "# curl \"%1%2\" -H \"Authorization: Bearer $CF_API_TOKEN\"\n")
               .arg(kApiBase, kZoneSettingPath);
    if (s.kind == CloudflareApplyKind::ZoneSetting) {
        out += QStringLiteral("# Sets the zone's SSL/TLS mode; it applies to EVERY hostname of the zone,\n"
                              "# also ones this scan did not see. If the zone has others, use per-host rules.\n");
    } else {
        out += QStringLiteral("# Existing configuration rules first: the PUT below REPLACES every rule of\n"
                              "# the zone's http_config_settings phase. Merge them in if there are any:\n"
                              "# curl \"%1%2\" -H \"Authorization: Bearer $CF_API_TOKEN\"\n")
                   .arg(kApiBase, kRulesetPath);
    }
    out += curlCommand(s.apiMethod, s.apiPath, s.apiBody);
    return out;
}

QString terraformText(const CloudflareSnippets &s, const QString &domain)
{
    QString out = QStringLiteral("# Cloudflare Terraform provider 4.x\n"
                                 "variable \"zone_id\" {\n"
                                 "  type        = string\n"
                                 "  description = %1\n"
                                 "}\n\n")
                      .arg(hclString(QStringLiteral("Cloudflare zone ID of %1").arg(oneLine(domain))));
    if (s.kind == CloudflareApplyKind::ZoneSetting) {
        out += QStringLiteral("# Applies to every hostname of the zone.\n"
                              "resource \"cloudflare_zone_settings_override\" \"sslrec_ssl\" {\n"
                              "  zone_id = var.zone_id\n"
                              "  settings {\n"
                              "    ssl = %1\n"
                              "  }\n"
                              "}\n")
                   .arg(hclString(s.apiBody.value(QStringLiteral("value")).toString()));
        return out;
    }
    out += QStringLiteral("# Owns the zone's whole http_config_settings phase: add any existing rules here.\n"
                          "resource \"cloudflare_ruleset\" \"sslrec_ssl_per_host\" {\n"
                          "  zone_id     = var.zone_id\n"
                          "  name        = \"sslrec SSL/TLS mode per hostname\"\n"
                          "  description = \"SSL/TLS mode per hostname, from an sslrec scan\"\n"
                          "  kind        = \"zone\"\n"
                          "  phase       = \"http_config_settings\"\n");
    for (const CloudflareOriginSetting &o : s.origins) {
        if (!o.included)
            continue;
        out += QStringLiteral("\n  rules {\n"
                              "    action = \"set_config\"\n"
                              "    action_parameters {\n"
                              "      ssl = %1\n"
                              "    }\n"
                              "    expression  = %2\n"
                              "    description = %3\n"
                              "    enabled     = true\n"
                              "  }\n")
                   .arg(hclString(o.value), hclString(hostExpression(o.host)), hclString(ruleDescription(o)));
    }
    out += QStringLiteral("}\n");
    return out;
}

QString originTable(const CloudflareSnippets &s)
{
    QString out;
    for (const CloudflareOriginSetting &o : s.origins) {
        if (o.included)
            out += QStringLiteral("#   %1: %2 (API value \"%3\")\n").arg(o.host, modeName(o.mode), o.value);
        else
            out += QStringLiteral("#   %1: left out, %2\n").arg(oneLine(o.host), o.skippedReason);
    }
    return out;
}

} // namespace

CloudflareSnippets cloudflareSnippets(const ScanResult &scan, const CloudflareSnippetOptions &options)
{
    CloudflareSnippets s;
    s.origins = classify(scan);
    QList<Mode> modes;
    bool allIncluded = true;
    for (const CloudflareOriginSetting &o : s.origins) {
        if (!o.included)
            allIncluded = false;
        else if (!modes.contains(o.mode))
            modes << o.mode;
    }
    if (modes.isEmpty())
        return s;
    if (modes.size() == 1 && allIncluded && !options.forcePerHostRules) {
        s.kind = CloudflareApplyKind::ZoneSetting;
        s.apiMethod = QStringLiteral("PATCH");
        s.apiPath = kZoneSettingPath;
        s.apiBody = QJsonObject{{QStringLiteral("value"), cloudflareValue(modes.first())}};
    } else {
        s.kind = CloudflareApplyKind::PerHostRules;
        s.apiMethod = QStringLiteral("PUT");
        s.apiPath = kRulesetPath;
        s.apiBody = rulesetBody(s.origins);
    }
    s.shell = shellText(s);
    s.terraform = terraformText(s, scan.settings.domain);
    return s;
}

QString cloudflareSnippetsText(const ScanResult &scan, const CloudflareSnippetOptions &options)
{
    const CloudflareSnippets s = cloudflareSnippets(scan, options);
    QString out = QStringLiteral("# Cloudflare SSL/TLS settings recommended by sslrec %1 for %2\n")
                      .arg(oneLine(scan.toolVersion), oneLine(scan.settings.domain));
    if (scan.finishedAt.isValid())
        out += QStringLiteral("# Scan finished %1.\n").arg(scan.finishedAt.toUTC().toString(Qt::ISODate));
    out += QStringLiteral("# Review before applying (docs/reports.md). Mode strength, weakest first:\n"
                          "#   off < flexible < full < strict (our full_strict) < origin_pull (our strict)\n");
    if (!scan.settings.currentMode) {
        out += QStringLiteral("# The scan was not told the current mode (--current-mode): check it below and\n"
                              "# do not apply a value weaker than it.\n");
    }
    out += QStringLiteral("#\n# Origins:\n") + originTable(s);
    if (s.kind == CloudflareApplyKind::Nothing) {
        out += QStringLiteral("#\n# No origin has a recommendation, so there is nothing to apply.\n");
        return out;
    }
    out += QStringLiteral("\n# ---- Cloudflare API (POSIX sh + curl) ----\n") + s.shell;
    out += QStringLiteral("\n# ---- Terraform ----\n") + s.terraform;
    return out;
}

QJsonObject cloudflareSnippetsJson(const ScanResult &scan, const CloudflareSnippetOptions &options)
{
    const CloudflareSnippets s = cloudflareSnippets(scan, options);
    static const char *const kinds[] = {"none", "zone_setting", "per_host_rules"};
    QJsonArray origins;
    for (const CloudflareOriginSetting &o : s.origins) {
        origins.append(QJsonObject{
            {QStringLiteral("origin"), o.host},
            {QStringLiteral("recommended_mode"), modeName(o.mode)},
            {QStringLiteral("cloudflare_value"), o.value},
            {QStringLiteral("included"), o.included},
            {QStringLiteral("skipped_reason"), o.skippedReason},
        });
    }
    QJsonObject out{
        {QStringLiteral("kind"), QString::fromLatin1(kinds[int(s.kind)])},
        {QStringLiteral("origins"), origins},
    };
    out[QStringLiteral("request")] = s.kind == CloudflareApplyKind::Nothing
        ? QJsonValue()
        : QJsonValue(QJsonObject{{QStringLiteral("method"), s.apiMethod},
                                 {QStringLiteral("url"), kApiBase + s.apiPath},
                                 {QStringLiteral("body"), s.apiBody}});
    return out;
}

Status writeCloudflareSnippets(const ScanResult &scan, const QString &path, const CloudflareSnippetOptions &options)
{
    return writeExportFile(cloudflareSnippetsText(scan, options).toUtf8(), path, QStringLiteral("the Cloudflare settings"));
}

} // namespace sslrec
