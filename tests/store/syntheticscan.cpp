#include "syntheticscan.h"

#include "store/scanstore.h"

#include <QRandomGenerator>

namespace sslrec::test {

namespace {

QDateTime at(qint64 msOffset)
{
    return QDateTime::fromMSecsSinceEpoch(1'750'000'000'123 + msOffset, Qt::UTC);
}

CertificateDetails certificate(const QString &cn, int index)
{
    CertificateDetails c;
    c.subject = QStringLiteral("CN=%1,O=Example").arg(cn);
    c.issuer = QStringLiteral("CN=Example CA %1").arg(index + 1);
    c.commonName = cn;
    c.serial = QStringLiteral("0A1B2C%1").arg(index);
    c.notBefore = QDateTime::fromSecsSinceEpoch(1'700'000'000 + index, Qt::UTC);
    c.notAfter = QDateTime::fromSecsSinceEpoch(1'800'000'000 + index, Qt::UTC);
    c.daysLeft = 42 - index;
    c.dnsNames = {cn, QStringLiteral("*.") + cn};
    c.ipAddresses = {QStringLiteral("127.0.0.%1").arg(index + 1)};
    c.hasSubjectAltName = true;
    c.keyType = index == 0 ? QStringLiteral("EC") : QStringLiteral("RSA");
    c.keyBits = index == 0 ? 256 : 2048;
    c.curve = index == 0 ? QStringLiteral("P-256") : QString();
    c.signatureAlgorithm = QStringLiteral("ecdsa-with-SHA256");
    c.signatureDigest = QStringLiteral("SHA256");
    c.sha256Fingerprint = QStringLiteral("AA:BB:%1:%2").arg(cn).arg(index);
    c.sha1Fingerprint = QStringLiteral("11:22:%1").arg(index);
    c.isCa = index > 0;
    c.selfSigned = false;
    c.pem = "-----BEGIN CERTIFICATE-----\nMIIB" + cn.toLatin1() + QByteArray::number(index) + "\n-----END CERTIFICATE-----\n";
    return c;
}

TlsReport tlsReport(const QString &host, bool valid)
{
    TlsReport r;
    r.hostname = host;
    r.address = QStringLiteral("127.0.0.9");
    r.port = 8443;
    r.connected = true;
    r.handshakeOk = true;
    r.protocol = QStringLiteral("TLSv1.3");
    r.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    r.alpn = QStringLiteral("http/1.1");
    r.keyExchangeGroup = QStringLiteral("X25519");
    r.ocspStapled = true;
    r.chain = {certificate(host, 0), certificate(host, 1)};
    r.verifiedPath = {certificate(host, 0), certificate(host, 1), certificate(host, 2)};
    r.certificateValid = valid;
    r.verifyErrorCode = valid ? 0 : 10;
    r.verifyError = valid ? QString() : QStringLiteral("certificate has expired");
    r.findings = {{QStringLiteral("cert.expires_soon"), Severity::Warning, QStringLiteral("expires in 42 days"), 0},
                  {QStringLiteral("chain.root_served"), Severity::Info, QStringLiteral("the root is served"), -1}};
    if (!valid)
        r.findings.append({QStringLiteral("cert.expired"), Severity::Error, QStringLiteral("expired"), 0});
    r.trustSummary = QStringLiteral("system roots + --ca-file");
    r.elapsedMs = 37;
    r.proxy = {{Mode::Full, true, 0, {}, QStringLiteral("works")},
               {Mode::FullStrict, valid, valid ? 0 : 526, valid ? QString() : QStringLiteral("Invalid SSL certificate"), QStringLiteral("why")},
               {Mode::Strict, valid, valid ? 0 : 526, {}, QStringLiteral("why not")}};
    return r;
}

QByteArray bodyFor(int kind, int index, int bodyBytes)
{
    switch (kind % 5) {
    case 0: { // compressible HTML
        QByteArray b = "<html><head><title>Page " + QByteArray::number(index) + "</title></head><body>";
        while (b.size() < bodyBytes)
            b += "<p>paragraph " + QByteArray::number(b.size()) + " of a page with repeated text</p>\n";
        return b + "</body></html>";
    }
    case 1: return {}; // empty
    case 2: { // incompressible
        QByteArray b(bodyBytes, Qt::Uninitialized);
        QRandomGenerator rng{quint32(index)};
        for (char &c : b)
            c = char(rng.bounded(256));
        return b;
    }
    case 3: return QByteArray("caf\xe9 latin-1 \x00 with NUL\r\n", 24) + QByteArray::number(index); // not UTF-8
    default: return QByteArray(bodyBytes, 'x'); // highly compressible
    }
}

FetchResult response(const QString &host, Scheme scheme, const QString &path, int index)
{
    FetchResult r;
    r.host = host;
    r.scheme = scheme;
    r.pathAndQuery = path;
    r.url = QUrl(QStringLiteral("%1://%2%3").arg(schemeName(scheme), host, path));
    r.status = index % 7 == 3 ? 301 : 200;
    r.reasonPhrase = r.status == 301 ? "Moved Permanently" : "OK";
    r.headers = {{"Content-Type", "text/html; charset=utf-8"},
                 {"Set-Cookie", "a=1\nb=2"},          // Qt joins repeated Set-Cookie with a newline
                 {"X-Raw", QByteArray("\xff\xfe raw", 6)}}; // not UTF-8
    r.contentType = QStringLiteral("text/html");
    if (r.status == 301)
        r.redirectTarget = QStringLiteral("https://%1%2").arg(host, path);
    r.bodyBytes = 1000 + index;
    r.truncated = index % 4 == 1;
    r.http2 = scheme == Scheme::Https && index % 2 == 0;
    r.peerAddress = QHostAddress(QStringLiteral("127.0.0.9"));
    r.startedAt = at(index * 10 + (scheme == Scheme::Https ? 1 : 0));
    r.elapsedMs = 5 + index;
    if (index % 6 == 5 && scheme == Scheme::Https) {
        r.error = FetchError::TlsHandshake;
        r.errorMessage = QStringLiteral("handshake failed");
        r.status = 0;
        r.reasonPhrase.clear();
        r.headers.clear();
        r.contentType.clear();
        r.peerAddress = QHostAddress();
        r.startedAt = QDateTime();
    }
    return r;
}

} // namespace

SyntheticScan makeSyntheticScan(int pagesPerOrigin, int bodyBytes)
{
    SyntheticScan s;
    ScanSettings &set = s.result.settings;
    set.domain = QStringLiteral("example.test");
    set.startPath = QStringLiteral("/shop");
    set.resolve.insert(QStringLiteral("example.test"), QHostAddress(QStringLiteral("127.0.0.9")));
    set.resolve.insert(QStringLiteral("www.example.test"), QHostAddress(QStringLiteral("::1")));
    set.dnsEnabled = false;
    set.includeSubdomains = false;
    set.maxOrigins = 7;
    set.maxPages = 55;
    set.concurrency = 3;
    set.delayMs = 12;
    set.currentMode = Mode::Full;
    set.robotsPolicy = RobotsPolicy::NamedOnly;
    set.caFiles = {QStringLiteral("/tmp/a.pem"), QStringLiteral("/tmp/b.pem")};
    set.useOriginCa = false;
    set.useSystemRoots = false;
    set.expiryWarningDays = 14;
    set.seedUrlsFile = QStringLiteral("/tmp/seeds.txt");
    set.accessLogFile = QStringLiteral("/tmp/access.log");
    set.refetchNearThreshold = false;
    set.maxScanSeconds = 600;
    set.fetch.userAgent = QStringLiteral("sslrec-test/9");
    set.fetch.connectTimeoutMs = 1111;
    set.fetch.idleTimeoutMs = 2222;
    set.fetch.totalTimeoutMs = 3333;
    set.fetch.maxBodyBytes = 4444;
    set.fetch.maxHeaderBytes = 5555;
    set.fetch.maxHeaderCount = 66;
    set.fetch.httpPort = 8080;
    set.fetch.httpsPort = 8443;
    set.fetch.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.test"), 3128, QStringLiteral("alice"));
    s.result.toolVersion = QStringLiteral("0.1.0");
    s.result.startedAt = at(0);
    s.result.finishedAt = at(99'000);
    s.result.cancelled = true;
    s.result.notes = {QStringLiteral("a note"), QStringLiteral("another — note")};

    const QStringList hosts = {QStringLiteral("example.test"), QStringLiteral("www.example.test")};
    int index = 0;
    for (const QString &host : hosts) {
        OriginResult o;
        o.host = host;
        o.addresses = {QHostAddress(QStringLiteral("127.0.0.9")), QHostAddress(QStringLiteral("::1"))};
        o.pinned = true;
        o.robotsNotes = {QStringLiteral("robots.txt on http: allowed")};
        o.tls = tlsReport(host, host == hosts.first());
        for (int i = 0; i < pagesPerOrigin; ++i, ++index) {
            PagePair p;
            p.host = host;
            p.pathAndQuery = i == 0 ? QStringLiteral("/") : QStringLiteral("/page/%1?q=%2&x=%C3%A9").arg(i).arg(index);
            p.source = PageSource(index % 6);
            p.http = response(host, Scheme::Http, p.pathAndQuery, index);
            p.https = response(host, Scheme::Https, p.pathAndQuery, index);
            p.httpRefetched = index % 3 == 0;
            p.noiseScore = index % 3 == 0 ? 0.987654321 : -1;
            p.verdict = PageVerdict(index % 5);
            p.score = 1.0 / (index + 3);
            p.reason = QStringLiteral("reason %1 — ü").arg(index);
            p.reasonCode = QStringLiteral("code.%1").arg(index % 4);
            p.title = i % 2 ? QStringLiteral("Titel %1").arg(index) : QString();
            s.bodies.insert(host + p.pathAndQuery, {bodyFor(index, index, bodyBytes), bodyFor(index + 2, index + 100, bodyBytes)});
            o.pages.append(p);
        }
        o.evidence.host = host;
        o.evidence.currentMode = Mode::Full;
        o.evidence.optedOut = false;
        o.evidence.blocked = host != hosts.first();
        o.evidence.blockedReason = o.evidence.blocked ? QStringLiteral("403 everywhere") : QString();
        o.evidence.http = {true, {}, {}};
        o.evidence.https = {false, QStringLiteral("tls-handshake"), QStringLiteral("handshake failed")};
        o.evidence.tlsHandshakeOk = true;
        o.evidence.certificateValid = host == hosts.first();
        o.evidence.certificateProblems = {QStringLiteral("expired")};
        o.evidence.pagesCompared = 4;
        o.evidence.pagesSame = 1;
        o.evidence.pagesEquivalentRedirect = 1;
        o.evidence.pagesDifferent = 2;
        o.evidence.pagesError = 1;
        o.evidence.differenceExamples = {QStringLiteral("/a: differs")};
        o.verdict.host = host;
        o.verdict.recommended = host == hosts.first() ? Mode::Strict : Mode::Flexible;
        o.verdict.reasons = {QStringLiteral("first reason"), QStringLiteral("second reason")};
        for (Mode m : kProxyModes)
            o.verdict.ladder.append({m, m != Mode::Strict, QStringLiteral("why %1").arg(modeName(m)), m == Mode::Strict ? 526 : 0});
        o.verdict.adviseEdgeRedirect = host != hosts.first();
        o.progress = {pagesPerOrigin + 3, pagesPerOrigin, pagesPerOrigin, pagesPerOrigin, pagesPerOrigin, 2, 3, 1, true};
        s.result.origins.append(o);
    }
    return s;
}

void recordSyntheticScan(ScanStore &store, const SyntheticScan &scan)
{
    store.recordScanStarted(scan.result.settings, scan.result.toolVersion);
    for (const OriginResult &o : scan.result.origins) {
        store.recordOrigin(o.host);
        for (const PagePair &p : o.pages)
            store.recordDiscovered(o.host, p.pathAndQuery, p.source);
        store.recordDiscovered(o.host, QStringLiteral("/never-fetched"), PageSource::Crawl);
        store.recordTlsReport(o.host, o.tls);
        for (PagePair p : o.pages) {
            const StoredBodies b = scan.bodies.value(o.host + p.pathAndQuery);
            p.http.body = b.http;
            p.https.body = b.https;
            store.recordPagePair(p);
        }
        store.recordOriginFinished(o);
    }
    store.recordScanFinished(scan.result);
}

} // namespace sslrec::test
