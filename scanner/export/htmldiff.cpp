#include "export/htmlsections.h"
#include "export/htmltext.h"

#include "compare/differ.h"

#include <algorithm>

namespace sslrec::html {

namespace {

// The report's only tie to the differ: swap the implementation here.
DiffResult diffBodies(const QByteArray &http, const QByteArray &https)
{
    return Differ::diffRaw(http, https);
}

bool looksBinary(const FetchResult &r, const QByteArray &body)
{
    static const QStringList binaryPrefixes = {QStringLiteral("image/"), QStringLiteral("audio/"), QStringLiteral("video/"),
                                               QStringLiteral("font/"), QStringLiteral("application/octet-stream"),
                                               QStringLiteral("application/pdf"), QStringLiteral("application/zip"),
                                               QStringLiteral("application/gzip")};
    for (const QString &p : binaryPrefixes) {
        if (r.contentType.startsWith(p))
            return true;
    }
    return body.left(8192).contains('\0');
}

QString responseCell(const ReportContext &c, const FetchResult &r)
{
    QStringList lines;
    lines << QStringLiteral("<b>URL</b> <code>%1</code>").arg(c.text(r.url.toString(QUrl::FullyEncoded)));
    if (r.answered()) {
        lines << QStringLiteral("<b>Status</b> %1 %2").arg(QString::number(r.status), c.text(QString::fromLatin1(r.reasonPhrase)));
        lines << QStringLiteral("<b>Type</b> %1").arg(c.text(r.contentType.isEmpty() ? QStringLiteral("-") : r.contentType));
        lines << QStringLiteral("<b>Body</b> %1 bytes%2").arg(QString::number(r.bodyBytes),
                                                              r.truncated ? QStringLiteral(" (truncated)") : QString());
        if (!r.redirectTarget.isEmpty())
            lines << QStringLiteral("<b>Redirects to</b> <code>%1</code>").arg(c.text(r.redirectTarget));
    } else {
        lines << QStringLiteral("<b>Error</b> %1: %2").arg(escape(fetchErrorCode(r.error)), c.text(r.errorMessage));
    }
    QString headers;
    for (const HeaderField &h : r.headers)
        headers += c.text(QString::fromLatin1(h.first)) + QStringLiteral(": ") + c.text(QString::fromUtf8(h.second)) + QLatin1Char('\n');
    QString out = lines.join(QStringLiteral("<br>\n"));
    if (!headers.isEmpty())
        out += QStringLiteral("<pre class=\"headers\">%1</pre>").arg(headers);
    return out;
}

QString lineHtml(const ReportContext &c, const QString &text, const QList<CharRange> &changes)
{
    const int limit = std::max(1, c.options.maxLineChars);
    const QString shown = text.left(limit);
    QString out;
    int pos = 0;
    for (const CharRange &r : changes) {
        const int start = std::clamp(r.start, pos, int(shown.size()));
        const int end = std::clamp(r.start + r.length, start, int(shown.size()));
        out += c.text(shown.mid(pos, start - pos));
        if (end > start)
            out += QStringLiteral("<span class=\"x\">%1</span>").arg(c.text(shown.mid(start, end - start)));
        pos = end;
    }
    out += c.text(shown.mid(pos));
    if (text.size() > limit)
        out += QStringLiteral("<span class=\"muted\"> &hellip; (%1 more characters)</span>").arg(text.size() - limit);
    return out;
}

QString rowClass(DiffRowKind kind)
{
    switch (kind) {
    case DiffRowKind::Equal: return QStringLiteral("eq");
    case DiffRowKind::Changed: return QStringLiteral("chg");
    case DiffRowKind::Inserted: return QStringLiteral("ins");
    case DiffRowKind::Deleted: return QStringLiteral("del");
    }
    return {};
}

QString diffTable(const ReportContext &c, const DiffResult &diff)
{
    const QList<DiffRow> &rows = diff.rows;
    const int context = std::max(0, c.options.diffContextLines);
    QList<bool> visible(rows.size(), false);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).kind == DiffRowKind::Equal)
            continue;
        for (int j = std::max(0, i - context); j <= std::min(int(rows.size()) - 1, i + context); ++j)
            visible[j] = true;
    }
    QString out = QStringLiteral("<table class=\"diff\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">\n"
                                 "<tr><th class=\"ln\">#</th><th width=\"48%\">HTTP</th><th class=\"ln\">#</th><th width=\"48%\">HTTPS</th></tr>\n");
    int shown = 0;
    int hiddenRun = 0;
    auto flushHidden = [&] {
        if (hiddenRun > 0)
            out += QStringLiteral("<tr class=\"skip\"><td colspan=\"4\">&hellip; %1 unchanged %2 &hellip;</td></tr>\n")
                       .arg(QString::number(hiddenRun), hiddenRun == 1 ? QStringLiteral("line") : QStringLiteral("lines"));
        hiddenRun = 0;
    };
    int i = 0;
    for (; i < rows.size() && shown < c.options.maxDiffRows; ++i) {
        if (!visible.at(i)) {
            ++hiddenRun;
            continue;
        }
        flushHidden();
        const DiffRow &r = rows.at(i);
        out += QStringLiteral("<tr class=\"%1\"><td class=\"ln\">%2</td><td class=\"l\">%3</td><td class=\"ln\">%4</td><td class=\"r\">%5</td></tr>\n")
                   .arg(rowClass(r.kind), r.leftLine ? QString::number(r.leftLine) : QString(), lineHtml(c, r.leftText, r.leftChanges),
                        r.rightLine ? QString::number(r.rightLine) : QString(), lineHtml(c, r.rightText, r.rightChanges));
        ++shown;
    }
    flushHidden();
    if (i < rows.size()) {
        const qsizetype changedLeft = std::count_if(rows.cbegin() + i, rows.cend(),
                                                    [](const DiffRow &r) { return r.kind != DiffRowKind::Equal; });
        out += QStringLiteral("<tr class=\"skip\"><td colspan=\"4\">Diff cut after %1 rows; %2 more changed rows not shown.</td></tr>\n")
                   .arg(QString::number(shown), QString::number(changedLeft));
    }
    return out + QStringLiteral("</table>\n");
}

QString bodyDiff(const ReportContext &c, const PagePair &p)
{
    QByteArray http = p.http.body;
    QByteArray https = p.https.body;
    if (c.options.bodies) {
        const auto stored = c.options.bodies(p.host, p.pathAndQuery);
        if (!stored)
            return QStringLiteral("<p class=\"muted\">The scan file holds no bodies for this page.</p>\n");
        http = stored->first;
        https = stored->second;
    } else if (http.isEmpty() && https.isEmpty() && (p.http.bodyBytes > 0 || p.https.bodyBytes > 0)) {
        return QStringLiteral("<p class=\"muted\">The bodies are not part of this export; open the scan file to see them.</p>\n");
    }
    if (looksBinary(p.http, http) || looksBinary(p.https, https))
        return QStringLiteral("<p class=\"muted\">Binary content (%1 / %2 bytes) is not shown as a diff.</p>\n")
            .arg(QString::number(http.size()), QString::number(https.size()));
    QString out;
    const qint64 cap = std::max<qint64>(1, c.options.maxDiffBytes);
    if (http.size() > cap || https.size() > cap) {
        out += QStringLiteral("<p class=\"muted\">Only the first %1 bytes of each body are compared here.</p>\n").arg(cap);
        http.truncate(cap);
        https.truncate(cap);
    }
    const DiffResult diff = diffBodies(http, https);
    if (diff.changed + diff.inserted + diff.deleted == 0)
        return out + QStringLiteral("<p>The bodies are identical line by line; the difference is in the status, "
                                    "the content type or the redirect.</p>\n");
    out += QStringLiteral("<p class=\"muted\">%1 changed, %2 only over HTTPS, %3 only over HTTP, %4 unchanged lines%5.</p>\n")
               .arg(QString::number(diff.changed), QString::number(diff.inserted), QString::number(diff.deleted),
                    QString::number(diff.equal), diff.approximate ? QStringLiteral(" (approximate alignment)") : QString());
    return out + diffTable(c, diff);
}

} // namespace

QString differencesSection(const ReportContext &c, const OriginResult &o, int originIndex)
{
    QString out;
    int n = 0;
    for (const PagePair &p : o.pages) {
        if (p.verdict != PageVerdict::Different)
            continue;
        out += QStringLiteral("<div class=\"page\" id=\"origin-%1-diff-%2\">\n<h4>%3</h4>\n")
                   .arg(QString::number(originIndex), QString::number(n++), c.text(p.pathAndQuery));
        out += QStringLiteral("<p>%1 <span class=\"muted\">(<code>%2</code>, similarity %3)</span></p>\n")
                   .arg(c.text(p.reason), c.text(p.reasonCode), QString::number(p.score, 'f', 3));
        out += QStringLiteral("<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n"
                              "<tr><th width=\"50%\">HTTP</th><th width=\"50%\">HTTPS</th></tr>\n"
                              "<tr><td>%1</td><td>%2</td></tr>\n</table>\n")
                   .arg(responseCell(c, p.http), responseCell(c, p.https));
        out += bodyDiff(c, p);
        out += QStringLiteral("</div>\n");
    }
    if (n == 0)
        return {};
    return QStringLiteral("<h3>Pages that differ (%1)</h3>\n").arg(n) + out;
}

} // namespace sslrec::html
