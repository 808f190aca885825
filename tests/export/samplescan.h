#pragma once

#include "scan/scanresult.h"

#include <QByteArray>
#include <QPair>
#include <QString>

// A fixed, fully deterministic ScanResult for the export tests: four origins
// (strict, flexible with a differing page, full with an untrusted chain,
// none because blocked), fixed timestamps, certificates decoded from the
// PEMs committed under tests/export/data/.
namespace sslrec::testdata {

/// The scan every golden file is made from.
ScanResult sampleScan();

/// The bodies the saved scan holds for \a host + \a path (the differing page
/// of www.example.test), as an HtmlReportOptions::bodies callback sees them.
std::optional<QPair<QByteArray, QByteArray>> sampleBodies(const QString &host, const QString &pathAndQuery);

/// A one-origin scan whose verdict is \a mode (for the snippet tables).
OriginResult originWithMode(const QString &host, Mode mode);

/// tests/export/<relative>, read whole; empty when missing.
QByteArray readTestFile(const QString &relative);

} // namespace sslrec::testdata
