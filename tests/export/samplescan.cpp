#include "samplescan.h"

#include "tls/certificatedetails.h"

#include <QFile>

namespace sslrec::testdata {

namespace {

const QDateTime kStart = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);

QDateTime at(int seconds)
{
    return kStart.addSecs(seconds);
}

QList<ModeAssessment> ladder(Mode recommended, int proxyErrorAbove = 0)
{
    QList<ModeAssessment> out;
    for (Mode m : kProxyModes) {
        ModeAssessment a;
        a.mode = m;
        a.safe = recommended != Mode::None && !isStronger(m, recommended);
        a.why = a.safe ? QStringLiteral("visitors see the same site") : QStringLiteral("HTTPS content or certificate not good enough");
        if (!a.safe && proxyErrorAbove && isStronger(m, Mode::Full))
            a.proxyError = proxyErrorAbove;
        out << a;
    }
    return out;
}

QList<CertificateDetails> chain()
{
    const QByteArray pem = readTestFile(QStringLiteral("data/leaf.pem")) + readTestFile(QStringLiteral("data/ca.pem"));
    auto parsed = parseCertificates(pem, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    return parsed ? parsed.value() : QList<CertificateDetails>{};
}

FetchResult response(const QString &host, Scheme scheme, const QString &path, int status, const QString &type,
                     const QByteArray &body, int startSecond)
{
    FetchResult r;
    r.host = host;
    r.scheme = scheme;
    r.pathAndQuery = path;
    r.url = QUrl(schemeName(scheme) + QStringLiteral("://") + host + path);
    r.status = status;
    r.reasonPhrase = status == 200 ? "OK" : status == 301 ? "Moved Permanently" : status == 403 ? "Forbidden" : "Not Found";
    r.contentType = type;
    r.headers = {{"Server", "nginx"}, {"Content-Type", type.toLatin1() + "; charset=utf-8"}};
    r.body = body;
    r.bodyBytes = body.size();
    r.peerAddress = QHostAddress(QStringLiteral("127.0.0.2"));
    r.startedAt = at(startSecond);
    r.elapsedMs = 12;
    return r;
}

PagePair pair(const QString &host, const QString &path, PageSource source, PageVerdict verdict, double score,
              const QString &code, const QString &reason, const QString &title, int second)
{
    PagePair p;
    p.host = host;
    p.pathAndQuery = path;
    p.source = source;
    p.verdict = verdict;
    p.score = score;
    p.reasonCode = code;
    p.reason = reason;
    p.title = title;
    const QByteArray body = "<html><title>" + title.toUtf8() + "</title><p>same</p></html>";
    p.http = response(host, Scheme::Http, path, 200, QStringLiteral("text/html"), body, second);
    p.https = response(host, Scheme::Https, path, 200, QStringLiteral("text/html"), body, second + 1);
    return p;
}

TlsReport tlsReport(const QString &host, bool valid)
{
    TlsReport t;
    t.hostname = host;
    t.address = QStringLiteral("127.0.0.2");
    t.port = 443;
    t.connected = true;
    t.handshakeOk = true;
    t.protocol = QStringLiteral("TLSv1.3");
    t.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    t.alpn = QStringLiteral("http/1.1");
    t.keyExchangeGroup = QStringLiteral("X25519");
    t.chain = chain();
    t.certificateValid = valid;
    t.trustSummary = QStringLiteral("system roots + --ca-file");
    t.elapsedMs = 8;
    if (valid) {
        t.verifiedPath = t.chain;
        t.proxy = {{Mode::Full, true, 0, {}, QStringLiteral("the handshake completes")},
                   {Mode::FullStrict, true, 0, {}, QStringLiteral("the certificate validates")},
                   {Mode::Strict, true, 0, {}, QStringLiteral("the certificate validates")}};
    } else {
        t.verifyErrorCode = 19;
        t.verifyError = QStringLiteral("self-signed certificate in certificate chain");
        t.findings = {{QStringLiteral("cert.untrusted_root"), Severity::Error,
                       QStringLiteral("the chain ends at a root no proxy trusts"), 1},
                      {QStringLiteral("chain.root_served"), Severity::Info, QStringLiteral("the root is served"), 1}};
        t.proxy = {{Mode::Full, true, 0, {}, QStringLiteral("the handshake completes")},
                   {Mode::FullStrict, false, 526, QStringLiteral("Invalid SSL certificate"), QStringLiteral("untrusted root")},
                   {Mode::Strict, false, 526, QStringLiteral("Invalid SSL certificate"), QStringLiteral("untrusted root")}};
    }
    return t;
}

OriginResult origin(const QString &host, const QString &address, Mode mode, const QStringList &reasons)
{
    OriginResult o;
    o.host = host;
    o.addresses = {QHostAddress(address)};
    o.pinned = true;
    o.robotsNotes = {QStringLiteral("http: no robots.txt (404)"), QStringLiteral("https: no robots.txt (404)")};
    o.verdict.host = host;
    o.verdict.recommended = mode;
    o.verdict.reasons = reasons;
    o.verdict.ladder = ladder(mode);
    o.evidence.host = host;
    o.evidence.currentMode = Mode::Flexible;
    o.evidence.http.answered = true;
    o.evidence.https.answered = true;
    o.evidence.tlsHandshakeOk = true;
    o.evidence.certificateValid = true;
    o.tls = tlsReport(host, true);
    o.progress.finished = true;
    return o;
}

void count(OriginResult &o)
{
    OriginEvidence &e = o.evidence;
    for (const PagePair &p : o.pages) {
        e.pagesCompared += p.verdict == PageVerdict::Error ? 0 : 1;
        e.pagesSame += p.verdict == PageVerdict::Same;
        e.pagesEquivalentRedirect += p.verdict == PageVerdict::EquivalentRedirect;
        e.pagesDifferent += p.verdict == PageVerdict::Different;
        e.pagesError += p.verdict == PageVerdict::Error;
    }
    o.progress.discovered = int(o.pages.size()) + 2;
    o.progress.sampled = int(o.pages.size());
    o.progress.httpFetched = o.progress.httpsFetched = o.progress.compared = int(o.pages.size());
    o.progress.same = e.pagesSame + e.pagesEquivalentRedirect;
    o.progress.different = e.pagesDifferent;
    o.progress.errors = e.pagesError;
}

const QByteArray kHttpBody = "<html>\n<head><title>Shop</title></head>\n<body>\n<h1>Shop</h1>\n<p>Prices, plain HTTP</p>\n"
                             "<p>Basket</p>\n<p>Footer</p>\n</body>\n</html>\n";
const QByteArray kHttpsBody = "<html>\n<head><title>Welcome to nginx!</title></head>\n<body>\n<h1>Welcome to nginx!</h1>\n"
                              "<p>Basket</p>\n<p>Footer</p>\n</body>\n</html>\n";

} // namespace

QByteArray readTestFile(const QString &relative)
{
    QFile f(QStringLiteral(SSLREC_SOURCE_DIR "/tests/export/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

OriginResult originWithMode(const QString &host, Mode mode)
{
    return origin(host, QStringLiteral("127.0.0.2"), mode, {QStringLiteral("reason for %1").arg(modeName(mode))});
}

ScanResult sampleScan()
{
    ScanResult s;
    s.settings.domain = QStringLiteral("example.test");
    s.settings.resolve.insert(QStringLiteral("example.test"), QHostAddress(QStringLiteral("127.0.0.2")));
    s.settings.resolve.insert(QStringLiteral("www.example.test"), QHostAddress(QStringLiteral("127.0.0.2")));
    s.settings.resolve.insert(QStringLiteral("legacy.example.test"), QHostAddress(QStringLiteral("127.0.0.3")));
    s.settings.resolve.insert(QStringLiteral("blocked.example.test"), QHostAddress(QStringLiteral("127.0.0.4")));
    s.settings.dnsEnabled = false;
    s.settings.currentMode = Mode::Flexible;
    s.settings.fetch.userAgent = QStringLiteral("sslrec/0.1.0-test");
    s.toolVersion = QStringLiteral("0.1.0-test");
    s.startedAt = kStart;
    s.finishedAt = at(65);
    s.notes = {QStringLiteral("the crawl of www.example.test stopped at 100 pages")};

    OriginResult apex = origin(QStringLiteral("example.test"), QStringLiteral("127.0.0.2"), Mode::Strict,
                               {QStringLiteral("every sampled page is the same over HTTP and HTTPS"),
                                QStringLiteral("the certificate is valid for example.test")});
    apex.pages = {pair(apex.host, QStringLiteral("/"), PageSource::Start, PageVerdict::Same, 1.0, QStringLiteral("same.identical"),
                       QStringLiteral("identical after normalisation"), QStringLiteral("Home"), 1),
                  pair(apex.host, QStringLiteral("/about?lang=en"), PageSource::Crawl, PageVerdict::Same, 0.9731,
                       QStringLiteral("same.noise"), QStringLiteral("differs only in a timestamp"), QStringLiteral("About, \"us\""), 3)};
    PagePair redirect = pair(apex.host, QStringLiteral("/old"), PageSource::Sitemap, PageVerdict::EquivalentRedirect, 1.0,
                             QStringLiteral("same.https_redirect"), QStringLiteral("HTTP redirects to the same URL on https"), {}, 5);
    redirect.http.status = 301;
    redirect.http.reasonPhrase = "Moved Permanently";
    redirect.http.redirectTarget = QStringLiteral("https://example.test/old");
    redirect.http.body.clear();
    redirect.http.bodyBytes = 0;
    apex.pages << redirect;
    count(apex);

    OriginResult www = origin(QStringLiteral("www.example.test"), QStringLiteral("127.0.0.2"), Mode::Flexible,
                              {QStringLiteral("1 of 2 sampled pages differs over HTTPS: /shop: HTTPS serves a default server page")});
    www.evidence.differenceExamples = {QStringLiteral("/shop: HTTPS serves a default server page")};
    www.pages = {pair(www.host, QStringLiteral("/"), PageSource::Start, PageVerdict::Same, 0.99, QStringLiteral("same.noise"),
                      QStringLiteral("same content"), QStringLiteral("WWW"), 10)};
    PagePair shop = pair(www.host, QStringLiteral("/shop"), PageSource::Crawl, PageVerdict::Different, 0.21,
                         QStringLiteral("different.default_page"), QStringLiteral("HTTPS serves a default server page"),
                         QStringLiteral("Shop"), 12);
    shop.http.body = kHttpBody;
    shop.http.bodyBytes = kHttpBody.size();
    shop.https.body = kHttpsBody;
    shop.https.bodyBytes = kHttpsBody.size();
    shop.httpRefetched = true;
    shop.noiseScore = 0.98;
    www.pages << shop;
    PagePair image = pair(www.host, QStringLiteral("/logo.png"), PageSource::Crawl, PageVerdict::Error, 0,
                          QStringLiteral("error.both_failed"), QStringLiteral("neither side could be fetched"), {}, 14);
    image.http.error = FetchError::Timeout;
    image.http.errorMessage = QStringLiteral("no response within 10 s");
    image.http.status = 0;
    image.https.error = FetchError::TooLarge;
    image.https.errorMessage = QStringLiteral("body larger than 5 MiB");
    image.https.status = 0;
    image.https.truncated = true;
    www.pages << image;
    count(www);

    OriginResult legacy = origin(QStringLiteral("legacy.example.test"), QStringLiteral("127.0.0.3"), Mode::Full,
                                 {QStringLiteral("every sampled page is the same over HTTP and HTTPS"),
                                  QStringLiteral("the certificate is not valid: the chain ends at a root no proxy trusts")});
    legacy.verdict.ladder = ladder(Mode::Full, 526);
    legacy.tls = tlsReport(legacy.host, false);
    legacy.evidence.certificateValid = false;
    legacy.evidence.certificateProblems = {QStringLiteral("the chain ends at a root no proxy trusts")};
    legacy.pages = {pair(legacy.host, QStringLiteral("/"), PageSource::Start, PageVerdict::Same, 1.0,
                         QStringLiteral("same.identical"), QStringLiteral("identical"), QStringLiteral("Legacy"), 20)};
    count(legacy);

    OriginResult blocked = origin(QStringLiteral("blocked.example.test"), QStringLiteral("127.0.0.4"), Mode::None,
                                  {QStringLiteral("every request was answered with 403 Forbidden")});
    blocked.evidence.blocked = true;
    blocked.evidence.blockedReason = QStringLiteral("every request was answered with 403 Forbidden");
    blocked.pinned = false;
    count(blocked);

    s.origins = {apex, www, legacy, blocked};
    return s;
}

std::optional<QPair<QByteArray, QByteArray>> sampleBodies(const QString &host, const QString &pathAndQuery)
{
    if (host == QLatin1String("www.example.test") && pathAndQuery == QLatin1String("/shop"))
        return qMakePair(kHttpBody, kHttpsBody);
    return std::nullopt;
}

} // namespace sslrec::testdata
