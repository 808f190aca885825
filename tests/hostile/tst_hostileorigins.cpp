// One scan per misbehaving origin on loopback, next to a well-behaved one.
// Each row asserts that the scan ends within its bounds, that the good origin
// still gets its normal verdict, and that what the scan recorded about the
// hostile origin names the misbehaviour. Peak memory is reported and bounded.
#include "hostilecases.h"

#include "demo/minihttpserver.h"
#include "scan/scanengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace sslrec;
using namespace sslrec::test;

namespace {

// Scan bounds: small, so that every row is quick and any unbounded wait shows.
constexpr int kConnectMs = 1000;
constexpr int kIdleMs = 1000;
constexpr int kTotalMs = 2000;
constexpr qint64 kBodyCap = 1024 * 1024;
constexpr int kMaxPages = 10;
constexpr int kMaxRequests = 2 + 8 + 2 * kMaxPages;
constexpr int kScanBudgetMs = 20000; // a generous multiple of the per-request bounds
constexpr qint64 kPeakRssLimitKiB = 300 * 1024;

const QHostAddress kGoodAddress(QStringLiteral("127.66.0.2"));

QHostAddress hostileAddress(int row)
{
    return QHostAddress(QStringLiteral("127.66.%1.1").arg(row + 1));
}

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Everything the scan recorded about one origin, as one searchable text.
QString trace(const OriginResult &o)
{
    QStringList t;
    t << o.verdict.reasons << o.notes << o.robotsNotes;
    for (const SchemeEvidence *e : {&o.evidence.http, &o.evidence.https})
        t << e->failureCode << e->failureMessage;
    t << o.evidence.tlsFailure;
    for (const PagePair &p : o.pages) {
        t << p.pathAndQuery << p.reason;
        for (const FetchResult *r : {&p.http, &p.https}) {
            t << fetchErrorCode(r->error) << r->errorMessage << QString::number(r->status);
            if (r->truncated)
                t << QStringLiteral("truncated");
            t << QStringLiteral("%1 header fields").arg(r->headers.size());
        }
    }
    return t.join(u'\n');
}

} // namespace

class tst_HostileOrigins : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void origin_data();
    void origin();
    void cleanupTestCase();

private:
    std::unique_ptr<MiniHttpServer> m_good;
    QList<HostileCase> m_cases;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    qint64 m_worstRssKiB = 0;
    QString m_worstCase;
};

void tst_HostileOrigins::initTestCase()
{
    m_cases = hostileCases();
    // Built here, not in the responder: the origins share the scan's event
    // loop, and seconds of compression there would stall every origin.
    QVERIFY(gzipBomb().size() > 100 * 1024);
    m_good = std::make_unique<MiniHttpServer>([](const HttpRequest &r) {
        if (r.path == "/")
            return HttpResponse::withBody(200, "text/html", "<!DOCTYPE html><html><head><title>Good</title></head><body>"
                                                            "<a href=\"/about\">about</a></body></html>");
        if (r.path == "/about")
            return HttpResponse::withBody(200, "text/html", "<!DOCTYPE html><html><head><title>About</title></head><body>"
                                                            "<p>A well-behaved origin.</p></body></html>");
        return HttpResponse::withBody(404, "text/plain", "not found");
    });
    const Status listening = m_good->listen(kGoodAddress, 0);
    QVERIFY2(listening.ok(), listening.ok() ? "" : qPrintable(listening.error().message));
    m_httpPort = m_good->port();
    // A port for HTTPS that is free on these addresses: nothing listens
    // there except the rows that put plain TCP on it.
    QTcpServer probe;
    QVERIFY(probe.listen(kGoodAddress, 0));
    m_httpsPort = probe.serverPort();
}

void tst_HostileOrigins::origin_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < m_cases.size(); ++i)
        QTest::newRow(qPrintable(m_cases[i].name)) << i;
}

void tst_HostileOrigins::origin()
{
    QFETCH(int, row);
    const HostileCase &c = m_cases[row];
    const QString host = c.name + QStringLiteral(".hostile.test");
    const QString good = QStringLiteral("www.") + host;

    HostileOrigin http(c.http);
    QVERIFY(http.listen(hostileAddress(row), m_httpPort));
    std::unique_ptr<HostileOrigin> https;
    if (c.https) {
        https = std::make_unique<HostileOrigin>(c.https);
        https->setGreeting(c.httpsGreeting);
        QVERIFY(https->listen(hostileAddress(row), m_httpsPort));
    }

    ScanSettings s;
    s.domain = host;
    s.resolve.insert(host, hostileAddress(row));
    s.resolve.insert(good, kGoodAddress);
    s.dnsEnabled = false;
    s.useSystemRoots = false;
    s.maxPages = kMaxPages;
    s.fetch.userAgent = defaultUserAgent();
    s.fetch.httpPort = m_httpPort;
    s.fetch.httpsPort = m_httpsPort;
    s.fetch.connectTimeoutMs = kConnectMs;
    s.fetch.idleTimeoutMs = kIdleMs;
    s.fetch.totalTimeoutMs = kTotalMs;
    s.fetch.maxBodyBytes = kBodyCap;

    QElapsedTimer clock;
    clock.start();
    ScanEngine engine(s);
    QSignalSpy finished(&engine, &ScanEngine::finished);
    engine.start();
    QVERIFY2(finished.wait(kScanBudgetMs), "the scan did not end within its budget");
    const qint64 elapsed = clock.elapsed();
    const ScanResult result = engine.result();

    const OriginResult *hostile = nullptr;
    const OriginResult *wellBehaved = nullptr;
    for (const OriginResult &o : result.origins) {
        if (o.host == host)
            hostile = &o;
        else if (o.host == good)
            wellBehaved = &o;
    }
    QVERIFY(hostile && wellBehaved);

    // (b) the good origin: HTTP works, nothing listens for HTTPS.
    QCOMPARE(wellBehaved->verdict.recommended, Mode::Flexible);
    QCOMPARE(wellBehaved->progress.same + wellBehaved->progress.different, wellBehaved->progress.compared);
    QVERIFY(wellBehaved->progress.httpFetched >= 2);

    // The sample stays bounded whatever the origin links or redirects to.
    QVERIFY2(hostile->pages.size() <= kMaxPages, qPrintable(QString::number(hostile->pages.size())));
    QVERIFY(hostile->progress.finished);
    // ... and so does the traffic: robots.txt, at most 8 sitemaps, the
    // sampled pages and a re-fetch each, whatever loops the origin builds.
    QVERIFY2(http.accepted() <= kMaxRequests, qPrintable(QString::number(http.accepted())));

    // (c) the record names the misbehaviour.
    const QString text = trace(*hostile);
    for (const QString &needle : c.evidence) {
        if (!c.knownGap.isEmpty() && needle == c.evidence.first())
            QEXPECT_FAIL("", qPrintable(c.knownGap), Continue);
        QVERIFY2(text.contains(needle, Qt::CaseInsensitive), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(needle, text.left(3000))));
    }
    for (const PagePair &p : hostile->pages) {
        QVERIFY(p.http.body.size() <= kBodyCap);
        QVERIFY(p.https.body.size() <= kBodyCap);
    }

    const qint64 rss = peakRssKiB();
    qInfo("%s: %lld ms, %lld pages, %d requests, verdict %s, peak RSS so far %lld KiB", qPrintable(c.name), elapsed,
          qint64(hostile->pages.size()), http.accepted(), qPrintable(modeName(hostile->verdict.recommended)), rss);
    if (rss > m_worstRssKiB) {
        m_worstRssKiB = rss;
        m_worstCase = c.name;
    }
}

void tst_HostileOrigins::cleanupTestCase()
{
    // Reported, not asserted: memory targets are benchmark numbers (this
    // process is the hostile servers and the scanner at once), and the
    // project keeps them out of pass/fail tests. The target is
    // kPeakRssLimitKiB; the closing note of #9 gives the measured worst case.
    qInfo("peak RSS of the whole suite: %lld KiB (first reached in row %s); target < %lld KiB%s", m_worstRssKiB,
          qPrintable(m_worstCase), kPeakRssLimitKiB, m_worstRssKiB < kPeakRssLimitKiB ? "" : " — OVER TARGET");
}

QTEST_GUILESS_MAIN(tst_HostileOrigins)
#include "tst_hostileorigins.moc"
