#pragma once

#include "fetch/fetchtypes.h"
#include "scan/scantypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace sslrec {

// Conversions between scanner values and scan file columns, shared by the
// writer (ScanStore) and the reader (ScanFile).

/// Milliseconds since the epoch; none (stored as NULL) for an invalid time.
std::optional<qint64> timeMillis(const QDateTime &time);
/// timeMillis() as a column value: NULL for an invalid time.
QVariant timeColumn(const QDateTime &time);
QDateTime timeFromColumn(const QVariant &value);

/// Header fields as raw bytes, one "name: value" line per field ending in
/// CR LF; inside names and values a backslash, CR and LF are written as
/// backslash-backslash, backslash-r and backslash-n (Qt joins repeated Set-Cookie fields with a newline). Every byte
/// survives; `CAST(headers AS TEXT)` shows them in the sqlite3 shell.
QByteArray headersToColumn(const QList<HeaderField> &headers);
/// \a like: fields read before (say, the previous response's); a field with
/// the same bytes at the same position shares their data instead of a copy.
/// The responses of one scan mostly repeat each other's fields, so a loaded
/// scan costs a fraction of the allocations and memory.
QList<HeaderField> headersFromColumn(const QByteArray &column, const QList<HeaderField> &like = {});

FetchError fetchErrorFromCode(const QString &code);
PageSource pageSourceFromName(const QString &name);
PageVerdict pageVerdictFromName(const QString &name);

} // namespace sslrec
