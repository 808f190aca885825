// The demo is what a first-time user sees (README's run command): scanning
// it must reach, for every demo origin, the outcome the demo was built to
// show, with no network beyond loopback.
#include "demo/demoorigins.h"
#include "scan/scanengine.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace sslrec;

class tst_DemoScan : public QObject
{
    Q_OBJECT

private slots:
    void everyOriginGetsItsExpectedMode();
};

void tst_DemoScan::everyOriginGetsItsExpectedMode()
{
    DemoOrigins demo;
    const auto started = demo.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

    QTemporaryFile ca;
    QVERIFY(ca.open());
    ca.write(demo.caPem());
    ca.flush();

    ScanSettings s;
    s.domain = demo.domain();
    s.resolve = demo.resolvePins();
    s.dnsEnabled = false;
    s.useSystemRoots = false;
    s.caFiles = {ca.fileName()};
    s.fetch.httpPort = demo.httpPort();
    s.fetch.httpsPort = demo.httpsPort();
    s.fetch.connectTimeoutMs = 3000;

    ScanEngine engine(s);
    QSignalSpy finished(&engine, &ScanEngine::finished);
    engine.start();
    QVERIFY(finished.wait(60000));

    const ScanResult &result = engine.result();
    for (const DemoOrigin &expected : demo.origins()) {
        const auto it = std::find_if(result.origins.cbegin(), result.origins.cend(),
                                     [&](const OriginResult &o) { return o.host == expected.hostname; });
        QVERIFY2(it != result.origins.cend(), qPrintable(expected.hostname + QStringLiteral(" was not discovered")));
        QVERIFY2(it->verdict.recommended == expected.expectedMode,
                 qPrintable(QStringLiteral("%1: expected %2, got %3: %4")
                                .arg(expected.hostname, modeName(expected.expectedMode), modeName(it->verdict.recommended),
                                     it->verdict.reasons.join(QStringLiteral("; ")))));
        if (expected.expectedMode != Mode::None)
            QVERIFY2(it->progress.compared >= 3, qPrintable(expected.hostname + QStringLiteral(": too few pages compared")));
    }
    QCOMPARE(result.origins.size(), demo.origins().size());
}

QTEST_GUILESS_MAIN(tst_DemoScan)
#include "tst_demoscan.moc"
