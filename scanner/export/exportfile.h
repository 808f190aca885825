#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace sslrec {

/// Writes \a data to \a path atomically (complete or untouched); "-" writes
/// to standard output. \a what names the report in the error message
/// ("the CSV report").
Status writeExportFile(const QByteArray &data, const QString &path, const QString &what);

} // namespace sslrec
