#include "export/htmlexport.h"

#include "export/cloudflaresnippets.h"
#include "export/exportfile.h"
#include "export/htmlsections.h"
#include "export/htmltext.h"

#include <QStringList>

namespace sslrec {

namespace {

using html::escape;
using html::ReportContext;

// Styles QTextDocument understands come first; the Browser flavour adds
// what only browsers do (wrapping, print rules). Rules QTextDocument does not
// know are ignored by it, so the PDF degrades to plain bordered tables.
const char kCommonCss[] = R"(body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 15pt; margin-top: 14pt; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin-top: 12pt; }
h4 { font-size: 10.5pt; margin-top: 10pt; }
table { border-collapse: collapse; margin: 4pt 0; }
th { background-color: #eceff1; text-align: left; vertical-align: top; }
td { vertical-align: top; }
code, pre, td.l, td.r { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
pre { white-space: pre-wrap; }
pre.pem { font-size: 7pt; color: #444; }
.badge { font-weight: bold; color: #fff; background-color: #607d8b; }
.mode-none { background-color: #757575; }
.mode-off { background-color: #b71c1c; }
.mode-flexible { background-color: #e65100; }
.mode-full { background-color: #9e7c00; }
.mode-full_strict { background-color: #2e7d32; }
.mode-strict { background-color: #1b5e20; }
.good { color: #1b5e20; }
.bad { color: #b71c1c; font-weight: bold; }
.muted { color: #666; }
.advice { background-color: #fff8e1; }
tr.chosen td { background-color: #e8f5e9; }
tr.v-different td { background-color: #ffebee; }
tr.v-error td { background-color: #fff8e1; }
tr.sev-error td { background-color: #ffebee; }
tr.sev-warning td { background-color: #fff8e1; }
tr.del td.l { background-color: #ffebee; }
tr.ins td.r { background-color: #e8f5e9; }
tr.chg td.l { background-color: #fff3e0; }
tr.chg td.r { background-color: #fff3e0; }
tr.skip td { color: #666; background-color: #f5f5f5; }
td.ln, th.ln { color: #777; text-align: right; font-size: 8pt; }
span.x { background-color: #ffcc80; }
.origin { page-break-before: always; }
)";

const char kBrowserCss[] = R"(body { max-width: 80em; margin: 1em auto; padding: 0 1em; }
table { border: 1px solid #b0bec5; }
th, td { border: 1px solid #b0bec5; padding: 2pt 4pt; }
td.l, td.r { white-space: pre-wrap; overflow-wrap: anywhere; }
td, th, code { overflow-wrap: anywhere; }
.badge { padding: 1pt 6pt; border-radius: 3pt; }
.origin { break-before: page; }
@media print {
  body { max-width: none; margin: 0; font-size: 9pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, pre.pem, h2, h3, h4 { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
}
)";

QString fieldRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(label, valueHtml);
}

QString headerSection(const ReportContext &c)
{
    const ScanResult &s = c.scan;
    QString out = QStringLiteral("<h1>SSL/TLS mode report for %1</h1>\n").arg(c.text(s.settings.domain));
    out += QStringLiteral("<table class=\"fields\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    out += fieldRow(QStringLiteral("Domain"), c.text(s.settings.domain));
    out += fieldRow(QStringLiteral("Scan started"), html::timeText(s.startedAt));
    out += fieldRow(QStringLiteral("Scan finished"), html::timeText(s.finishedAt)
                                                         + (s.cancelled ? QStringLiteral(" <span class=\"bad\">(stopped early: partial results)</span>") : QString()));
    out += fieldRow(QStringLiteral("Current mode"), s.settings.currentMode ? html::modeBadge(*s.settings.currentMode)
                                                                           : QStringLiteral("not given"));
    out += fieldRow(QStringLiteral("Origins"), QString::number(s.origins.size()));
    out += fieldRow(QStringLiteral("Tool"), QStringLiteral("sslrec %1").arg(c.text(s.toolVersion)));
    out += QStringLiteral("</table>\n");
    if (!s.notes.isEmpty()) {
        out += QStringLiteral("<h3>Notes</h3>\n<ul>\n");
        for (const QString &n : s.notes)
            out += QStringLiteral("<li>%1</li>\n").arg(c.text(n));
        out += QStringLiteral("</ul>\n");
    }
    return out;
}

QString summarySection(const ReportContext &c)
{
    QString out = QStringLiteral("<h2>Summary</h2>\n");
    if (c.scan.origins.isEmpty())
        return out + QStringLiteral("<p>The scan found no origin.</p>\n");
    out += QStringLiteral("<table class=\"grid summary\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                          "<tr><th>Origin</th><th>Recommended</th><th>API value</th><th>Certificate</th>"
                          "<th>Same</th><th>Different</th><th>Errors</th><th>Main reason</th></tr>\n");
    for (int i = 0; i < c.scan.origins.size(); ++i) {
        const OriginResult &o = c.scan.origins.at(i);
        const OriginEvidence &e = o.evidence;
        const QString api = cloudflareValue(o.verdict.recommended);
        const QString certificate = !o.tls.handshakeOk ? QStringLiteral("<span class=\"bad\">no TLS</span>")
            : o.tls.certificateValid                 ? QStringLiteral("<span class=\"good\">valid</span>")
                                                     : QStringLiteral("<span class=\"bad\">not valid</span>");
        // The anchor is ours (an index), never a server-provided URL.
        out += QStringLiteral("<tr><td><a href=\"#origin-%1\">%2</a></td><td>%3</td><td>%4</td><td>%5</td>"
                              "<td>%6</td><td>%7</td><td>%8</td><td>%9</td></tr>\n")
                   .arg(QString::number(i), c.text(o.host), html::modeBadge(o.verdict.recommended),
                        api.isEmpty() ? QStringLiteral("-") : QStringLiteral("<code>%1</code>").arg(escape(api)),
                        certificate,
                        QString::number(e.pagesSame + e.pagesEquivalentRedirect), QString::number(e.pagesDifferent),
                        QString::number(e.pagesError), c.text(o.verdict.reasons.value(0)));
    }
    return out + QStringLiteral("</table>\n");
}

QString snippetsSection(const ReportContext &c)
{
    return QStringLiteral("<div class=\"origin\" id=\"apply\">\n<h2>Ready-to-apply Cloudflare settings</h2>\n"
                          "<p>Review before applying: never set a mode weaker than the one in use today. "
                          "See docs/reports.md.</p>\n<pre class=\"snippets\">%1</pre>\n</div>\n")
        .arg(escape(cloudflareSnippetsText(c.scan)));
}

QString settingsSection(const ReportContext &c)
{
    const ScanSettings &s = c.scan.settings;
    QString out = QStringLiteral("<div class=\"origin\" id=\"settings\">\n<h2>Scan settings</h2>\n"
                                 "<table class=\"fields\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    out += fieldRow(QStringLiteral("Start path"), c.text(s.startPath));
    QStringList pins;
    for (auto it = s.resolve.cbegin(); it != s.resolve.cend(); ++it)
        pins << it.key() + QLatin1Char(':') + it.value().toString();
    pins.sort();
    out += fieldRow(QStringLiteral("Resolve pins"), pins.isEmpty() ? QStringLiteral("-") : c.text(pins.join(QStringLiteral(", "))));
    out += fieldRow(QStringLiteral("DNS"), html::yesNo(s.dnsEnabled));
    out += fieldRow(QStringLiteral("Subdomains"), html::yesNo(s.includeSubdomains));
    out += fieldRow(QStringLiteral("Max origins / pages per origin"), QStringLiteral("%1 / %2").arg(s.maxOrigins).arg(s.maxPages));
    out += fieldRow(QStringLiteral("Concurrency / delay"), QStringLiteral("%1 / %2 ms").arg(s.concurrency).arg(s.delayMs));
    out += fieldRow(QStringLiteral("robots.txt"), s.robotsPolicy == RobotsPolicy::NamedOnly ? QStringLiteral("only groups naming sslrec")
                                                                                            : QStringLiteral("sslrec and * groups"));
    out += fieldRow(QStringLiteral("Trust"), QStringLiteral("system roots %1, Cloudflare Origin CA roots %2")
                                                 .arg(html::yesNo(s.useSystemRoots), html::yesNo(s.useOriginCa)));
    out += fieldRow(QStringLiteral("Extra CA files"), s.caFiles.isEmpty() ? QStringLiteral("-") : c.text(s.caFiles.join(QStringLiteral(", "))));
    out += fieldRow(QStringLiteral("Expiry warning"), QStringLiteral("%1 days").arg(s.expiryWarningDays));
    out += fieldRow(QStringLiteral("Seed URLs file"), s.seedUrlsFile.isEmpty() ? QStringLiteral("-") : c.text(s.seedUrlsFile));
    out += fieldRow(QStringLiteral("Access log"), s.accessLogFile.isEmpty() ? QStringLiteral("-") : c.text(s.accessLogFile));
    out += fieldRow(QStringLiteral("Noise re-fetch"), html::yesNo(s.refetchNearThreshold));
    out += fieldRow(QStringLiteral("Time limit"), s.maxScanSeconds > 0 ? QStringLiteral("%1 s").arg(s.maxScanSeconds) : QStringLiteral("none"));
    out += fieldRow(QStringLiteral("User agent"), c.text(s.fetch.userAgent));
    out += fieldRow(QStringLiteral("Ports"), QStringLiteral("HTTP %1, HTTPS %2").arg(s.fetch.httpPort).arg(s.fetch.httpsPort));
    out += fieldRow(QStringLiteral("Timeouts"), QStringLiteral("connect %1 ms, idle %2 ms, total %3 ms")
                                                    .arg(s.fetch.connectTimeoutMs).arg(s.fetch.idleTimeoutMs).arg(s.fetch.totalTimeoutMs));
    out += fieldRow(QStringLiteral("Body cap"), QStringLiteral("%1 bytes").arg(s.fetch.maxBodyBytes));
    out += QStringLiteral("</table>\n<p class=\"muted\">Report made by sslrec %1.</p>\n</div>\n").arg(c.text(c.scan.toolVersion));
    return out;
}

} // namespace

QString scanToHtml(const ScanResult &scan, const HtmlReportOptions &options)
{
    const ReportContext context{scan, options};
    QString css = QString::fromLatin1(kCommonCss);
    if (options.flavor == HtmlFlavor::Browser)
        css += QString::fromLatin1(kBrowserCss);
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<meta name=\"generator\" content=\"sslrec %1\">\n"
                                 "<title>sslrec report: %2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
                      .arg(escape(scan.toolVersion), escape(scan.settings.domain), css);
    out += headerSection(context);
    out += summarySection(context);
    for (int i = 0; i < scan.origins.size(); ++i)
        out += html::originSection(context, i);
    if (options.includeSnippets)
        out += snippetsSection(context);
    out += settingsSection(context);
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

Status writeScanHtml(const ScanResult &scan, const QString &path, const HtmlReportOptions &options)
{
    return writeExportFile(scanToHtml(scan, options).toUtf8(), path, QStringLiteral("the HTML report"));
}

} // namespace sslrec
