// What the user types in the domain box decides what gets scanned: a wrong
// host scans someone else's site, so every accepted and refused form is pinned.
#include "crawl/domaininput.h"

#include <QTest>

using namespace sslrec;

class tst_DomainInput : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void urlHost();
};

void tst_DomainInput::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("ip");
    QTest::addColumn<QString>("path"); // "" = no start path
    QTest::addColumn<int>("port");     // 0 = none
    QTest::addColumn<QString>("scheme");

    QTest::newRow("plain") << "example.com" << "example.com" << false << "" << 0 << "";
    QTest::newRow("padded") << "  example.com \n" << "example.com" << false << "" << 0 << "";
    QTest::newRow("upper") << "WWW.Example.COM" << "www.example.com" << false << "" << 0 << "";
    QTest::newRow("trailing dot") << "www.example.com." << "www.example.com" << false << "" << 0 << "";
    QTest::newRow("https url") << "https://Example.com/path" << "example.com" << false << "/path" << 0 << "https";
    QTest::newRow("http url root") << "http://example.com/" << "example.com" << false << "" << 0 << "http";
    QTest::newRow("url query") << "https://example.com/a/b?x=1#frag" << "example.com" << false << "/a/b?x=1" << 0 << "https";
    QTest::newRow("query only") << "example.com?x=1" << "example.com" << false << "/?x=1" << 0 << "";
    QTest::newRow("path no scheme") << "example.com/docs/" << "example.com" << false << "/docs/" << 0 << "";
    QTest::newRow("path encoded") << "example.com/a%20b" << "example.com" << false << "/a%20b" << 0 << "";
    QTest::newRow("path unicode") << QString::fromUtf8("example.com/é") << "example.com" << false << "/%C3%A9" << 0 << "";
    QTest::newRow("port") << "example.com:8443" << "example.com" << false << "" << 8443 << "";
    QTest::newRow("url port") << "HTTPS://example.com:1/" << "example.com" << false << "" << 1 << "https";
    QTest::newRow("idn") << QString::fromUtf8("bücher.example") << "xn--bcher-kva.example" << false << "" << 0 << "";
    QTest::newRow("idn upper") << QString::fromUtf8("BÜCHER.example") << "xn--bcher-kva.example" << false << "" << 0 << "";
    QTest::newRow("ace given") << "xn--bcher-kva.example" << "xn--bcher-kva.example" << false << "" << 0 << "";
    QTest::newRow("ipv4") << "192.0.2.1" << "192.0.2.1" << true << "" << 0 << "";
    QTest::newRow("ipv4 port") << "127.0.0.1:8080" << "127.0.0.1" << true << "" << 8080 << "";
    QTest::newRow("ipv6 brackets") << "[::1]" << "::1" << true << "" << 0 << "";
    QTest::newRow("ipv6 port") << "[::1]:8443" << "::1" << true << "" << 8443 << "";
    QTest::newRow("ipv6 url") << "https://[2001:DB8::1]/x" << "2001:db8::1" << true << "/x" << 0 << "https";
    QTest::newRow("ipv6 bare") << "2001:db8::1" << "2001:db8::1" << true << "" << 0 << "";
    QTest::newRow("localhost") << "localhost" << "localhost" << false << "" << 0 << "";
    QTest::newRow("underscore label") << "my_host.example.com" << "my_host.example.com" << false << "" << 0 << "";
    QTest::newRow("label 63") << QString(63, u'a') + ".com" << QString(63, u'a') + ".com" << false << "" << 0 << "";
}

void tst_DomainInput::accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(bool, ip);
    QFETCH(QString, path);
    QFETCH(int, port);
    QFETCH(QString, scheme);

    const Result<DomainInput> r = DomainInput::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->host, host);
    QCOMPARE(r->isIpLiteral, ip);
    QCOMPARE(r->startPath.value_or(QString()), path);
    QCOMPARE(r->startPath.has_value(), !path.isEmpty());
    QCOMPARE(r->port.value_or(0), port);
    QCOMPARE(r->scheme.value_or(QString()), scheme);
}

void tst_DomainInput::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty") << "" << "input.empty";
    QTest::newRow("blank") << "   " << "input.empty";
    QTest::newRow("space inside") << "exa mple.com" << "input.spaces";
    QTest::newRow("two domains") << "a.com b.com" << "input.spaces";
    QTest::newRow("http no host") << "http://" << "input.nohost";
    QTest::newRow("https slash") << "https:///path" << "input.nohost";
    QTest::newRow("ftp") << "ftp://example.com" << "input.scheme";
    QTest::newRow("javascript") << "javascript://alert(1)" << "input.scheme";
    QTest::newRow("port too big") << "example.com:99999" << "input.port";
    QTest::newRow("port zero") << "example.com:0" << "input.port";
    QTest::newRow("port huge") << "example.com:99999999999999999999" << "input.port";
    QTest::newRow("port empty") << "example.com:" << "input.port";
    QTest::newRow("port letters") << "example.com:https" << "input.port";
    QTest::newRow("mailto") << "mailto:me@example.com" << "input.userinfo";
    QTest::newRow("userinfo") << "https://user:pw@example.com/" << "input.userinfo";
    QTest::newRow("bare tld") << "com" << "input.tld";
    QTest::newRow("bare tld dot") << "com." << "input.tld";
    QTest::newRow("numeric tld") << "example.123" << "input.tld";
    QTest::newRow("underscore tld") << "example.c_m" << "input.tld";
    QTest::newRow("bang") << "exa!mple.com" << "input.characters";
    QTest::newRow("star") << "*.example.com" << "input.characters";
    QTest::newRow("double dot") << "a..example.com" << "input.label";
    QTest::newRow("leading dot") << ".example.com" << "input.label";
    QTest::newRow("hyphen start") << "-a.example.com" << "input.label";
    QTest::newRow("hyphen end") << "a-.example.com" << "input.label";
    QTest::newRow("label 64") << QString(64, u'a') + ".com" << "input.label";
    QTest::newRow("name 254") << QString(62, u'a') + "." + QString(62, u'b') + "." + QString(62, u'c') + "." + QString(62, u'd') + ".com"
                              << "input.length";
    QTest::newRow("huge input") << QString(100000, u'a') << "input.length";
    QTest::newRow("ipv4 short") << "127.1" << "input.ip";
    QTest::newRow("ipv4 octet") << "256.1.1.1" << "input.ip";
    QTest::newRow("ipv6 bad") << "[::g]" << "input.ip";
    QTest::newRow("ipv6 unclosed") << "[::1" << "input.ip";
    QTest::newRow("ipv6 v4 in brackets") << "[127.0.0.1]" << "input.ip";
    QTest::newRow("ipv6 scope") << "[fe80::1%eth0]" << "input.ip";
    QTest::newRow("ipv6 trailing") << "[::1]x" << "input.characters";
    QTest::newRow("ipv6 port range") << "[::1]:70000" << "input.port";
}

void tst_DomainInput::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const Result<DomainInput> r = DomainInput::parse(text);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->host : QString()));
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!r.error().message.contains(u'\n'));
}

void tst_DomainInput::urlHost()
{
    QCOMPARE(DomainInput::parse(QStringLiteral("[::1]"))->urlHost(), QStringLiteral("[::1]"));
    QCOMPARE(DomainInput::parse(QStringLiteral("Example.com"))->urlHost(), QStringLiteral("example.com"));
    QCOMPARE(DomainInput::parse(QStringLiteral("10.0.0.1"))->urlHost(), QStringLiteral("10.0.0.1"));
}

QTEST_GUILESS_MAIN(tst_DomainInput)
#include "tst_domaininput.moc"
