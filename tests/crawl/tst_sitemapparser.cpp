// Sitemaps come from the scanned site, which may be hostile or just broken:
// the parser must return the listed pages, refuse entity tricks, and stop at
// its caps however the bytes are packed.
#include "crawl/sitemapparser.h"

#include <QElapsedTimer>
#include <QTest>

#include <zlib.h>

using namespace sslrec;

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream s{};
    deflateInit2(&s, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&s, static_cast<uLong>(data.size()))), '\0');
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = static_cast<uInt>(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    deflate(&s, Z_FINISH);
    out.resize(static_cast<qsizetype>(s.total_out));
    deflateEnd(&s);
    return out;
}

QByteArray urlset(const QList<QByteArray> &locs)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const QByteArray &loc : locs)
        xml += "  <url><loc>" + loc + "</loc><lastmod>2024-01-01</lastmod></url>\n";
    return xml + "</urlset>\n";
}

} // namespace

class tst_SitemapParser : public QObject
{
    Q_OBJECT

private slots:
    void documents_data();
    void documents();
    void refused_data();
    void refused();
    void brokenAfterEntries();
    void gzipped();
    void gzipConcatenatedMembers();
    void gzipBombStops();
    void byteCap();
    void urlCap();
    void entityBombIsNotExpanded();
    void visitTracker();
};

void tst_SitemapParser::documents_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("sitemaps");
    QTest::addColumn<int>("skipped");

    const int urlSet = int(SitemapContent::Kind::UrlSet);
    const int index = int(SitemapContent::Kind::SitemapIndex);
    const int text = int(SitemapContent::Kind::Text);

    QTest::newRow("urlset") << urlset({"https://example.com/", "https://example.com/a?x=1&amp;y=2"}) << urlSet
                            << QStringList{"https://example.com/", "https://example.com/a?x=1&y=2"} << QStringList() << 0;
    QTest::newRow("whitespace in loc") << urlset({"\n   https://example.com/b   \n"}) << urlSet
                                       << QStringList{"https://example.com/b"} << QStringList() << 0;
    QTest::newRow("duplicates") << urlset({"https://example.com/a", "https://example.com/a"}) << urlSet
                                << QStringList{"https://example.com/a"} << QStringList() << 0;
    QTest::newRow("bad locs skipped") << urlset({"/relative", "mailto:x@example.com", "javascript:alert(1)", "http://example.com/ok"})
                                      << urlSet << QStringList{"http://example.com/ok"} << QStringList() << 3;
    QTest::newRow("no namespace") << QByteArray("<urlset><url><loc>http://example.com/n</loc></url></urlset>") << urlSet
                                  << QStringList{"http://example.com/n"} << QStringList() << 0;
    QTest::newRow("prefixed namespace")
        << QByteArray("<s:urlset xmlns:s=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><s:url><s:loc>http://example.com/p</s:loc></s:url></s:urlset>")
        << urlSet << QStringList{"http://example.com/p"} << QStringList() << 0;
    QTest::newRow("loc outside url ignored") << QByteArray("<urlset><loc>http://example.com/stray</loc><url><loc>http://example.com/in</loc></url></urlset>")
                                             << urlSet << QStringList{"http://example.com/in"} << QStringList() << 0;
    QTest::newRow("cdata") << QByteArray("<urlset><url><loc><![CDATA[http://example.com/c?a=1&b=2]]></loc></url></urlset>") << urlSet
                           << QStringList{"http://example.com/c?a=1&b=2"} << QStringList() << 0;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF<urlset><url><loc>http://example.com/bom</loc></url></urlset>") << urlSet
                         << QStringList{"http://example.com/bom"} << QStringList() << 0;
    QTest::newRow("index") << QByteArray("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                         "<sitemap><loc>https://example.com/s1.xml</loc></sitemap>"
                                         "<sitemap><loc>https://example.com/s2.xml.gz</loc><lastmod>2024-01-01</lastmod></sitemap>"
                                         "</sitemapindex>")
                           << index << QStringList() << QStringList{"https://example.com/s1.xml", "https://example.com/s2.xml.gz"} << 0;
    QTest::newRow("empty urlset") << QByteArray("<urlset/>") << urlSet << QStringList() << QStringList() << 0;
    QTest::newRow("text") << QByteArray("https://example.com/t1\r\n\r\n  https://example.com/t2  \nnot a url\nftp://example.com/f\n")
                          << text << QStringList{"https://example.com/t1", "https://example.com/t2"} << QStringList() << 2;
}

void tst_SitemapParser::documents()
{
    QFETCH(QByteArray, data);
    QFETCH(int, kind);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, sitemaps);
    QFETCH(int, skipped);
    const Result<SitemapContent> r = parseSitemap(data);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(int(r->kind), kind);
    QCOMPARE(r->urls, urls);
    QCOMPARE(r->sitemaps, sitemaps);
    QCOMPARE(r->skipped, skipped);
    QVERIFY(!r->capHit);
    QVERIFY(!r->compressed);
    QVERIFY(r->warning.isEmpty());
}

void tst_SitemapParser::refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << "sitemap.format";
    QTest::newRow("blank") << QByteArray(" \n\t ") << "sitemap.format";
    QTest::newRow("html") << QByteArray("<html><body><a href=/x>x</a></body></html>") << "sitemap.format";
    QTest::newRow("rss") << QByteArray("<?xml version=\"1.0\"?><rss><channel/></rss>") << "sitemap.format";
    QTest::newRow("broken") << QByteArray("<urlset><url><loc>http://exa") << "sitemap.malformed";
    QTest::newRow("undeclared entity") << QByteArray("<urlset><url><loc>&xxe;</loc></url></urlset>") << "sitemap.malformed";
    QTest::newRow("xxe") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                       "<urlset><url><loc>&xxe;</loc></url></urlset>")
                         << "sitemap.dtd";
    QTest::newRow("external dtd") << QByteArray("<!DOCTYPE urlset SYSTEM \"http://example.com/x.dtd\"><urlset/>") << "sitemap.dtd";
    QTest::newRow("gzip garbage") << QByteArray("\x1f\x8b\x08\x00garbagegarbage", 18) << "sitemap.gzip";
    QTest::newRow("gzip truncated") << gzip(urlset({"http://example.com/a"})).left(20) << "sitemap.gzip";
}

void tst_SitemapParser::refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, code);
    const Result<SitemapContent> r = parseSitemap(data);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

void tst_SitemapParser::brokenAfterEntries()
{
    const QByteArray data = "<urlset><url><loc>http://example.com/a</loc></url><url><loc>http://example.com/b</loc></url><url><lo";
    const Result<SitemapContent> r = parseSitemap(data);
    QVERIFY(r.ok());
    QCOMPARE(r->urls, QStringList({QStringLiteral("http://example.com/a"), QStringLiteral("http://example.com/b")}));
    QVERIFY(!r->warning.isEmpty());
}

void tst_SitemapParser::gzipped()
{
    const Result<SitemapContent> r = parseSitemap(gzip(urlset({"https://example.com/z"})));
    QVERIFY(r.ok());
    QVERIFY(r->compressed);
    QCOMPARE(r->urls, QStringList{QStringLiteral("https://example.com/z")});
    const Result<SitemapContent> t = parseSitemap(gzip("https://example.com/t\n"));
    QVERIFY(t.ok());
    QCOMPARE(int(t->kind), int(SitemapContent::Kind::Text));
    QCOMPARE(t->urls, QStringList{QStringLiteral("https://example.com/t")});
}

void tst_SitemapParser::gzipConcatenatedMembers()
{
    const QByteArray data = gzip("https://example.com/1\n") + gzip("https://example.com/2\n");
    const Result<SitemapContent> r = parseSitemap(data);
    QVERIFY(r.ok());
    QCOMPARE(r->urls.size(), 2);
}

void tst_SitemapParser::gzipBombStops()
{
    // 48 MiB of whitespace inside a valid urlset packs into a few hundred KiB.
    QByteArray inflated = urlset({"https://example.com/first"});
    inflated.chop(QByteArray("</urlset>\n").size());
    inflated += QByteArray(48 * 1024 * 1024, ' ');
    inflated += "<url><loc>https://example.com/never</loc></url></urlset>";
    const QByteArray bomb = gzip(inflated);
    inflated.clear();
    QVERIFY(bomb.size() < 2 * 1024 * 1024);

    SitemapLimits limits;
    limits.maxBytes = 1024 * 1024;
    QElapsedTimer timer;
    timer.start();
    const Result<SitemapContent> r = parseSitemap(bomb, limits);
    QVERIFY(r.ok());
    QVERIFY(r->capHit);
    QCOMPARE(r->urls, QStringList{QStringLiteral("https://example.com/first")});
    QVERIFY(timer.elapsed() < 5000);

    bool cut = false;
    const Result<QByteArray> raw = gunzipCapped(bomb, 4096, &cut);
    QVERIFY(raw.ok());
    QVERIFY(cut);
    QCOMPARE(raw->size(), 4096);
}

void tst_SitemapParser::byteCap()
{
    QList<QByteArray> locs;
    for (int i = 0; i < 100; ++i)
        locs << "https://example.com/page" + QByteArray::number(i);
    SitemapLimits limits;
    limits.maxBytes = 2000;
    const Result<SitemapContent> r = parseSitemap(urlset(locs), limits);
    QVERIFY(r.ok());
    QVERIFY(r->capHit);
    QVERIFY(r->urls.size() > 5);
    QVERIFY(r->urls.size() < 100);
    QVERIFY(r->warning.isEmpty()); // the cut is ours, not the site's

    QByteArray text;
    for (int i = 0; i < 100; ++i)
        text += "https://example.com/line" + QByteArray::number(i) + "\n";
    limits.maxBytes = 100; // cuts the fifth line in the middle
    const Result<SitemapContent> t = parseSitemap(text, limits);
    QVERIFY(t.ok());
    QVERIFY(t->capHit);
    QCOMPARE(t->urls.size(), 3);
}

void tst_SitemapParser::urlCap()
{
    QList<QByteArray> locs;
    for (int i = 0; i < 60; ++i)
        locs << "https://example.com/p" + QByteArray::number(i);
    SitemapLimits limits;
    limits.maxUrls = 50;
    const Result<SitemapContent> r = parseSitemap(urlset(locs), limits);
    QVERIFY(r.ok());
    QVERIFY(r->capHit);
    QCOMPARE(r->urls.size(), 50);
    QCOMPARE(r->urls.last(), QStringLiteral("https://example.com/p49"));
}

void tst_SitemapParser::entityBombIsNotExpanded()
{
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [\n<!ENTITY lol \"lol\">\n";
    bomb += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        const QByteArray prev = "&lol" + QByteArray::number(i - 1) + ";";
        bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"" + prev.repeated(10) + "\">\n";
    }
    bomb += "]>\n<urlset><url><loc>http://example.com/&lol9;</loc></url></urlset>";
    QElapsedTimer timer;
    timer.start();
    const Result<SitemapContent> r = parseSitemap(bomb);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("sitemap.dtd"));
    QVERIFY(timer.elapsed() < 2000);
}

void tst_SitemapParser::visitTracker()
{
    SitemapVisitTracker tracker(3);
    QVERIFY(tracker.tryVisit(QStringLiteral("https://example.com/sitemap.xml")));
    QVERIFY(!tracker.tryVisit(QStringLiteral("https://example.com/sitemap.xml")));
    QVERIFY(!tracker.tryVisit(QStringLiteral("HTTPS://EXAMPLE.com/sitemap.xml#x")));
    QVERIFY(tracker.tryVisit(QStringLiteral("http://example.com/sitemap.xml"))); // other scheme, other fetch
    QVERIFY(tracker.tryVisit(QStringLiteral("https://example.com/s2.xml")));
    QVERIFY(!tracker.budgetExhausted());
    QVERIFY(!tracker.tryVisit(QStringLiteral("https://example.com/s3.xml")));
    QVERIFY(tracker.budgetExhausted());
    QCOMPARE(tracker.visitedCount(), 3);

    // An index that lists itself ends after one round.
    const QByteArray self = "<sitemapindex><sitemap><loc>https://example.com/index.xml</loc></sitemap></sitemapindex>";
    SitemapVisitTracker loop;
    QStringList queue{QStringLiteral("https://example.com/index.xml")};
    int fetched = 0;
    while (!queue.isEmpty() && fetched < 10) {
        const QString next = queue.takeFirst();
        if (!loop.tryVisit(next))
            continue;
        ++fetched;
        queue += parseSitemap(self)->sitemaps;
    }
    QCOMPARE(fetched, 1);
}

QTEST_GUILESS_MAIN(tst_SitemapParser)
#include "tst_sitemapparser.moc"
