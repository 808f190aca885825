// A scan is evidence: killed with SIGKILL mid-way, its file still opens with
// every page pair it had committed; `--resume` then finishes the scan
// without refetching what is stored, and ends where an uninterrupted scan
// of the same site ends.
#include "nginxharness.h"
#include "store/scanfile.h"
#include "testpki.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace sslrec;
using namespace sslrec::test;

namespace {

const QString kHost = QStringLiteral("resume.scan.test");
constexpr int kPages = 60;

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

int storedPairs(const QString &path)
{
    const auto scan = ScanFile::load(path);
    if (!scan)
        return -1;
    int n = 0;
    for (const OriginResult &o : scan->origins)
        n += int(o.pages.size());
    return n;
}

QMap<QString, QString> verdicts(const ScanResult &scan)
{
    QMap<QString, QString> out;
    for (const OriginResult &o : scan.origins) {
        for (const PagePair &p : o.pages)
            out.insert(o.host + p.pathAndQuery, pageVerdictName(p.verdict));
    }
    return out;
}

} // namespace

class tst_Resume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedScanKeepsCommittedPairsAndResumes();

private:
    QStringList scanArguments(const QString &out) const;
    int run(const QStringList &args);

    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxHarness> m_nginx;
};

QStringList tst_Resume::scanArguments(const QString &out) const
{
    return {QStringLiteral("scan"), kHost, QStringLiteral("--resolve"), m_nginx->resolveArgument(kHost),
            QStringLiteral("--no-dns"), QStringLiteral("--no-system-roots"), QStringLiteral("--ca-file"), m_pki->rootCaFile(),
            QStringLiteral("--http-port"), QString::number(m_nginx->httpPort()),
            QStringLiteral("--https-port"), QString::number(m_nginx->httpsPort()),
            QStringLiteral("--max-pages"), QString::number(kPages + 5), QStringLiteral("--concurrency"), QStringLiteral("1"),
            QStringLiteral("-q"), QStringLiteral("--out"), out};
}

int tst_Resume::run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(SSLREC_CLI), args);
    if (!p.waitForFinished(120000))
        return -1;
    return p.exitCode();
}

void tst_Resume::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    const auto leaf = m_pki->issue({.name = kHost, .dnsNames = {kHost}});
    QVERIFY2(leaf.ok(), why(leaf));
    m_nginx = std::make_unique<NginxHarness>(m_dir.filePath(QStringLiteral("nginx")));
    QVERIFY(m_nginx->addOrigin({.host = kHost, .certificateFile = leaf->chainFile, .keyFile = leaf->keyFile}).ok());
    QString nav;
    for (int i = 1; i < kPages; ++i) {
        nav += QStringLiteral("<li><a href=\"/p%1.html\">page %1</a></li>").arg(i);
        const QByteArray article = QStringLiteral("<html><head><title>Page %1</title></head><body><p>Article %1 has its own text, "
                                                  "words %1 and more words %1.</p></body></html>").arg(i).toUtf8();
        QVERIFY(m_nginx->writeFile(kHost, QStringLiteral("p%1.html").arg(i), article).ok());
    }
    QVERIFY(m_nginx->writeFile(kHost, QStringLiteral("index.html"),
                               QStringLiteral("<html><head><title>Home</title></head><body><ul>%1</ul></body></html>").arg(nav).toUtf8()).ok());
    const auto started = m_nginx->start();
    QVERIFY2(started.ok(), why(started));
}

void tst_Resume::cleanupTestCase()
{
    if (m_nginx)
        m_nginx->stop();
}

void tst_Resume::killedScanKeepsCommittedPairsAndResumes()
{
    // The reference: the same scan, uninterrupted.
    const QString full = m_dir.filePath(QStringLiteral("full.sslrec"));
    QCOMPARE(run(scanArguments(full)), 0);
    const auto reference = ScanFile::load(full);
    QVERIFY2(reference.ok(), why(reference));
    QCOMPARE(verdicts(*reference).size(), kPages);

    // The interrupted scan: a delay keeps it running long enough to be
    // killed after some pairs were committed and before the end.
    const QString path = m_dir.filePath(QStringLiteral("killed.sslrec"));
    QProcess scan;
    scan.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    scan.start(QStringLiteral(SSLREC_CLI), scanArguments(path) + QStringList{QStringLiteral("--delay"), QStringLiteral("40")});
    QVERIFY(scan.waitForStarted());
    int committed = 0;
    QTRY_VERIFY_WITH_TIMEOUT((committed = storedPairs(path)) >= 10, 60000);
    QVERIFY2(scan.state() == QProcess::Running, "the scan ended before it could be killed");
    ::kill(pid_t(scan.processId()), SIGKILL);
    QVERIFY(scan.waitForFinished(10000));
    QCOMPARE(scan.exitStatus(), QProcess::CrashExit);

    // Everything that was committed before the kill is there, bodies too.
    const auto killed = ScanFile::load(path);
    QVERIFY2(killed.ok(), why(killed));
    const QMap<QString, QString> before = verdicts(*killed);
    QVERIFY2(before.size() >= committed, qPrintable(QStringLiteral("%1 < %2").arg(before.size()).arg(committed)));
    QVERIFY2(before.size() < kPages, "the kill landed after the end; nothing to resume");
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString pathAndQuery = it.key().mid(kHost.size());
        const auto bodies = ScanFile::loadBodies(path, kHost, pathAndQuery);
        QVERIFY2(bodies.ok(), why(bodies));
        QVERIFY2(!bodies->http.isEmpty() && bodies->http == bodies->https, qPrintable(pathAndQuery));
    }

    // Resume: stored pages are not fetched again.
    m_nginx->clearAccessLog();
    QCOMPARE(run({QStringLiteral("scan"), QStringLiteral("--resume"), path, QStringLiteral("-q")}), 0);
    QSet<QString> refetched;
    for (const AccessLogEntry &e : m_nginx->accessLog()) {
        if (e.requestUri != QLatin1String("/robots.txt") && e.requestUri != QLatin1String("/sitemap.xml"))
            refetched.insert(kHost + e.requestUri);
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() != kHost + QStringLiteral("/")) // the start page is fetched again to find links
            QVERIFY2(!refetched.contains(it.key()), qPrintable(it.key() + QStringLiteral(" was fetched again")));
    }

    // And the result equals the uninterrupted scan's.
    const auto resumed = ScanFile::load(path);
    QVERIFY2(resumed.ok(), why(resumed));
    QCOMPARE(verdicts(*resumed), verdicts(*reference));
    QCOMPARE(resumed->origins.size(), reference->origins.size());
    QCOMPARE(modeName(resumed->origins.first().verdict.recommended), modeName(reference->origins.first().verdict.recommended));
}

QTEST_GUILESS_MAIN(tst_Resume)
#include "tst_resume.moc"
