// On a large site the sample is all sslrec compares: it must cover the
// site's sections and kinds of content, not its first N links.
#include "crawl/sampler.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace sslrec;

namespace {

SampleCandidate c(const QString &path, UrlSource source = UrlSource::Crawl, const QString &type = QString())
{
    return SampleCandidate{QUrl(QStringLiteral("https://example.com") + path), source, type};
}

QStringList paths(const QList<SampleCandidate> &picked)
{
    QStringList out;
    for (const SampleCandidate &p : picked) {
        QString key = p.url.path(QUrl::FullyEncoded);
        if (p.url.hasQuery())
            key += u'?' + p.url.query(QUrl::FullyEncoded);
        out << key;
    }
    return out;
}

SamplerOptions pages(int n)
{
    SamplerOptions o;
    o.maxPages = n;
    return o;
}

} // namespace

class tst_Sampler : public QObject
{
    Q_OBJECT

private slots:
    void rootAlwaysFirst();
    void seedsNext();
    void spreadsAcrossSections();
    void spreadsAcrossTypes();
    void prefersShallow();
    void queryVariantsBounded();
    void depthBounded();
    void duplicatesMerge();
    void deterministic();
    void typeKey_data();
    void typeKey();
    void edgeCases();
};

void tst_Sampler::rootAlwaysFirst()
{
    const QList<SampleCandidate> withRoot = {c("/a"), c("/b"), c("/")};
    QCOMPARE(paths(pickSample(withRoot, pages(1))), QStringList{"/"});
    // Made up from the candidates' origin when nobody lists it.
    const QList<SampleCandidate> picked = pickSample({SampleCandidate{QUrl("http://example.com:8080/x?y=1"), UrlSource::Crawl, {}}}, pages(5));
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.first().url, QUrl(QStringLiteral("http://example.com:8080/")));
}

void tst_Sampler::seedsNext()
{
    const QList<SampleCandidate> in = {c("/a/1"), c("/z", UrlSource::Seed), c("/b/1"), c("/deep/er/seed", UrlSource::Seed)};
    QCOMPARE(paths(pickSample(in, pages(3))), QStringList({"/", "/z", "/deep/er/seed"}));
}

void tst_Sampler::spreadsAcrossSections()
{
    QList<SampleCandidate> in;
    for (int i = 0; i < 50; ++i)
        in << c(QStringLiteral("/blog/post-%1").arg(i));
    in << c("/shop/item-1") << c("/shop/item-2") << c("/about") << c("/docs/intro");
    const QStringList picked = paths(pickSample(in, pages(6)));
    QCOMPARE(picked.size(), 6);
    // One per section in the first round: the blog's 50 posts do not crowd out the rest.
    QCOMPARE(picked.filter(QStringLiteral("/blog/")).size(), 2);
    QVERIFY(picked.contains(QStringLiteral("/about")));
    QVERIFY(picked.contains(QStringLiteral("/docs/intro")));
    QCOMPARE(picked.filter(QStringLiteral("/shop/")).size(), 1);
    // Largest section first after the root.
    QVERIFY(picked.at(1).startsWith(QLatin1String("/blog/")));
}

void tst_Sampler::spreadsAcrossTypes()
{
    QList<SampleCandidate> in;
    for (int i = 0; i < 20; ++i)
        in << c(QStringLiteral("/files/page-%1.html").arg(i));
    in << c("/files/report.pdf") << c("/files/data.json") << c("/files/feed", UrlSource::Crawl, "application/rss+xml");
    const QStringList picked = paths(pickSample(in, pages(5)));
    QVERIFY(picked.contains(QStringLiteral("/files/report.pdf")));
    QVERIFY(picked.contains(QStringLiteral("/files/data.json")));
    QVERIFY(picked.contains(QStringLiteral("/files/feed")));
    QCOMPARE(picked.filter(QStringLiteral(".html")).size(), 1);
}

void tst_Sampler::prefersShallow()
{
    const QList<SampleCandidate> in = {c("/s/a/b/c/d"), c("/s/a/b"), c("/s/x"), c("/s/a")};
    QCOMPARE(paths(pickSample(in, pages(3))), QStringList({"/", "/s/a", "/s/x"}));
    // The bare path before its query variants.
    const QList<SampleCandidate> q = {c("/s/p?b=1"), c("/s/p")};
    QCOMPARE(paths(pickSample(q, pages(2))), QStringList({"/", "/s/p"}));
}

void tst_Sampler::queryVariantsBounded()
{
    QList<SampleCandidate> in;
    for (int i = 0; i < 10; ++i)
        in << c(QStringLiteral("/search?q=%1").arg(i));
    in << c("/search?q=from-log", UrlSource::AccessLog);
    const QStringList picked = paths(pickSample(in, pages(100)));
    QCOMPARE(picked.filter(QStringLiteral("/search")).size(), 3);
    QVERIFY(picked.contains(QStringLiteral("/search?q=from-log"))); // most trusted source kept first
    SamplerOptions one = pages(100);
    one.maxQueryVariants = 1;
    QCOMPARE(paths(pickSample(in, one)).filter(QStringLiteral("/search")).size(), 1);
}

void tst_Sampler::depthBounded()
{
    const QList<SampleCandidate> in = {c("/1/2/3/4/5/6/7/8/9/10/11/12"), c("/1/2/3/4/5/6/7/8/9/10/11/12/13")};
    QCOMPARE(paths(pickSample(in, pages(10))), QStringList({"/", "/1/2/3/4/5/6/7/8/9/10/11/12"}));
}

void tst_Sampler::duplicatesMerge()
{
    // Same path and query on both schemes is one page; the seed's trust wins.
    const QList<SampleCandidate> in = {SampleCandidate{QUrl("http://example.com/p"), UrlSource::Crawl, {}},
                                       SampleCandidate{QUrl("https://example.com/p"), UrlSource::Seed, "text/html"}};
    const QList<SampleCandidate> picked = pickSample(in, pages(10));
    QCOMPARE(picked.size(), 2);
    QCOMPARE(picked.at(1).source, UrlSource::Seed);
    QCOMPARE(picked.at(1).contentType, QStringLiteral("text/html"));
}

void tst_Sampler::deterministic()
{
    QList<SampleCandidate> in;
    for (int i = 0; i < 300; ++i)
        in << c(QStringLiteral("/s%1/p%2%3").arg(i % 7).arg(i).arg(i % 3 == 0 ? QStringLiteral(".pdf") : QString()),
                i % 5 == 0 ? UrlSource::Sitemap : UrlSource::Crawl);
    const QStringList first = paths(pickSample(in, pages(40)));
    QCOMPARE(first.size(), 40);
    QCOMPARE(QSet<QString>(first.begin(), first.end()).size(), 40); // no page twice
    std::mt19937 random(42);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(in.begin(), in.end(), random);
        QCOMPARE(paths(pickSample(in, pages(40))), first);
    }
}

void tst_Sampler::typeKey_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::newRow("content type wins") << "/a.pdf" << "Text/HTML; charset=utf-8" << "text/html";
    QTest::newRow("extension") << "/docs/Report.PDF" << "" << "pdf";
    QTest::newRow("no extension") << "/docs/report" << "" << "";
    QTest::newRow("directory") << "/docs/" << "" << "";
    QTest::newRow("dot in directory") << "/v1.2/page" << "" << "";
    QTest::newRow("hidden file") << "/.well-known" << "" << "";
    QTest::newRow("long suffix") << "/a.verylongsuffix" << "" << "";
}

void tst_Sampler::typeKey()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(QString, key);
    QCOMPARE(sampleTypeKey(c(path, UrlSource::Crawl, type)), key);
}

void tst_Sampler::edgeCases()
{
    QVERIFY(pickSample({}).isEmpty());
    QVERIFY(pickSample({c("/a")}, pages(0)).isEmpty());
    QVERIFY(pickSample({SampleCandidate{QUrl(), UrlSource::Crawl, {}}}).isEmpty());
    QCOMPARE(pickSample({c("/"), c("/")}, pages(10)).size(), 1);
}

QTEST_GUILESS_MAIN(tst_Sampler)
#include "tst_sampler.moc"
