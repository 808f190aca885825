#include "demo/demoorigins.h"

#include "demo/demosite.h"
#include "demo/minihttpserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

namespace sslrec {

namespace {

Q_LOGGING_CATEGORY(lcDemo, "sslrec.demo", QtWarningMsg)

const QString kDomain = QStringLiteral("demo.sslrec.test");
// Origin n is tried on 127.77.0.n, then 127.78.0.n, ...: distinct per origin
// whatever the fallback, and far from the 127.0.0.x addresses others use.
constexpr int kFirstSecondOctet = 77;
constexpr int kAddressCandidates = 8;
constexpr int kPortAttempts = 12;

enum class HttpsContent { Site, NginxDefault };

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

struct DemoOrigins::Site
{
    int index;                   // n in 127.x.0.n
    QString label;               // "" for the apex, else the first DNS label
    QString siteDir;             // folder under :/demo/site
    bool http;                   // serve HTTP
    bool https;                  // serve HTTPS (else the port stays closed)
    HttpsContent httpsContent;   // what HTTPS serves
    QString certificate;         // base name under :/demo/pki (HTTPS only)
    Mode expectedMode;           // the verdict a correct scan reaches
    QString behaviour;           // why

    QString hostname() const { return label.isEmpty() ? kDomain : label + QLatin1Char('.') + kDomain; }
};

struct DemoOrigins::Slot
{
    Site site;
    QList<QSslCertificate> chain;
    QSslKey key;
    QHostAddress address;
    std::unique_ptr<MiniHttpServer> http;
    std::unique_ptr<MiniHttpServer> https;
};

DemoOrigins::DemoOrigins(QObject *parent) : QObject(parent)
{
    const Site sites[] = {
        {1, {}, QStringLiteral("apex"), true, true, HttpsContent::Site, kDomain, Mode::Strict,
         tr("Same pages over HTTP and HTTPS; certificate from the demo CA.")},
        {2, QStringLiteral("www"), QStringLiteral("www"), true, true, HttpsContent::Site, QStringLiteral("www.") + kDomain, Mode::Strict,
         tr("Same pages over both schemes except a timestamp and request id that change on every response; "
            "certificate from the demo CA.")},
        {3, QStringLiteral("shop"), QStringLiteral("shop"), true, true, HttpsContent::Site, QStringLiteral("shop.") + kDomain, Mode::Full,
         tr("Same pages over both schemes, but the HTTPS certificate is self-signed.")},
        {4, QStringLiteral("blog"), QStringLiteral("blog"), true, true, HttpsContent::NginxDefault, QStringLiteral("blog.") + kDomain, Mode::Flexible,
         tr("HTTPS answers with the web server's default \"Welcome to nginx!\" page instead of the blog.")},
        {5, QStringLiteral("legacy"), QStringLiteral("legacy"), true, false, HttpsContent::Site, {}, Mode::Flexible,
         tr("HTTP only: nothing listens on the HTTPS port.")},
        {6, QStringLiteral("private"), QStringLiteral("private"), true, true, HttpsContent::Site, QStringLiteral("private.") + kDomain, Mode::None,
         tr("robots.txt disallows every robot, sslrec included: the owner opted out.")},
    };
    for (const Site &site : sites) {
        auto slot = std::make_unique<Slot>();
        slot->site = site;
        m_slots.push_back(std::move(slot));
    }
}

DemoOrigins::~DemoOrigins()
{
    stop();
}

QString DemoOrigins::domain() const
{
    return kDomain;
}

QByteArray DemoOrigins::caPem() const
{
    return readResource(QStringLiteral(":/demo/pki/ca.pem"));
}

QHash<QString, QHostAddress> DemoOrigins::resolvePins() const
{
    QHash<QString, QHostAddress> pins;
    if (!m_running)
        return pins;
    for (const auto &slot : m_slots)
        pins.insert(slot->site.hostname(), slot->address);
    return pins;
}

QList<DemoOrigin> DemoOrigins::origins() const
{
    QList<DemoOrigin> list;
    for (const auto &slot : m_slots) {
        const Site &s = slot->site;
        list.append({s.hostname(), m_running ? slot->address : QHostAddress(), s.http, s.https, s.expectedMode, s.behaviour});
    }
    return list;
}

Status DemoOrigins::start()
{
    stop();
    for (const auto &slot : m_slots) {
        if (!slot->site.https)
            continue;
        const QString base = QStringLiteral(":/demo/pki/") + slot->site.certificate;
        slot->chain = QSslCertificate::fromData(readResource(base + QLatin1String(".pem")), QSsl::Pem);
        slot->key = QSslKey(readResource(base + QLatin1String(".key")), QSsl::Ec, QSsl::Pem);
        if (slot->chain.isEmpty() || slot->key.isNull()) {
            return Status::failure(QStringLiteral("demo.pki"),
                                   tr("Cannot start the demo site: the certificate or key for %1 is missing from the "
                                      "program's resources. The installation is incomplete; reinstall sslrec.")
                                       .arg(slot->site.hostname()));
        }
    }

    // A port can be free on the first address yet taken on another: then
    // start over with new ports, a bounded number of times.
    Status status = Ok{};
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        status = tryStart();
        if (status.ok()) {
            m_running = true;
            qCInfo(lcDemo).noquote() << "demo site up: HTTP port" << m_httpPort << "HTTPS port" << m_httpsPort;
            return status;
        }
        stop();
        if (status.error().code != QLatin1String("demo.busy"))
            break;
        qCDebug(lcDemo).noquote() << "retrying with other ports:" << status.error().message;
    }
    return Status::failure(status.error().code,
                           tr("Cannot start the demo site: %1 The demo needs free ports on loopback addresses "
                              "127.77.0.1 and following; try again, or free some ports.")
                               .arg(status.error().message));
}

Status DemoOrigins::tryStart()
{
    for (const auto &slot : m_slots) {
        bool sawInUse = false;
        Status last = Ok{};
        for (int candidate = 0; candidate < kAddressCandidates; ++candidate) {
            const QHostAddress address(QStringLiteral("127.%1.0.%2").arg(kFirstSecondOctet + candidate).arg(slot->site.index));
            last = bindOrigin(*slot, address);
            if (last.ok())
                break;
            const QString &code = last.error().code;
            if (code == QLatin1String("http.listen.in_use"))
                sawInUse = true;
            else if (code != QLatin1String("http.listen.unavailable"))
                return last; // neither the address nor the port: retrying cannot help
        }
        if (!last.ok())
            return Status::failure(sawInUse ? QStringLiteral("demo.busy") : QStringLiteral("demo.address"), last.error().message);
    }

    // An HTTP-only origin must refuse HTTPS: prove nothing else listens on
    // its address and the HTTPS port, then let go of it.
    for (const auto &slot : m_slots) {
        if (slot->site.https)
            continue;
        QTcpServer probe;
        if (!probe.listen(slot->address, m_httpsPort)) {
            return Status::failure(QStringLiteral("demo.busy"),
                                   tr("port %1 is already open on %2.").arg(m_httpsPort).arg(slot->address.toString()));
        }
    }
    return Ok{};
}

Status DemoOrigins::bindOrigin(Slot &slot, const QHostAddress &address)
{
    slot.http.reset();
    slot.https.reset();
    const Site *site = &slot.site;
    auto makeServer = [this, site](bool tls) {
        auto server = std::make_unique<MiniHttpServer>([site, tls](const HttpRequest &request) {
            if (tls && site->httpsContent == HttpsContent::NginxDefault)
                return demoNginxDefault(request);
            return demoSitePage(site->siteDir, request);
        });
        connect(server.get(), &MiniHttpServer::requestServed, this, &DemoOrigins::requestServed);
        return server;
    };

    std::unique_ptr<MiniHttpServer> http;
    std::unique_ptr<MiniHttpServer> https;
    if (site->http) {
        http = makeServer(false);
        if (Status s = http->listen(address, m_httpPort); !s.ok())
            return s;
    }
    if (site->https) {
        https = makeServer(true);
        https->setTls(slot.chain, slot.key);
        if (Status s = https->listen(address, m_httpsPort); !s.ok())
            return s;
    }
    if (http && m_httpPort == 0)
        m_httpPort = http->port();
    if (https && m_httpsPort == 0)
        m_httpsPort = https->port();
    slot.address = address;
    slot.http = std::move(http);
    slot.https = std::move(https);
    qCDebug(lcDemo) << site->hostname() << "on" << address;
    return Ok{};
}

void DemoOrigins::stop()
{
    for (const auto &slot : m_slots) {
        slot->http.reset();
        slot->https.reset();
        slot->address.clear();
    }
    m_httpPort = 0;
    m_httpsPort = 0;
    m_running = false;
}

} // namespace sslrec
