#pragma once

#include "core/result.h"

#include <QString>

namespace sslrec::ui {

// Copies the scan file \a source to \a target as one consistent snapshot
// (SQLite's VACUUM INTO on a read-only connection): committed pages still in
// the source's write-ahead log are included, pages of a transaction in flight
// are not, and the copy has no -wal file of its own. A ScanStore may go on
// writing to \a source meanwhile. \a target is replaced when it exists;
// on failure it is left as it was. Blocking: run it on the thread pool.
Status copyScanFile(const QString &source, const QString &target);

} // namespace sslrec::ui
