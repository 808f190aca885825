// Fuzzes the scan-file loader: the input is written to one temp file per
// process and opened with ScanFile (SQLite underneath), then read in full.
#include "fuzzcheck.h"

#include "store/scanfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace sslrec;

namespace {

QString scanPath;

void removeScanFile()
{
    // SQLite may leave a journal or WAL next to the file; a stale one would
    // leak the previous input into the next run.
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(scanPath + QLatin1String(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QtSql finds its SQLite driver through the application's plugin paths.
    static QCoreApplication app(*argc, *argv);
    scanPath = QDir::temp().filePath(QStringLiteral("sslrec-fuzz-scanfile-%1.sslrec")
                                         .arg(QCoreApplication::applicationPid()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    removeScanFile();
    {
        QFile file(scanPath);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size))
                   == static_cast<qint64>(size));
    }

    {
    auto opened = ScanFile::open(scanPath);
    if (opened.ok()) {
        ScanFile &scan = *opened.value();
        const auto result = scan.result();
        if (result.ok()) {
            for (const OriginResult &origin : result->origins) {
                for (const PagePair &page : origin.pages) {
                    (void)scan.bodies(origin.host, page.pathAndQuery);
                    break; // one body per origin keeps a run fast
                }
            }
        }
        (void)scan.resumeState();
    } else {
        FUZZ_CHECK(!opened.error().message.isEmpty());
    }
    } // the file is closed before it is removed
    removeScanFile();
    return 0;
}
