#pragma once

#include "scan/scanresult.h"

#include <QString>

namespace sslrec::cli {

/// The end-of-scan table: origin, recommended mode, Cloudflare API value,
/// key reason; columns sized to the content, reasons cut at the terminal width.
QString summaryTable(const ScanResult &result);

} // namespace sslrec::cli
