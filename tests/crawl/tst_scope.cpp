// Scope decides whose servers sslrec talks to: a host wrongly "in scope" means
// scanning a stranger's site, so look-alike names must be refused.
#include "crawl/scope.h"

#include <QTest>

using namespace sslrec;

class tst_Scope : public QObject
{
    Q_OBJECT

private slots:
    void contains_data();
    void contains();
    void urls_data();
    void urls();
    void emptyScope();
};

void tst_Scope::contains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("subdomains");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("in");

    QTest::newRow("exact") << "example.com" << false << "example.com" << true;
    QTest::newRow("exact case") << "example.com" << false << "EXAMPLE.com" << true;
    QTest::newRow("exact trailing dot") << "example.com" << false << "example.com." << true;
    QTest::newRow("domain case") << "Example.COM." << false << "example.com" << true;
    QTest::newRow("sub off") << "example.com" << false << "www.example.com" << false;
    QTest::newRow("sub on") << "example.com" << true << "www.example.com" << true;
    QTest::newRow("deep sub") << "example.com" << true << "a.b.c.example.com" << true;
    QTest::newRow("look-alike prefix") << "example.com" << true << "evil-example.com" << false;
    QTest::newRow("look-alike joined") << "example.com" << true << "evilexample.com" << false;
    QTest::newRow("suffix attack") << "example.com" << true << "example.com.evil.net" << false;
    QTest::newRow("parent") << "www.example.com" << true << "example.com" << false;
    QTest::newRow("sibling") << "www.example.com" << true << "api.example.com" << false;
    QTest::newRow("dot only") << "example.com" << true << ".example.com" << false;
    QTest::newRow("empty") << "example.com" << true << "" << false;
    QTest::newRow("idn host") << "xn--bcher-kva.example" << true << QString::fromUtf8("www.bücher.example") << true;
    QTest::newRow("idn domain") << QString::fromUtf8("bücher.example") << false << "xn--bcher-kva.example" << true;
    QTest::newRow("ip exact") << "127.0.0.1" << true << "127.0.0.1" << true;
    QTest::newRow("ip other") << "127.0.0.1" << true << "127.0.0.2" << false;
    QTest::newRow("ip no subdomains") << "127.0.0.1" << true << "x.127.0.0.1" << false;
    QTest::newRow("ipv6 brackets") << "::1" << false << "[::1]" << true;
    QTest::newRow("ipv6 long form") << "[::1]" << false << "0:0:0:0:0:0:0:1" << true;
    QTest::newRow("ip for name domain") << "example.com" << true << "93.184.216.34" << false;
    QTest::newRow("name ends in ip") << "0.0.1" << true << "127.0.0.1" << false;
    QTest::newRow("huge host") << "example.com" << true << QString(5000, u'a') + ".example.com" << false;
}

void tst_Scope::contains()
{
    QFETCH(QString, domain);
    QFETCH(bool, subdomains);
    QFETCH(QString, host);
    QFETCH(bool, in);
    QCOMPARE(Scope(domain, subdomains).contains(host), in);
}

void tst_Scope::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("in");
    QTest::newRow("https") << "https://www.example.com/a" << true;
    QTest::newRow("http port") << "http://example.com:8080/" << true;
    QTest::newRow("ftp") << "ftp://example.com/" << false;
    QTest::newRow("userinfo trick") << "http://example.com@evil.net/" << false;
    QTest::newRow("other") << "https://example.org/" << false;
}

void tst_Scope::urls()
{
    QFETCH(QString, url);
    QFETCH(bool, in);
    QCOMPARE(Scope(QStringLiteral("example.com"), true).containsUrl(QUrl(url)), in);
}

void tst_Scope::emptyScope()
{
    const Scope scope;
    QVERIFY(!scope.contains(QStringLiteral("example.com")));
    QVERIFY(!scope.contains(QString()));
}

QTEST_GUILESS_MAIN(tst_Scope)
#include "tst_scope.moc"
