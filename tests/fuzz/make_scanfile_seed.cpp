// Writes a small, valid scan file for the fuzz_scanfile seed corpus:
//   fuzz_make_scanfile_seed tests/fuzz/corpus/scanfile/synthetic.sslrec
// It is the store tests' synthetic scan (every field set) with two pages per
// origin and short bodies, so the seed stays a few dozen KiB.
#include "store/scanstore.h"
#include "syntheticscan.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTPUT.sslrec\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const sslrec::test::SyntheticScan scan = sslrec::test::makeSyntheticScan(2, 64);
    {
        auto store = sslrec::ScanStore::create(path, true);
        if (!store.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
        sslrec::test::recordSyntheticScan(*store.value(), scan);
        if (store.value()->hasFailed())
            return 1;
    }
    std::printf("wrote %s (%lld bytes)\n", argv[1], static_cast<long long>(QFile(path).size()));
    return 0;
}
