// One real scan per situation a webmaster meets, each against its own nginx
// origin on loopback with certificates made at test time, asserting the
// recommended mode and a reason a person can check.
#include "scanrunner.h"
#include "testpki.h"

#include <QTemporaryDir>

#include <memory>

using namespace sslrec;
using namespace sslrec::test;

namespace {

struct Case
{
    QString host;                   // the domain scanned (one origin)
    OriginSpec spec;                // how nginx serves it (cert filled in from leaf)
    LeafSpec leaf;                  // the certificate it presents
    bool serveLeafOnly = false;     // omit the intermediate
    QByteArray httpsIndex;          // when set, HTTPS serves this index instead
    std::optional<Mode> currentMode;// --current-mode
    Mode expected;                  // the recommendation
    QString reason;                 // a substring of the reasons
    bool unreachable = false;       // not served at all: pinned to a silent address
    bool dynamicIndex = false;      // the index carries SSI date and request id
    QByteArray robots;              // robots.txt content, when any
    int pages = 0;                  // extra linked pages /p1.html .. /pN.html
    int differentPage = 0;          // that page's HTTPS copy is another article
    bool trustPrivateRoot = false;  // --ca-file with the root that signed it
};

QByteArray page(const QString &title, const QString &text)
{
    return QStringLiteral("<!DOCTYPE html><html><head><title>%1</title></head><body><h1>%1</h1><p>%2</p></body></html>\n")
        .arg(title, text).toUtf8();
}

QList<Case> cases()
{
    auto leafFor = [](const QString &host) {
        LeafSpec l;
        l.name = host;
        l.dnsNames = {host};
        return l;
    };
    QList<Case> c;
    auto add = [&](const QString &name, auto configure) {
        Case x;
        x.host = name + QStringLiteral(".scan.test");
        x.spec.host = x.host;
        x.leaf = leafFor(x.host);
        configure(x);
        c.append(x);
    };
    add(QStringLiteral("valid"), [](Case &x) { x.expected = Mode::Strict; x.reason = QStringLiteral("same over HTTP and HTTPS"); });
    add(QStringLiteral("redirect"), [](Case &x) {
        x.spec.httpConfig = QStringLiteral("return 301 https://$host$request_uri;");
        x.expected = Mode::Strict;
        x.reason = QStringLiteral("certificate validates");
    });
    add(QStringLiteral("selfsigned"), [](Case &x) {
        x.leaf.issuer = Issuer::SelfSigned;
        x.expected = Mode::Full;
        x.reason = QStringLiteral("self-signed");
    });
    add(QStringLiteral("expired"), [](Case &x) {
        x.leaf.notBeforeOffsetDays = -400;
        x.leaf.notAfterOffsetDays = -10;
        x.expected = Mode::Full;
        x.reason = QStringLiteral("expired");
    });
    add(QStringLiteral("wronghost"), [](Case &x) {
        x.leaf.dnsNames = {QStringLiteral("other.example.test")};
        x.expected = Mode::Full;
        x.reason = QStringLiteral("other.example.test");
    });
    add(QStringLiteral("untrusted"), [](Case &x) {
        x.leaf.issuer = Issuer::UntrustedRoot;
        x.expected = Mode::Full;
        x.reason = QStringLiteral("trust");
    });
    add(QStringLiteral("privateroot"), [](Case &x) {
        // An Origin-CA-style private root: invalid for a proxy that does
        // not know it (the "untrusted" case), valid once given with --ca-file.
        x.leaf.issuer = Issuer::UntrustedRoot;
        x.trustPrivateRoot = true;
        x.expected = Mode::Strict;
        x.reason = QStringLiteral("certificate validates");
    });
    add(QStringLiteral("nointermediate"), [](Case &x) {
        x.serveLeafOnly = true;
        x.expected = Mode::Full;
        x.reason = QStringLiteral("intermediate");
    });
    add(QStringLiteral("dynamic"), [](Case &x) {
        // nginx SSI injects the time and a request id into every response.
        x.spec.httpConfig = QStringLiteral("ssi on;");
        x.spec.httpsConfig = QStringLiteral("ssi on;");
        x.dynamicIndex = true;
        x.expected = Mode::Strict;
        x.reason = QStringLiteral("same over HTTP and HTTPS");
    });
    add(QStringLiteral("robots"), [](Case &x) {
        x.robots = "User-agent: *\nDisallow: /\n";
        x.expected = Mode::None;
        x.reason = QStringLiteral("robots.txt disallows");
    });
    add(QStringLiteral("robotsnamed"), [](Case &x) {
        x.robots = "User-agent: sslrec\nDisallow: /\n\nUser-agent: *\nAllow: /\n";
        x.expected = Mode::None;
        x.reason = QStringLiteral("Disallow: /");
    });
    add(QStringLiteral("robotsother"), [](Case &x) {
        x.robots = "User-agent: otherbot\nDisallow: /\n";
        x.expected = Mode::Strict;
        x.reason = QStringLiteral("same over HTTP and HTTPS");
    });
    add(QStringLiteral("oneintwenty"), [](Case &x) {
        x.pages = 20;
        x.differentPage = 13;
        x.expected = Mode::Flexible;
        x.reason = QStringLiteral("1 of 20 compared pages differ");
    });
    add(QStringLiteral("defaultvhost"), [](Case &x) {
        x.httpsIndex = page(QStringLiteral("Welcome to nginx!"), QStringLiteral("If you see this page, the nginx web server is successfully installed."));
        x.expected = Mode::Flexible;
        x.reason = QStringLiteral("differ");
    });
    add(QStringLiteral("https403"), [](Case &x) {
        x.spec.httpsConfig = QStringLiteral("return 403;");
        x.expected = Mode::Flexible;
        x.reason = QStringLiteral("403");
    });
    add(QStringLiteral("https502"), [](Case &x) {
        x.spec.httpsConfig = QStringLiteral("return 502;");
        x.expected = Mode::Flexible;
        x.reason = QStringLiteral("502");
    });
    add(QStringLiteral("httpsclosed"), [](Case &x) {
        x.spec.https = false;
        x.expected = Mode::Flexible;
        x.reason = QStringLiteral("HTTPS");
    });
    add(QStringLiteral("handshake"), [](Case &x) {
        // Only a NULL cipher over TLS 1.2: no client that means it accepts that.
        x.spec.httpsConfig = QStringLiteral("ssl_protocols TLSv1.2; ssl_ciphers \"eNULL:@SECLEVEL=0\";");
        x.expected = Mode::Flexible;
        x.reason = QStringLiteral("handshake");
    });
    add(QStringLiteral("httpclosed"), [](Case &x) {
        x.spec.http = false;
        x.expected = Mode::Strict;
        x.reason = QStringLiteral("redirect HTTP to HTTPS at the edge");
    });
    add(QStringLiteral("nothing"), [](Case &x) {
        x.unreachable = true;
        x.expected = Mode::None;
        x.reason = QStringLiteral("nothing answers");
    });
    add(QStringLiteral("blocked"), [](Case &x) {
        x.spec.httpConfig = QStringLiteral("return 403;");
        x.spec.httpsConfig = QStringLiteral("return 403;");
        x.expected = Mode::None;
        x.reason = QStringLiteral("403");
    });
    add(QStringLiteral("currentfull"), [](Case &x) {
        x.httpsIndex = page(QStringLiteral("Another site"), QStringLiteral("HTTPS serves something else entirely here."));
        x.currentMode = Mode::Full;
        x.expected = Mode::FullStrict;
        x.reason = QStringLiteral("only the certificate decides");
    });
    return c;
}

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace

class tst_ScanScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scenario_data();
    void scenario();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestPki> m_pki;
    std::unique_ptr<NginxHarness> m_nginx;
    QHash<QString, Case> m_cases;
    QHostAddress m_silentAddress;
};

void tst_ScanScenarios::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pki = std::make_unique<TestPki>(m_dir.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki->isValid(), qPrintable(m_pki->errorString()));
    m_nginx = std::make_unique<NginxHarness>(m_dir.filePath(QStringLiteral("nginx")));

    for (Case c : cases()) {
        m_cases.insert(c.host, c);
        if (c.unreachable)
            continue;
        const auto leaf = m_pki->issue(c.leaf);
        QVERIFY2(leaf.ok(), why(leaf));
        c.spec.certificateFile = c.serveLeafOnly ? leaf->leafOnlyFile : leaf->chainFile;
        c.spec.keyFile = leaf->keyFile;
        c.spec.separateDocroots = !c.httpsIndex.isEmpty() || c.differentPage > 0;
        QVERIFY2(m_nginx->addOrigin(c.spec).ok(), qPrintable(c.host));
        QByteArray index = page(c.host, QStringLiteral("The home page of %1, with the same text on both schemes.").arg(c.host));
        if (c.dynamicIndex)
            index.replace("</body>", "<p>Generated <!--# echo var=\"date_local\" --> for request <!--# echo var=\"request_id\" -->.</p></body>");
        if (c.pages > 0) {
            // The index links 19 articles; one of them is another article over HTTPS.
            QString nav;
            for (int i = 1; i < c.pages; ++i)
                nav += QStringLiteral("<li><a href=\"/p%1.html\">Article %1</a></li>").arg(i);
            index = page(c.host, QStringLiteral("Articles: <ul>%1</ul>").arg(nav));
            for (int i = 1; i < c.pages; ++i) {
                const QByteArray article = page(QStringLiteral("Article %1").arg(i),
                                                QStringLiteral("Article number %1 explains topic %1 in several sentences of its own. "
                                                               "It is long enough to have a main text, and its words are its own: "
                                                               "lemma %1, theorem %1, corollary %1, proof %1.").arg(i));
                const QString name = QStringLiteral("p%1.html").arg(i);
                if (i == c.differentPage) {
                    const QByteArray other = page(QStringLiteral("Unrelated"), QStringLiteral(
                        "This server answers with a completely different article about gardening, tomatoes and weather."));
                    QVERIFY(m_nginx->writeFile(c.host, sslrec::test::Scheme::Http, name, article).ok());
                    QVERIFY(m_nginx->writeFile(c.host, sslrec::test::Scheme::Https, name, other).ok());
                } else {
                    QVERIFY(m_nginx->writeFile(c.host, name, article).ok());
                }
            }
        }
        if (!c.robots.isEmpty())
            QVERIFY(m_nginx->writeFile(c.host, QStringLiteral("robots.txt"), c.robots).ok());
        if (c.httpsIndex.isEmpty()) { // both docroots when they are separate
            QVERIFY(m_nginx->writeFile(c.host, QStringLiteral("index.html"), index).ok());
        } else {
            QVERIFY(m_nginx->writeFile(c.host, sslrec::test::Scheme::Http, QStringLiteral("index.html"), index).ok());
            QVERIFY(m_nginx->writeFile(c.host, sslrec::test::Scheme::Https, QStringLiteral("index.html"), c.httpsIndex).ok());
        }
    }
    const auto started = m_nginx->start();
    QVERIFY2(started.ok(), why(started));
    // An address on loopback where nothing listens: the first harness
    // origin's address with the last octet changed is not used by the harness.
    QHostAddress any = m_nginx->address(QStringLiteral("valid.scan.test"));
    m_silentAddress = QHostAddress((any.toIPv4Address() & 0xffffff00u) | 0xfeu);
}

void tst_ScanScenarios::cleanupTestCase()
{
    if (m_nginx)
        m_nginx->stop();
}

void tst_ScanScenarios::scenario_data()
{
    QTest::addColumn<QString>("host");
    for (const Case &c : cases())
        QTest::newRow(qPrintable(c.host)) << c.host;
}

void tst_ScanScenarios::scenario()
{
    QFETCH(QString, host);
    const Case c = m_cases.value(host);
    ScanSettings s = c.unreachable ? harnessSettings(*m_nginx, host, {}, m_pki->rootCaFile())
                                   : harnessSettings(*m_nginx, host, {host}, m_pki->rootCaFile());
    if (c.unreachable)
        s.resolve.insert(host, m_silentAddress);
    s.currentMode = c.currentMode;
    if (c.trustPrivateRoot)
        s.caFiles << m_pki->untrustedRootCaFile();

    const ScanResult result = runScan(s);
    QVERIFY2(result.startedAt.isValid() && result.finishedAt.isValid(), "the scan did not finish");
    const OriginResult *origin = findOrigin(result, host);
    QVERIFY(origin);
    const QString reasons = origin->verdict.reasons.join(QLatin1Char('\n'));
    QVERIFY2(origin->verdict.recommended == c.expected,
             qPrintable(QStringLiteral("expected %1, got %2: %3").arg(modeName(c.expected), modeName(origin->verdict.recommended), reasons)));
    if (c.dynamicIndex) {
        // The noise must really be there, or this case proves nothing.
        QVERIFY(!origin->pages.isEmpty());
        QVERIFY2(origin->pages.first().reasonCode != QLatin1String("identical"), qPrintable(origin->pages.first().reason));
        qInfo() << "dynamic page judged:" << origin->pages.first().reasonCode << origin->pages.first().reason;
    }
    QVERIFY2(reasons.contains(c.reason, Qt::CaseInsensitive),
             qPrintable(QStringLiteral("'%1' not in the reasons:\n%2").arg(c.reason, reasons)));
}

QTEST_GUILESS_MAIN(tst_ScanScenarios)
#include "tst_scanscenarios.moc"
