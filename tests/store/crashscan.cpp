// Test helper for tst_crashsafety: runs one scan with a ScanStore and prints
// "committed HOST PATH" for every page pair as soon as its batch is
// committed, then "finished". The test kills it with SIGKILL mid-scan.
//
//   store_crashscan OUT.sslrec SETTINGS.json BATCH_PAIRS
#include "scan/scanengine.h"
#include "store/scanstore.h"
#include "store/storejson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

using namespace sslrec;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: store_crashscan OUT.sslrec SETTINGS.json BATCH_PAIRS\n");
        return 2;
    }
    QFile settingsFile(args.at(2));
    if (!settingsFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(2)));
        return 2;
    }
    const ScanSettings settings = settingsFromJson(QJsonDocument::fromJson(settingsFile.readAll()).object());
    auto store = ScanStore::create(args.at(1), true);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    store.value()->setCommitPolicy({args.at(3).toInt(), 250});

    ScanEngine engine(settings);
    // Connected before the store: a pair is listed here before the store
    // writes it, so the first `count` entries are the committed ones.
    QStringList completed;
    QObject::connect(&engine, &ScanEngine::pagePairCompleted, &app, [&completed](const PagePair &p) {
        completed << p.host + QLatin1Char(' ') + p.pathAndQuery;
    });
    store.value()->attach(&engine);
    qsizetype printed = 0;
    QObject::connect(store.value().get(), &ScanStore::pairsCommitted, &app, [&](int count) {
        for (; printed < count && printed < completed.size(); ++printed)
            std::printf("committed %s\n", qPrintable(completed.at(printed)));
        std::fflush(stdout);
    });
    QObject::connect(store.value().get(), &ScanStore::failed, &app, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    QObject::connect(&engine, &ScanEngine::finished, &app, [] {
        std::printf("finished\n");
        std::fflush(stdout);
        QCoreApplication::quit();
    });
    engine.start();
    return app.exec();
}
