#pragma once

#include "scan/scanresult.h"
#include "store/scanfile.h"

#include <QHash>
#include <QString>

namespace sslrec {
class ScanStore;
}

namespace sslrec::test {

// A scan made up in memory, with every field set to something non-default,
// and the bodies its page pairs carried before they were stored.
struct SyntheticScan
{
    ScanResult result;                        // as the engine reports it at finish (no bodies)
    QHash<QString, StoredBodies> bodies;        // "host" + "path" -> the two bodies
};

// Two origins, \a pagesPerOrigin pages each: binary, empty, compressible,
// incompressible and non-UTF-8 bodies; headers with raw bytes and newlines.
// \a bodyBytes sets the size of the ordinary text bodies.
SyntheticScan makeSyntheticScan(int pagesPerOrigin = 6, int bodyBytes = 2000);

// Feeds \a scan to \a store in the order a ScanEngine emits it.
void recordSyntheticScan(ScanStore &store, const SyntheticScan &scan);

// The first difference between two scans, field by field; empty when equal.
// Bodies are not compared (results carry none).
QString scanDifference(const ScanResult &expected, const ScanResult &actual);

} // namespace sslrec::test
