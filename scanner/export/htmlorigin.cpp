#include "export/htmlsections.h"
#include "export/htmltext.h"

#include <QStringList>

namespace sslrec::html {

namespace {

QString fieldRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(label, valueHtml);
}

QString schemeText(const ReportContext &c, const SchemeEvidence &e)
{
    if (e.answered)
        return yesNo(true);
    QString failure = e.failureMessage.isEmpty() ? e.failureCode : e.failureMessage;
    return yesNo(false) + (failure.isEmpty() ? QString() : QStringLiteral(" &ndash; ") + c.text(failure));
}

QStringList sharedServerHosts(const ScanResult &scan, const OriginResult &origin)
{
    QStringList out;
    for (const OriginResult &other : scan.origins) {
        if (other.host == origin.host)
            continue;
        for (const QHostAddress &a : other.addresses) {
            if (origin.addresses.contains(a)) {
                out << other.host;
                break;
            }
        }
    }
    return out;
}

QString verdictBlock(const ReportContext &c, const OriginResult &o)
{
    QString out = QStringLiteral("<p class=\"verdict\">Recommended mode: %1").arg(modeBadge(o.verdict.recommended));
    if (o.verdict.recommended == Mode::None)
        out += QStringLiteral(" &ndash; no change recommended, no Cloudflare setting to apply.</p>\n");
    else
        out += QStringLiteral(" &ndash; Cloudflare API value <code>%1</code></p>\n").arg(escape(cloudflareValue(o.verdict.recommended)));
    const std::optional<Mode> current = o.evidence.currentMode ? o.evidence.currentMode : c.scan.settings.currentMode;
    if (current)
        out += QStringLiteral("<p>Current mode: %1</p>\n").arg(modeBadge(*current));
    if (!o.verdict.reasons.isEmpty()) {
        out += QStringLiteral("<h3>Why</h3>\n<ul class=\"reasons\">\n");
        for (const QString &r : o.verdict.reasons)
            out += QStringLiteral("<li>%1</li>\n").arg(c.text(r));
        out += QStringLiteral("</ul>\n");
    }
    if (o.verdict.adviseEdgeRedirect)
        out += QStringLiteral("<p class=\"advice\">HTTP is closed on this origin: redirect HTTP to HTTPS at the edge "
                              "(&ldquo;Always Use HTTPS&rdquo;) so HTTP visitors are not turned away.</p>\n");
    return out;
}

QString ladderTable(const ReportContext &c, const OriginResult &o)
{
    QString out = QStringLiteral("<h3>Mode ladder</h3>\n"
                                 "<table class=\"grid ladder\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                                 "<tr><th>Mode</th><th>API value</th><th>Safe</th><th>Visitor error</th><th>Why</th></tr>\n");
    for (const ModeAssessment &m : o.verdict.ladder) {
        const bool chosen = m.mode == o.verdict.recommended;
        out += QStringLiteral("<tr%1><td>%2%3</td><td><code>%4</code></td><td>%5</td><td>%6</td><td>%7</td></tr>\n")
                   .arg(chosen ? QStringLiteral(" class=\"chosen\"") : QString(), escape(modeDisplayName(m.mode)),
                        chosen ? QStringLiteral(" <b>(recommended)</b>") : QString(), escape(cloudflareValue(m.mode)),
                        yesNo(m.safe), m.proxyError ? QString::number(m.proxyError) : QStringLiteral("-"), c.text(m.why));
    }
    return out + QStringLiteral("</table>\n");
}

QString evidenceTable(const ReportContext &c, const OriginResult &o)
{
    const OriginEvidence &e = o.evidence;
    QString out = QStringLiteral("<h3>Evidence</h3>\n<table class=\"fields\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n");
    QStringList addresses;
    for (const QHostAddress &a : o.addresses)
        addresses << a.toString();
    out += fieldRow(QStringLiteral("Addresses"), c.text(addresses.join(QStringLiteral(", ")))
                                                     + (o.pinned ? QStringLiteral(" (pinned with --resolve)") : QString()));
    const QStringList shared = sharedServerHosts(c.scan, o);
    if (!shared.isEmpty())
        out += fieldRow(QStringLiteral("Shares a server with"), c.text(shared.join(QStringLiteral(", "))));
    out += fieldRow(QStringLiteral("HTTP answers"), schemeText(c, e.http));
    out += fieldRow(QStringLiteral("HTTPS answers"), schemeText(c, e.https));
    out += fieldRow(QStringLiteral("TLS handshake"), yesNo(e.tlsHandshakeOk)
                                                         + (e.tlsFailure.isEmpty() ? QString() : QStringLiteral(" &ndash; ") + c.text(e.tlsFailure)));
    out += fieldRow(QStringLiteral("Certificate valid"), yesNo(e.certificateValid));
    for (const QString &p : e.certificateProblems)
        out += fieldRow(QStringLiteral("Certificate problem"), c.text(p));
    if (e.optedOut)
        out += fieldRow(QStringLiteral("Opted out"), c.text(e.optOutReason));
    if (e.blocked)
        out += fieldRow(QStringLiteral("Blocked"), c.text(e.blockedReason));
    for (const QString &note : o.robotsNotes)
        out += fieldRow(QStringLiteral("robots.txt"), c.text(note));
    out += fieldRow(QStringLiteral("URLs found / sampled"), QStringLiteral("%1 / %2").arg(o.progress.discovered).arg(o.progress.sampled));
    out += fieldRow(QStringLiteral("Pages compared"), QString::number(e.pagesCompared));
    out += fieldRow(QStringLiteral("Same / equivalent redirect"), QStringLiteral("%1 / %2").arg(e.pagesSame).arg(e.pagesEquivalentRedirect));
    out += fieldRow(QStringLiteral("Different"), QString::number(e.pagesDifferent));
    out += fieldRow(QStringLiteral("Could not be judged"), QString::number(e.pagesError));
    return out + QStringLiteral("</table>\n");
}

QString statusText(const FetchResult &r)
{
    if (!r.answered())
        return escape(fetchErrorCode(r.error));
    return QString::number(r.status);
}

QString pagesTable(const ReportContext &c, const OriginResult &o)
{
    QString out = QStringLiteral("<h3>Pages (%1)</h3>\n").arg(o.pages.size());
    if (o.pages.isEmpty())
        return out + QStringLiteral("<p>No page was sampled.</p>\n");
    out += QStringLiteral("<table class=\"grid pages\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                          "<tr><th>Path</th><th>Source</th><th>Title</th><th>HTTP</th><th>HTTPS</th><th>Content types</th>"
                          "<th>Similarity</th><th>Verdict</th><th>Reason</th></tr>\n");
    for (const PagePair &p : o.pages) {
        const QString types = p.http.contentType == p.https.contentType
            ? p.http.contentType
            : p.http.contentType + QStringLiteral(" / ") + p.https.contentType;
        const bool judged = p.verdict != PageVerdict::Pending && p.verdict != PageVerdict::Error;
        out += QStringLiteral("<tr class=\"v-%1\"><td><code>%2</code></td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                              "<td>%7</td><td>%8</td><td>%1</td><td>%9</td></tr>\n")
                   .arg(escape(pageVerdictName(p.verdict)), c.text(p.pathAndQuery), escape(pageSourceName(p.source)),
                        c.text(p.title), statusText(p.http), statusText(p.https), c.text(types),
                        judged ? QString::number(p.score, 'f', 3) : QStringLiteral("-"), c.text(p.reason));
    }
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString ReportContext::text(const QString &value) const
{
    return options.flavor == HtmlFlavor::RichText ? escapeBreakable(value) : escape(value);
}

QString originSection(const ReportContext &c, int originIndex)
{
    const OriginResult &o = c.scan.origins.at(originIndex);
    QString out = QStringLiteral("<div class=\"origin\" id=\"origin-%1\">\n<h2>%2 %3</h2>\n")
                      .arg(originIndex)
                      .arg(c.text(o.host), modeBadge(o.verdict.recommended));
    out += verdictBlock(c, o);
    out += ladderTable(c, o);
    out += evidenceTable(c, o);
    out += tlsSection(c, o.tls);
    out += pagesTable(c, o);
    out += differencesSection(c, o, originIndex);
    return out + QStringLiteral("</div>\n");
}

} // namespace sslrec::html
