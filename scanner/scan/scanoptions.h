#pragma once

#include "core/result.h"
#include "scan/scansettings.h"

class QCommandLineParser;

namespace sslrec {

/// The scan options shared by `sslrec-cli scan` and `sslrec DOMAIN`
/// (DESIGN.md, "Interfaces other tools rely on"), registered on a parser.
void addScanOptions(QCommandLineParser &parser);

/// Builds ScanSettings from a parser that saw addScanOptions(); the domain
/// is passed separately (positional argument). Every error names the option
/// and the bad value and says what would be accepted.
Result<ScanSettings> scanSettingsFromOptions(const QCommandLineParser &parser, const QString &domain);

/// Parses "HOST:ADDRESS" (address may be IPv6, with or without brackets).
Result<QPair<QString, QHostAddress>> parseResolvePin(const QString &text);

} // namespace sslrec
