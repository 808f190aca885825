// Crawler traps (calendars, relative-link loops, faceted search) generate
// endless URLs; the guard must stop them without stopping ordinary pages.
#include "crawl/trapguard.h"

#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

using namespace sslrec;

Q_DECLARE_METATYPE(TrapVerdict)

class tst_TrapGuard : public QObject
{
    Q_OBJECT

private slots:
    void single_data();
    void single();
    void repeats_data();
    void repeats();
    void queryVariants();
    void calendar();
    void sameUrlTwice();
    void hostsCountedApart();
    void threads();
};

void tst_TrapGuard::single_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TrapVerdict>("verdict");
    QTest::newRow("root") << "https://example.com/" << TrapVerdict::Accept;
    QTest::newRow("ordinary") << "https://example.com/blog/2024/post?page=2" << TrapVerdict::Accept;
    QTest::newRow("depth 12") << "https://example.com/1/2/3/4/5/6/7/8/9/a/b/c" << TrapVerdict::Accept;
    QTest::newRow("depth 13") << "https://example.com/1/2/3/4/5/6/7/8/9/a/b/c/d" << TrapVerdict::TooDeep;
    QTest::newRow("too long") << "https://example.com/" + QString(2100, u'x') << TrapVerdict::TooLong;
    QTest::newRow("loop") << "https://example.com/a/b/a/b/a/b" << TrapVerdict::RepeatingSegments;
    QTest::newRow("same segment") << "https://example.com/x/x/x" << TrapVerdict::RepeatingSegments;
    QTest::newRow("two repeats ok") << "https://example.com/a/b/a/b" << TrapVerdict::Accept;
}

void tst_TrapGuard::single()
{
    QFETCH(QString, url);
    QFETCH(TrapVerdict, verdict);
    TrapGuard guard;
    QCOMPARE(guard.check(QUrl(url)), verdict);
    QVERIFY(!TrapGuard::describe(verdict).isEmpty());
}

void tst_TrapGuard::repeats_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("repeating");
    QTest::newRow("none") << "a/b/c/d" << 2 << false;
    QTest::newRow("pair twice") << "a/b/a/b" << 2 << false;
    QTest::newRow("pair thrice") << "x/a/b/a/b/a/b/y" << 2 << true;
    QTest::newRow("triple thrice") << "a/b/c/a/b/c/a/b/c" << 2 << true;
    QTest::newRow("not adjacent") << "a/x/a/y/a" << 2 << false;
    QTest::newRow("strict") << "a/a" << 1 << true;
    QTest::newRow("empty") << "" << 2 << false;
}

void tst_TrapGuard::repeats()
{
    QFETCH(QString, path);
    QFETCH(int, max);
    QFETCH(bool, repeating);
    QCOMPARE(TrapGuard::hasRepeatingSegments(path.split(u'/', Qt::SkipEmptyParts), max), repeating);
}

void tst_TrapGuard::queryVariants()
{
    TrapGuardOptions options;
    options.maxQueryVariants = 3;
    TrapGuard guard(options);
    QCOMPARE(guard.check(QUrl("https://example.com/search")), TrapVerdict::Accept);
    QCOMPARE(guard.check(QUrl("https://example.com/search?q=a")), TrapVerdict::Accept);
    QCOMPARE(guard.check(QUrl("https://example.com/search?q=b")), TrapVerdict::Accept);
    QCOMPARE(guard.check(QUrl("https://example.com/search?q=c")), TrapVerdict::TooManyQueryVariants);
    QCOMPARE(guard.check(QUrl("https://example.com/other?q=c")), TrapVerdict::Accept);
    QCOMPARE(guard.acceptedCount(), 4);
}

void tst_TrapGuard::calendar()
{
    TrapGuardOptions options;
    options.maxPatternVariants = 24;
    TrapGuard guard(options);
    int accepted = 0;
    // An endless "next month" link: every URL is new, every path differs.
    for (int year = 2000; year < 2100; ++year) {
        for (int month = 1; month <= 12; ++month) {
            if (guard.check(QUrl(QStringLiteral("https://example.com/calendar/%1/%2/").arg(year).arg(month))) == TrapVerdict::Accept)
                ++accepted;
        }
    }
    QCOMPARE(accepted, 24);
    QCOMPARE(guard.check(QUrl("https://example.com/calendar/2200/1/")), TrapVerdict::TooManyPatternVariants);
    // Query-driven calendars have the same shape problem.
    for (int day = 1; day < 100; ++day)
        guard.check(QUrl(QStringLiteral("https://example.com/events?date=2024-01-%1").arg(day)));
    QCOMPARE(guard.check(QUrl("https://example.com/events?date=2030-01-01")), TrapVerdict::TooManyQueryVariants);
    QCOMPARE(TrapGuard::pattern(QUrl("https://example.com/cal/2024/05?d=17&x=a1b22")), QStringLiteral("example.com/cal/0/0?d=0&x=a0b0"));
}

void tst_TrapGuard::sameUrlTwice()
{
    TrapGuardOptions options;
    options.maxQueryVariants = 1;
    TrapGuard guard(options);
    QCOMPARE(guard.check(QUrl("https://example.com/p?a=1")), TrapVerdict::Accept);
    QCOMPARE(guard.check(QUrl("https://example.com/p?a=1")), TrapVerdict::Accept);
    QCOMPARE(guard.acceptedCount(), 1);
}

void tst_TrapGuard::hostsCountedApart()
{
    TrapGuardOptions options;
    options.maxQueryVariants = 1;
    TrapGuard guard(options);
    QCOMPARE(guard.check(QUrl("https://a.example.com/p?x=1")), TrapVerdict::Accept);
    QCOMPARE(guard.check(QUrl("https://b.example.com/p?x=2")), TrapVerdict::Accept);
    QCOMPARE(guard.check(QUrl("https://a.example.com/p?x=3")), TrapVerdict::TooManyQueryVariants);
}

void tst_TrapGuard::threads()
{
    TrapGuardOptions options;
    options.maxQueryVariants = 50;
    TrapGuard guard(options);
    QList<int> ids(400);
    std::iota(ids.begin(), ids.end(), 0);
    const QList<TrapVerdict> verdicts = QtConcurrent::blockingMapped(ids, [&guard](int i) {
        return guard.check(QUrl(QStringLiteral("https://example.com/list?item=%1").arg(i % 200)));
    });
    // Exactly 50 distinct variants win, whichever threads got there first.
    QCOMPARE(guard.acceptedCount(), 50);
    QVERIFY(std::count(verdicts.begin(), verdicts.end(), TrapVerdict::Accept) >= 50);
}

QTEST_GUILESS_MAIN(tst_TrapGuard)
#include "tst_trapguard.moc"
