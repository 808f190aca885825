// The frontier decides which pages of a large site are sampled: spread over
// the site's sections rather than the first N links, seed and access-log
// paths only when the crawl runs dry, never a URL twice, never past the cap.
#include "scan/frontier.h"

#include <QTest>

using namespace sslrec;

class tst_Frontier : public QObject
{
    Q_OBJECT

private slots:
    void deduplicates();
    void spreadsAcrossSections();
    void stopsAtTheSampleSize();
    void fallbackOnlyWhenCrawlRunsDry();
    void resumedPagesAreNeverHandedOutAgain();
    void sameInputSameSample();

private:
    static QStringList drain(Frontier &f);
};

QStringList tst_Frontier::drain(Frontier &f)
{
    QStringList out;
    while (const auto c = f.next())
        out << c->pathAndQuery;
    return out;
}

void tst_Frontier::deduplicates()
{
    Frontier f(10);
    QVERIFY(f.add(QStringLiteral("/a"), PageSource::Crawl));
    QVERIFY(!f.add(QStringLiteral("/a"), PageSource::Sitemap));
    QCOMPARE(f.discovered(), 1);
    QCOMPARE(drain(f), QStringList{QStringLiteral("/a")});
}

void tst_Frontier::spreadsAcrossSections()
{
    // A blog with 50 posts linked first, then a few docs and shop pages:
    // taking the first 6 would sample only the blog.
    Frontier f(6);
    f.add(QStringLiteral("/"), PageSource::Start);
    for (int i = 0; i < 50; ++i)
        f.add(QStringLiteral("/blog/post-%1.html").arg(i), PageSource::Crawl);
    f.add(QStringLiteral("/docs/intro.html"), PageSource::Crawl);
    f.add(QStringLiteral("/docs/api.html"), PageSource::Crawl);
    f.add(QStringLiteral("/shop/cart"), PageSource::Crawl);
    const QStringList sample = drain(f);
    QCOMPARE(sample.size(), 6);
    QCOMPARE(sample.first(), QStringLiteral("/"));
    QVERIFY(sample.contains(QStringLiteral("/docs/intro.html")));
    QVERIFY(sample.contains(QStringLiteral("/shop/cart")));
    QCOMPARE(sample.filter(QStringLiteral("/blog/")).size(), 2);
    // Within a section, discovery order (shallow pages were found first).
    QVERIFY(sample.contains(QStringLiteral("/blog/post-0.html")));
}

void tst_Frontier::stopsAtTheSampleSize()
{
    Frontier f(3);
    for (int i = 0; i < 10; ++i)
        f.add(QStringLiteral("/p%1").arg(i), PageSource::Crawl);
    QCOMPARE(drain(f).size(), 3);
    QVERIFY(f.full());
    QVERIFY(f.idle());
    QVERIFY(!f.next());
}

void tst_Frontier::fallbackOnlyWhenCrawlRunsDry()
{
    Frontier f(10);
    f.add(QStringLiteral("/from-log"), PageSource::AccessLog);
    f.add(QStringLiteral("/seed"), PageSource::Seed);
    f.add(QStringLiteral("/"), PageSource::Start);
    f.add(QStringLiteral("/linked"), PageSource::Crawl);
    QCOMPARE(drain(f), (QStringList{QStringLiteral("/"), QStringLiteral("/linked"), QStringLiteral("/from-log"), QStringLiteral("/seed")}));
}

void tst_Frontier::resumedPagesAreNeverHandedOutAgain()
{
    Frontier f(3);
    f.addSampled(QStringLiteral("/"));
    f.addSampled(QStringLiteral("/a"));
    QCOMPARE(f.sampled(), 2);
    QVERIFY(!f.add(QStringLiteral("/a"), PageSource::Crawl));
    f.add(QStringLiteral("/b"), PageSource::Crawl);
    f.add(QStringLiteral("/c"), PageSource::Crawl);
    QCOMPARE(drain(f), QStringList{QStringLiteral("/b")}); // one left of three
}

void tst_Frontier::sameInputSameSample()
{
    auto run = [] {
        Frontier f(8);
        for (const char *section : {"x", "y", "z"})
            for (int i = 0; i < 5; ++i)
                f.add(QStringLiteral("/%1/%2").arg(QLatin1String(section)).arg(i), PageSource::Crawl);
        return drain(f);
    };
    QCOMPARE(run(), run());
}

QTEST_GUILESS_MAIN(tst_Frontier)
#include "tst_frontier.moc"
