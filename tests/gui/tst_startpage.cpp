// The domain field validates as the user types: a hint says what is wrong,
// Scan is enabled only for something scannable, pasted URLs are accepted.
#include "mainwindow/startpage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;

class tst_StartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatesAsYouType_data();
    void validatesAsYouType();
    void enterStartsScan();
    void badOptionBlocksScan();
};

void tst_StartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_StartPage::validatesAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hintContains");
    QTest::addColumn<QString>("domain");
    QTest::newRow("empty") << QString() << false << QStringLiteral("Enter a domain") << QString();
    QTest::newRow("spaces") << QStringLiteral("exa mple.com") << false << QStringLiteral("spaces") << QString();
    QTest::newRow("bare tld") << QStringLiteral("com") << false << QStringLiteral("com") << QString();
    QTest::newRow("plain") << QStringLiteral("Example.COM") << true << QStringLiteral("Will scan example.com") << QStringLiteral("example.com");
    QTest::newRow("pasted url") << QStringLiteral("https://shop.example.com/cart?x=1") << true << QStringLiteral("starting at /cart?x=1")
                                << QStringLiteral("shop.example.com");
    QTest::newRow("idn") << QStringLiteral("bücher.example") << true << QStringLiteral("xn--bcher-kva.example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false << QStringLiteral("ftp") << QString();
}

void tst_StartPage::validatesAsYouType()
{
    QFETCH(QString, typed);
    QFETCH(bool, valid);
    QFETCH(QString, hintContains);
    QFETCH(QString, domain);
    StartPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.domainField()->setFocus();
    // QTest types ASCII only; paste the rest, as a user would.
    bool ascii = true;
    for (QChar c : typed)
        ascii = ascii && c.unicode() < 128;
    if (ascii)
        QTest::keyClicks(page.domainField(), typed);
    else
        page.domainField()->insert(typed);
    QCOMPARE(page.isDomainValid(), valid);
    QCOMPARE(page.scanButton()->isEnabled(), valid);
    QVERIFY2(page.hintLabel()->text().contains(hintContains, Qt::CaseInsensitive), qPrintable(page.hintLabel()->text()));
    QCOMPARE(page.hintIsError(), !valid && !typed.isEmpty());
    if (valid)
        QCOMPARE(page.settings()->domain, domain);
}

void tst_StartPage::enterStartsScan()
{
    StartPage page;
    QSignalSpy requested(&page, &StartPage::scanRequested);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.domainField(), QStringLiteral("http://example.org:8080/"));
    QTest::keyClick(page.domainField(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    const auto settings = requested.first().first().value<ScanSettings>();
    QCOMPARE(settings.domain, QStringLiteral("example.org"));
    QCOMPARE(settings.fetch.httpPort, quint16(8080));
    // An invalid entry does not start anything.
    page.domainField()->clear();
    QTest::keyClicks(page.domainField(), QStringLiteral("not a domain"));
    QTest::keyClick(page.domainField(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
}

void tst_StartPage::badOptionBlocksScan()
{
    StartPage page;
    QSignalSpy requested(&page, &StartPage::scanRequested);
    page.setDomain(QStringLiteral("example.com"));
    ScanSettings s;
    s.seedUrlsFile = QStringLiteral("/nonexistent/seeds.txt");
    page.loadDefaults(s);
    page.requestScan();
    QCOMPARE(requested.size(), 0);
    QVERIFY(page.hintIsError());
    QVERIFY(page.hintLabel()->text().contains(QStringLiteral("/nonexistent/seeds.txt")));
}

QTEST_MAIN(tst_StartPage)
#include "tst_startpage.moc"
