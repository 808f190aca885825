#pragma once

#include "core/mode.h"
#include "core/result.h"
#include "scan/scanresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sslrec {

/// How the recommendation is applied on Cloudflare.
enum class CloudflareApplyKind {
    Nothing,      ///< no origin has a recommendation: no API call at all
    ZoneSetting,  ///< every origin gets the same mode: the zone's `ssl` setting
    PerHostRules, ///< modes differ (or some origin is left out): one configuration rule per hostname
};

/// One origin as the snippets treat it.
struct CloudflareOriginSetting
{
    QString host;          ///< the hostname
    Mode mode = Mode::None;///< sslrec's recommendation
    QString value;         ///< Cloudflare's API value for it (strict = full_strict, origin_pull = strict)
    bool included = false; ///< the snippets set this origin's mode
    QString skippedReason; ///< why not, when not included (one line)
};

/// Choices for cloudflareSnippets().
struct CloudflareSnippetOptions
{
    bool forcePerHostRules = false; ///< use per-hostname rules even when one zone value would do
};

/// Ready-to-apply Cloudflare settings for a scan (docs/reports.md, "Applying").
struct CloudflareSnippets
{
    CloudflareApplyKind kind = CloudflareApplyKind::Nothing; ///< which mechanism applies
    QList<CloudflareOriginSetting> origins; ///< every origin of the scan, in scan order
    QString apiMethod;                      ///< "PATCH" (zone setting) or "PUT" (ruleset); empty for Nothing
    QString apiPath;                        ///< path under https://api.cloudflare.com with $ZONE_ID
    QJsonObject apiBody;                    ///< the request body; empty for Nothing
    QString shell;                          ///< commented curl command(s), POSIX sh
    QString terraform;                      ///< commented HCL for the Cloudflare provider 4.x
};

/// Builds the snippets. Origins recommended `none` are left out with the
/// reason; a zone-wide value is used only when every origin of the scan was
/// judged and all share one mode, since the zone setting also reaches
/// hostnames the scan could not judge.
CloudflareSnippets cloudflareSnippets(const ScanResult &scan, const CloudflareSnippetOptions &options = {});

/// A text file for people: a header naming the scan, the shell commands,
/// then the Terraform. Every server-derived word in it sits on a comment
/// line with line breaks and control characters removed.
QString cloudflareSnippetsText(const ScanResult &scan, const CloudflareSnippetOptions &options = {});

/// The same as JSON: `kind`, `origins[]`, and `request` {method, url, body} (null when there is nothing to apply).
QJsonObject cloudflareSnippetsJson(const ScanResult &scan, const CloudflareSnippetOptions &options = {});

/// Writes cloudflareSnippetsText() to \a path ("-" = standard output).
Status writeCloudflareSnippets(const ScanResult &scan, const QString &path,
                               const CloudflareSnippetOptions &options = {});

} // namespace sslrec
