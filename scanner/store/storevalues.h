#pragma once

#include "fetch/fetchtypes.h"
#include "scan/scantypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace sslrec {

// Conversions between scanner values and scan file columns, shared by the
// writer (ScanStore) and the reader (ScanFile).

/// Milliseconds since the epoch, or NULL for an invalid time.
QVariant timeColumn(const QDateTime &time);
QDateTime timeFromColumn(const QVariant &value);

/// Header fields as a JSON array of [name, value]; a value that is not
/// UTF-8 is written as {"base64": ...} so every byte survives.
QString headersToColumn(const QList<HeaderField> &headers);
QList<HeaderField> headersFromColumn(const QString &text);

FetchError fetchErrorFromCode(const QString &code);
PageSource pageSourceFromName(const QString &name);
PageVerdict pageVerdictFromName(const QString &name);

} // namespace sslrec
