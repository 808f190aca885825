#pragma once

#include "compare/differ.h"

#include <QList>
#include <QString>

namespace sslrec::ui {

// What the side-by-side view shows, built from the differ's aligned rows:
// one text per pane with the same number of lines (padding rows are empty
// lines), a line-number gutter, and for every line its kind and changed
// character ranges already shifted past the gutter. "Only changes" keeps
// a few lines of context and folds the rest into one separator line.
struct DiffDocument
{
    enum class LineKind { Equal, Changed, Inserted, Deleted, Separator };
    struct Line
    {
        LineKind kind = LineKind::Equal; // how the row relates its sides
        bool leftPadding = false;        // the left pane has no line here
        bool rightPadding = false;       // the right pane has no line here
        QList<CharRange> leftChanges;    // changed characters, gutter included
        QList<CharRange> rightChanges;   // changed characters, gutter included
    };

    QString left;          // left pane text (HTTP), lines joined with '\n'
    QString right;         // right pane text (HTTPS)
    QList<Line> lines;     // one per line of both texts
    QList<int> changes;    // first line of each block of differences
    int hiddenLines = 0;   // equal lines folded away by "only changes"

    static DiffDocument build(const DiffResult &diff, bool onlyChanges, int context = 3);
};

} // namespace sslrec::ui
