#pragma once

#include "compare/normalizedcontent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace sslrec {

/// How a row of a side-by-side diff relates its two sides.
enum class DiffRowKind {
    Equal,    ///< same line on both sides
    Changed,  ///< a line replaced by another; see the changed ranges
    Inserted, ///< only on the right (HTTPS); the left is padding
    Deleted,  ///< only on the left (HTTP); the right is padding
};

/// A run of changed characters (UTF-16 code units) within a line.
struct CharRange
{
    int start = 0;  ///< first changed code unit
    int length = 0; ///< number of code units
};

/// One aligned row for a two-pane view.
struct DiffRow
{
    DiffRowKind kind = DiffRowKind::Equal; ///< relation of the two sides
    int leftLine = 0;                      ///< 1-based line on the left, 0 for padding
    int rightLine = 0;                     ///< 1-based line on the right, 0 for padding
    QString leftText;                      ///< left line without its line break (empty for padding)
    QString rightText;                     ///< right line without its line break (empty for padding)
    QList<CharRange> leftChanges;          ///< Changed rows: what differs in leftText
    QList<CharRange> rightChanges;         ///< Changed rows: what differs in rightText
};

} // namespace sslrec

Q_DECLARE_TYPEINFO(sslrec::DiffRow, Q_RELOCATABLE_TYPE);

namespace sslrec {

/// A whole side-by-side diff.
struct DiffResult
{
    QList<DiffRow> rows;      ///< aligned rows, top to bottom
    int equal = 0;            ///< rows of each kind
    int changed = 0;
    int inserted = 0;
    int deleted = 0;
    bool approximate = false; ///< a cost limit was hit: alignment is valid but may not be minimal
};

/// A pure line differ for the views: Myers on line hashes with a cost
/// limit and patience fallback (see SequenceAligner), changed character
/// ranges inside changed rows. Handles empty sides, CRLF and lone CR,
/// repeated lines and very long lines. Thread-safe.
class Differ
{
public:
    /// Diffs two texts line by line.
    static DiffResult diff(QStringView left, QStringView right);

    /// Diffs two raw bodies; invalid UTF-8 becomes U+FFFD, never an error.
    static DiffResult diffRaw(const QByteArray &left, const QByteArray &right);

    /// The normalised document as lines: title and head fields first
    /// ("[title] ...", "[meta csrf-token] <csrf>"), then one visible text
    /// block per line with volatile tokens masked. Diff two of these to show
    /// what the comparator saw.
    static QString prettyPrint(const NormalizedContent &content);
};

} // namespace sslrec
