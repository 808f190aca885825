#pragma once

#include "recommend/originevidence.h"
#include "scan/scansettings.h"
#include "scan/scantypes.h"

#include <QJsonObject>

namespace sslrec {

// JSON forms of the values the scan file keeps in JSON columns. Every field
// round-trips; unknown keys are ignored and missing ones keep their defaults,
// so a later schema can add fields without a migration.

/// Every ScanSettings field (a proxy's password is never written).
QJsonObject settingsToJson(const ScanSettings &settings);
ScanSettings settingsFromJson(const QJsonObject &json);

QJsonObject evidenceToJson(const OriginEvidence &evidence);
OriginEvidence evidenceFromJson(const QJsonObject &json);

/// The verdict with its reasons and the mode ladder.
QJsonObject verdictToJson(const OriginVerdict &verdict);
OriginVerdict verdictFromJson(const QJsonObject &json);

QJsonObject progressToJson(const OriginProgress &progress);
OriginProgress progressFromJson(const QJsonObject &json);

/// Parses text written by QJsonDocument; an empty object for anything else.
QJsonObject parseJsonObject(const QString &text);
/// Compact JSON text of \a object.
QString jsonText(const QJsonObject &object);

} // namespace sslrec
