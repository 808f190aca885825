// "Reported complete" means committed: a scan killed with SIGKILL mid-run
// leaves a file that opens, holds every page pair reported committed (with
// both bodies, byte for byte), and can be resumed from what is left.
#include "store/scanfile.h"
#include "store/storejson.h"
#include "storesite.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigkillKeepsCommittedPairs();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<StoreSite> m_site;
};

void tst_CrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = std::make_unique<StoreSite>(m_dir.filePath(QStringLiteral("site")), QStringLiteral("crash.test"), 60);
    const QString problem = m_site->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_CrashSafety::sigkillKeepsCommittedPairs()
{
    ScanSettings settings = m_site->settings();
    settings.includeSubdomains = false;
    settings.resolve.remove(QStringLiteral("www.crash.test")); // one origin, so the scan is long and linear
    settings.maxPages = 60;
    settings.concurrency = 1;
    settings.delayMs = 40;
    const QString settingsPath = m_dir.filePath(QStringLiteral("settings.json"));
    {
        QFile f(settingsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(settingsToJson(settings)).toJson());
    }
    const QString path = m_dir.filePath(QStringLiteral("killed.sslrec"));

    QProcess helper;
    helper.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList committed;
    bool finished = false;
    QByteArray pending;
    const auto readLines = [&] {
        pending += helper.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl));
            pending.remove(0, nl + 1);
            if (line.startsWith(QLatin1String("committed ")))
                committed << line.mid(10);
            else if (line == QLatin1String("finished"))
                finished = true;
        }
    };
    connect(&helper, &QProcess::readyReadStandardOutput, this, readLines);
    helper.start(QStringLiteral(SSLREC_CRASHSCAN), {path, settingsPath, QStringLiteral("5")});
    QVERIFY2(helper.waitForStarted(10'000), qPrintable(helper.errorString()));

    // Two batches reported committed, then the kill.
    QTRY_VERIFY_WITH_TIMEOUT(committed.size() >= 10 || finished || helper.state() == QProcess::NotRunning, 60'000);
    QVERIFY2(helper.state() == QProcess::Running && !finished,
             qPrintable(QStringLiteral("the helper ended before the kill: %1").arg(QString::fromUtf8(helper.readAllStandardError()))));
    helper.kill(); // SIGKILL: no destructor, no final commit
    QVERIFY(helper.waitForFinished(10'000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
    readLines();
    QVERIFY(!finished);
    QVERIFY(committed.size() >= 10);

    const auto loaded = ScanFile::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(!loaded->finishedAt.isValid());
    QCOMPARE(loaded->origins.size(), 1);
    const OriginResult &origin = loaded->origins.first();
    QVERIFY(!origin.progress.finished);
    QVERIFY2(origin.pages.size() < 60, "the kill landed after the scan's end");
    QSet<QString> stored;
    for (const PagePair &p : origin.pages)
        stored.insert(p.host + QLatin1Char(' ') + p.pathAndQuery);
    auto file = ScanFile::open(path);
    QVERIFY(file.ok());
    for (const QString &entry : std::as_const(committed)) {
        QVERIFY2(stored.contains(entry), qPrintable(QStringLiteral("reported committed but missing: %1").arg(entry)));
        const QString host = entry.section(QLatin1Char(' '), 0, 0);
        const QString page = entry.section(QLatin1Char(' '), 1);
        const auto bodies = file.value()->bodies(host, page);
        QVERIFY2(bodies.ok(), bodies.ok() ? "" : qPrintable(bodies.error().message));
        QCOMPARE(bodies->http, m_site->body(host, page));
        QCOMPARE(bodies->https, m_site->body(host, page));
    }

    // What --resume would continue with: the rest of the sample, nothing twice.
    const auto resume = ScanFile::loadForResume(path);
    QVERIFY(resume.ok());
    QVERIFY(!resume->complete);
    QCOMPARE(resume->settings.maxPages, 60);
    QCOMPARE(resume->settings.delayMs, 40);
    const QStringList left = resume->discovered.value(QStringLiteral("crash.test"));
    QVERIFY(!left.isEmpty());
    for (const QString &page : left)
        QVERIFY2(!stored.contains(QStringLiteral("crash.test ") + page), qPrintable(page));
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
