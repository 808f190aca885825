#pragma once

#include "core/result.h"
#include "scan/scanresult.h"

#include <QJsonObject>

namespace sslrec {

/// Version of the scan JSON schema (docs/json-format.md). Bumped on any
/// change that removes or renames a field; new fields keep the version.
inline constexpr int kJsonSchemaVersion = 1;

/// The whole scan as the documented JSON object.
QJsonObject scanToJson(const ScanResult &scan);
/// One page pair as it appears in `origins[].pages[]`.
QJsonObject pagePairToJson(const PagePair &pair);
/// One origin as it appears in `origins[]`.
QJsonObject originToJson(const OriginResult &origin);

/// Writes scanToJson() indented to \a path ("-" = standard output).
Status writeScanJson(const ScanResult &scan, const QString &path);

} // namespace sslrec
