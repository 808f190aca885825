#include "diff/diffdocument.h"

#include <QCoreApplication>

namespace sslrec::ui {

namespace {
DiffDocument::LineKind kindOf(DiffRowKind k)
{
    switch (k) {
    case DiffRowKind::Equal: return DiffDocument::LineKind::Equal;
    case DiffRowKind::Changed: return DiffDocument::LineKind::Changed;
    case DiffRowKind::Inserted: return DiffDocument::LineKind::Inserted;
    case DiffRowKind::Deleted: return DiffDocument::LineKind::Deleted;
    }
    return DiffDocument::LineKind::Equal;
}

QList<CharRange> shifted(const QList<CharRange> &ranges, int by)
{
    QList<CharRange> out;
    out.reserve(ranges.size());
    for (const CharRange &r : ranges)
        out.append({r.start + by, r.length});
    return out;
}
} // namespace

DiffDocument DiffDocument::build(const DiffResult &diff, bool onlyChanges, int context)
{
    DiffDocument doc;
    const qsizetype n = diff.rows.size();
    int maxLine = 1;
    for (const DiffRow &row : diff.rows)
        maxLine = std::max({maxLine, row.leftLine, row.rightLine});
    const int width = int(QString::number(maxLine).size());
    const int gutter = width + 3; // "  12 │ "
    auto gutterText = [width](int line) {
        return (line > 0 ? QStringLiteral("%1").arg(line, width) : QString(width, QLatin1Char(' '))) + QStringLiteral(" │ ");
    };

    // Which rows to show: all, or those near a difference.
    QList<bool> keep(n, !onlyChanges);
    if (onlyChanges) {
        for (qsizetype i = 0; i < n; ++i) {
            if (diff.rows[i].kind == DiffRowKind::Equal)
                continue;
            for (qsizetype j = std::max<qsizetype>(0, i - context); j <= std::min(n - 1, i + context); ++j)
                keep[j] = true;
        }
    }

    QStringList left;
    QStringList right;
    bool previousWasChange = false;
    for (qsizetype i = 0; i < n;) {
        if (!keep[i]) {
            qsizetype j = i;
            while (j < n && !keep[j])
                ++j;
            const int hidden = int(j - i);
            doc.hiddenLines += hidden;
            const QString text = hidden == 1
                ? QCoreApplication::translate("sslrec::ui::DiffDocument", "⋯ 1 unchanged line hidden")
                : QCoreApplication::translate("sslrec::ui::DiffDocument", "⋯ %1 unchanged lines hidden").arg(hidden);
            left << text;
            right << text;
            doc.lines.append({LineKind::Separator, false, false, {}, {}});
            previousWasChange = false;
            i = j;
            continue;
        }
        const DiffRow &row = diff.rows[i];
        Line line;
        line.kind = kindOf(row.kind);
        line.leftPadding = row.leftLine == 0;
        line.rightPadding = row.rightLine == 0;
        line.leftChanges = shifted(row.leftChanges, gutter);
        line.rightChanges = shifted(row.rightChanges, gutter);
        const bool change = row.kind != DiffRowKind::Equal;
        if (change && !previousWasChange)
            doc.changes.append(int(doc.lines.size()));
        previousWasChange = change;
        left << (line.leftPadding ? QString() : gutterText(row.leftLine) + row.leftText);
        right << (line.rightPadding ? QString() : gutterText(row.rightLine) + row.rightText);
        doc.lines.append(std::move(line));
        ++i;
    }
    doc.left = left.join(QLatin1Char('\n'));
    doc.right = right.join(QLatin1Char('\n'));
    return doc;
}

} // namespace sslrec::ui
