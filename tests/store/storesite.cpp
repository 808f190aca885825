#include "storesite.h"

#include "nginxharness.h"
#include "testpki.h"

#include <QDir>
#include <QFile>

namespace sslrec::test {

namespace {

QByteArray pageContent(const QString &host, int i)
{
    QByteArray b = "<!doctype html><html><head><title>" + host.toUtf8() + " page " + QByteArray::number(i) + "</title></head><body>";
    for (int k = 0; k < 20 + i; ++k)
        b += "<p>Paragraph " + QByteArray::number(k) + " of page " + QByteArray::number(i) + " on " + host.toUtf8() + ".</p>\n";
    return b + "</body></html>\n";
}

QString pagePath(int i)
{
    return QStringLiteral("/page-%1.html").arg(i, 3, 10, QLatin1Char('0'));
}

} // namespace

StoreSite::StoreSite(const QString &directory, const QString &host, int pages)
    : m_directory(directory)
    , m_host(host)
    , m_pages(pages)
{
}

StoreSite::~StoreSite()
{
    if (m_nginx)
        m_nginx->stop();
}

QString StoreSite::start()
{
    QDir().mkpath(m_directory);
    m_pki = std::make_unique<TestPki>(m_directory + QStringLiteral("/pki"));
    if (!m_pki->isValid())
        return m_pki->errorString();
    const QString www = QStringLiteral("www.") + m_host;
    auto leaf = m_pki->issue({.name = QStringLiteral("site"), .dnsNames = {m_host}});
    auto wrong = m_pki->issue({.name = QStringLiteral("wrong"), .dnsNames = {QStringLiteral("elsewhere.test")}});
    if (!leaf || !wrong)
        return QStringLiteral("cannot issue the test certificates");
    m_nginx = std::make_unique<NginxHarness>(m_directory + QStringLiteral("/nginx"));
    for (const auto &[host, cert] : {std::pair{m_host, &leaf.value()}, std::pair{www, &wrong.value()}}) {
        if (auto s = m_nginx->addOrigin({.host = host, .certificateFile = cert->chainFile, .keyFile = cert->keyFile}); !s)
            return s.error().message;
        if (auto s = m_nginx->writeFile(host, QStringLiteral("index.html"), pageContent(host, 0)); !s)
            return s.error().message;
        for (int i = 1; i <= m_pages; ++i) {
            if (auto s = m_nginx->writeFile(host, pagePath(i).mid(1), pageContent(host, i)); !s)
                return s.error().message;
        }
    }
    QFile seeds(m_directory + QStringLiteral("/seeds.txt"));
    if (!seeds.open(QIODevice::WriteOnly))
        return seeds.errorString();
    for (int i = 1; i <= m_pages; ++i)
        seeds.write(pagePath(i).toUtf8() + '\n');
    seeds.close();
    if (auto s = m_nginx->start(); !s)
        return s.error().message;
    return {};
}

ScanSettings StoreSite::settings() const
{
    ScanSettings s;
    s.domain = m_host;
    const QString www = QStringLiteral("www.") + m_host;
    s.resolve.insert(m_host, m_nginx->address(m_host));
    s.resolve.insert(www, m_nginx->address(www));
    s.dnsEnabled = false;
    s.useSystemRoots = false;
    s.useOriginCa = false;
    s.caFiles = {m_pki->rootCaFile()};
    s.seedUrlsFile = m_directory + QStringLiteral("/seeds.txt");
    s.maxPages = m_pages + 1;
    s.fetch.httpPort = m_nginx->httpPort();
    s.fetch.httpsPort = m_nginx->httpsPort();
    s.fetch.userAgent = QStringLiteral("sslrec-store-test");
    return s;
}

QByteArray StoreSite::body(const QString &host, const QString &path) const
{
    QFile f(m_nginx->docroot(host) + (path == QLatin1String("/") ? QStringLiteral("/index.html") : path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace sslrec::test
