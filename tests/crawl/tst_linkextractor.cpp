// The crawl only reaches pages the extractor finds, and a hostile page must
// not stall or crash the scan: both the link rules and the bounds are pinned.
#include "compare/parsedhtml.h"
#include "crawl/htmllinkscan.h"
#include "crawl/linkextractor.h"
#include "pagelinksdiff.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <limits>

using namespace sslrec;

namespace {
const QUrl kPage(QStringLiteral("https://example.com/dir/page.html?x=1#top"));

QStringList urls(const PageLinks &page)
{
    QStringList out;
    for (const ExtractedLink &link : page.links)
        out << link.url.toString(QUrl::FullyEncoded);
    return out;
}

// gumbo's parse of the page as it is: what every faster way must match.
PageLinks extractUncondensed(const QByteArray &html, const QUrl &page)
{
    LinkExtractorOptions options;
    options.condense = false;
    options.tokenizerFirst = false;
    return extractLinks(html, page, options);
}

using testing::firstDifference;
} // namespace

class tst_LinkExtractor : public QObject
{
    Q_OBJECT

private slots:
    void links_data();
    void links();
    void attributes();
    void title_data();
    void title();
    void baseHref();
    void linkCap();
    void inputCap();
    void deepNestingIsBounded_data();
    void deepNestingIsBounded();
    void nestingKeepsLinks();
    void limitNestingLeavesNormalPagesAlone();
    void garbageDoesNotCrash();
    void realPagesReadTheSameEveryWay();
    void tokenizerReadsWhatGumboReads_data();
    void tokenizerReadsWhatGumboReads();
    void repeatedAttributeNamesReadAsGumboReads();
    void sharedParseFindsTheSame_data();
    void sharedParseFindsTheSame();
};

void tst_LinkExtractor::links_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("relative") << QByteArray("<a href=other.html>o</a>") << QStringList{"https://example.com/dir/other.html"};
    QTest::newRow("root relative") << QByteArray("<a href='/x?y=1'>x</a>") << QStringList{"https://example.com/x?y=1"};
    QTest::newRow("parent") << QByteArray("<a href=\"../up\">u</a>") << QStringList{"https://example.com/up"};
    QTest::newRow("scheme relative") << QByteArray("<a href=//cdn.example.com/a>c</a>") << QStringList{"https://cdn.example.com/a"};
    QTest::newRow("absolute http") << QByteArray("<a href=http://other.test/p>p</a>") << QStringList{"http://other.test/p"};
    QTest::newRow("fragment dropped") << QByteArray("<a href=/a#sec>a</a>") << QStringList{"https://example.com/a"};
    QTest::newRow("fragment only is self") << QByteArray("<a href=#top>t</a><a href=''>e</a>") << QStringList();
    QTest::newRow("query only") << QByteArray("<a href=?page=2>2</a>") << QStringList{"https://example.com/dir/page.html?page=2"};
    QTest::newRow("entities decoded") << QByteArray("<a href=\"/s?a=1&amp;b=2\">s</a>") << QStringList{"https://example.com/s?a=1&b=2"};
    QTest::newRow("whitespace and newlines") << QByteArray("<a href=\"  /sp\n ace\t \">s</a>") << QStringList{"https://example.com/sp%20ace"};
    QTest::newRow("duplicates") << QByteArray("<a href=/d>1</a><a href=/d#x>2</a><a href=https://example.com/d>3</a>")
                                << QStringList{"https://example.com/d"};
    QTest::newRow("area") << QByteArray("<map><area href=/map shape=rect></map>") << QStringList{"https://example.com/map"};
    QTest::newRow("link canonical") << QByteArray("<head><link rel=canonical href=/canon></head>") << QStringList{"https://example.com/canon"};
    QTest::newRow("link alternate") << QByteArray("<link rel=\"Alternate\" hreflang=de href=/de/>") << QStringList{"https://example.com/de/"};
    QTest::newRow("link other rels") << QByteArray("<link rel=stylesheet href=/s.css><link rel=icon href=/i.ico>"
                                                   "<link rel=preload href=/p.js><link href=/norel>")
                                     << QStringList();
    QTest::newRow("alternate stylesheet") << QByteArray("<link rel=\"alternate stylesheet\" href=/alt.css>") << QStringList();
    QTest::newRow("iframe and frame") << QByteArray("<iframe src=/embed></iframe><frameset><frame src=/f1></frameset>")
                                      << QStringList{"https://example.com/embed"};
    QTest::newRow("frameset") << QByteArray("<html><frameset><frame src=/f1><frame src=/f2></frameset></html>")
                              << QStringList{"https://example.com/f1", "https://example.com/f2"};
    QTest::newRow("no forms or media") << QByteArray("<form action=/post><input formaction=/x></form><img src=/i.png>"
                                                     "<script src=/s.js></script><video src=/v.mp4></video><button formaction=/b>")
                                       << QStringList();
    QTest::newRow("other schemes") << QByteArray("<a href='javascript:alert(1)'>j</a><a href=mailto:a@example.com>m</a>"
                                                 "<a href=tel:1>t</a><a href=ftp://example.com/f>f</a><a href='data:text/html,x'>d</a>")
                                   << QStringList();
    QTest::newRow("a without href") << QByteArray("<a name=anchor>n</a>") << QStringList();
    QTest::newRow("links in script are text") << QByteArray("<script>document.write('<a href=/fake>')</script><a href=/real>r</a>")
                                              << QStringList{"https://example.com/real"};
    QTest::newRow("links in comments") << QByteArray("<!-- <a href=/hidden> --><a href=/shown>s</a>") << QStringList{"https://example.com/shown"};
    QTest::newRow("template content") << QByteArray("<template><a href=/tpl>t</a></template>") << QStringList{"https://example.com/tpl"};
    QTest::newRow("svg a ignored") << QByteArray("<svg><a href=/svg-link><text>x</text></a></svg>") << QStringList();
    QTest::newRow("document order") << QByteArray("<a href=/3>3</a><div><a href=/1>1</a></div><a href=/2>2</a>")
                                    << QStringList{"https://example.com/3", "https://example.com/1", "https://example.com/2"};
    QTest::newRow("repeated attribute names") << QByteArray("<area class=a class=b href=/r1><link rel=canonical rel=x href=/r2>")
                                              << QStringList{"https://example.com/r1", "https://example.com/r2"};
    QTest::newRow("unicode path") << QString::fromUtf8("<a href=/caf\u00e9>c</a>").toUtf8() << QStringList{"https://example.com/caf%C3%A9"};
}

void tst_LinkExtractor::links()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, expected);
    const PageLinks page = extractLinks(html, kPage);
    QCOMPARE(urls(page), expected);
    QVERIFY(!page.linkCapHit);
    QVERIFY(!page.depthLimited);
    QCOMPARE(firstDifference(page, extractUncondensed(html, kPage)), QString());
}

void tst_LinkExtractor::attributes()
{
    const QByteArray html = "<a href=/n rel='NoFollow  External'>n</a><a href=/f>f</a>"
                            "<link rel=alternate type=application/rss+xml href=/feed>"
                            "<a href=javascript:void(0)>j</a>";
    const PageLinks page = extractLinks(html, kPage);
    QCOMPARE(page.links.size(), 3);
    QVERIFY(page.links[0].nofollow);
    QCOMPARE(page.links[0].rel, QStringLiteral("nofollow external"));
    QCOMPARE(page.links[0].element, QStringLiteral("a"));
    QVERIFY(!page.links[1].nofollow);
    QCOMPARE(page.links[2].element, QStringLiteral("link"));
    QCOMPARE(page.links[2].typeHint, QStringLiteral("application/rss+xml"));
    QCOMPARE(page.skipped, 1);
}

void tst_LinkExtractor::title_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::newRow("plain") << QByteArray("<title>Hello</title>") << "Hello";
    QTest::newRow("whitespace") << QByteArray("<title>\n  Hello \t  World\n</title>") << "Hello World";
    QTest::newRow("entities") << QByteArray("<title>A &amp; B &lt;C&gt;</title>") << "A & B <C>";
    QTest::newRow("markup is text") << QByteArray("<title>a <b>b</b></title>") << "a <b>b</b>";
    QTest::newRow("first wins") << QByteArray("<title>one</title><body><title>two</title>") << "one";
    QTest::newRow("svg title skipped") << QByteArray("<body><svg><title>icon</title></svg><title>page</title>") << "page";
    QTest::newRow("none") << QByteArray("<p>x") << "";
    QTest::newRow("utf8") << QString::fromUtf8("<title>B\u00fccher</title>").toUtf8() << QString::fromUtf8("B\u00fccher");
    QTest::newRow("long") << "<title>" + QByteArray(5000, 'x') + "</title>" << QString(1024, u'x');
}

void tst_LinkExtractor::title()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QCOMPARE(extractLinks(html, kPage).title, title);
    QCOMPARE(extractUncondensed(html, kPage).title, title);
}

void tst_LinkExtractor::baseHref()
{
    const PageLinks page = extractLinks("<head><base href=https://static.example.com/root/><base href=/ignored/></head>"
                                        "<a href=rel>r</a><a href=/abs>a</a>",
                                        kPage);
    QCOMPARE(page.baseUrl, QUrl(QStringLiteral("https://static.example.com/root/")));
    QCOMPARE(urls(page), QStringList({"https://static.example.com/root/rel", "https://static.example.com/abs"}));

    // A relative base resolves against the page; a base after the links still applies.
    const PageLinks late = extractLinks("<a href=x>x</a><base href=../other/>", kPage);
    QCOMPARE(urls(late), QStringList{"https://example.com/other/x"});

    // A non-http base is ignored.
    const PageLinks bad = extractLinks("<base href='javascript:alert(1)'><a href=x>x</a>", kPage);
    QCOMPARE(urls(bad), QStringList{"https://example.com/dir/x"});
}

void tst_LinkExtractor::linkCap()
{
    QByteArray html;
    for (int i = 0; i < 50; ++i)
        html += "<a href=/p" + QByteArray::number(i) + ">x</a>";
    LinkExtractorOptions options;
    options.maxLinks = 20;
    const PageLinks page = extractLinks(html, kPage, options);
    QCOMPARE(page.links.size(), 20);
    QVERIFY(page.linkCapHit);
    QCOMPARE(page.links.last().url.path(), QStringLiteral("/p19"));

    options.maxLinks = 50;
    QVERIFY(!extractLinks(html, kPage, options).linkCapHit);
}

void tst_LinkExtractor::inputCap()
{
    QByteArray html = "<a href=/early>e</a>" + QByteArray(2000, ' ') + "<a href=/late>l</a>";
    LinkExtractorOptions options;
    options.maxInputBytes = 1000;
    const PageLinks page = extractLinks(html, kPage, options);
    QVERIFY(page.inputTruncated);
    QCOMPARE(urls(page), QStringList{"https://example.com/early"});
}

void tst_LinkExtractor::deepNestingIsBounded_data()
{
    QTest::addColumn<QByteArray>("open");
    QTest::addColumn<QByteArray>("close");
    QTest::addColumn<bool>("limited");
    QTest::newRow("div") << QByteArray("<div>") << QByteArray() << true;
    QTest::newRow("b") << QByteArray("<b>") << QByteArray() << true;
    QTest::newRow("self-closing div") << QByteArray("<div/>") << QByteArray() << true;
    QTest::newRow("span p") << QByteArray("<span><p></span>") << QByteArray() << true;
    QTest::newRow("table") << QByteArray("<table><tr><td>") << QByteArray() << true;
    QTest::newRow("svg breakout") << QByteArray("<svg><div/>") << QByteArray() << true;
    QTest::newRow("svg style") << QByteArray("<svg><style><div>") << QByteArray() << true;
    QTest::newRow("noscript") << QByteArray("<noscript><div>") << QByteArray() << true;
    QTest::newRow("wrong end tags") << QByteArray("<div></span>") << QByteArray() << true;
    QTest::newRow("a") << QByteArray("<a>") << QByteArray() << false;
    QTest::newRow("li siblings") << QByteArray("<li>") << QByteArray() << false;
    QTest::newRow("closed div") << QByteArray("<div>") << QByteArray("</div>") << false;
}

void tst_LinkExtractor::deepNestingIsBounded()
{
    QFETCH(QByteArray, open);
    QFETCH(QByteArray, close);
    QFETCH(bool, limited);
    QByteArray html = "<title>deep</title>";
    for (int i = 0; i < 100000; ++i)
        html += open + close;
    html += "<a href=/bottom>b</a>";
    // gumbo's path (the nesting pre-scan bounds it), then the default one
    // (the tokenizer alone is linear in any nesting; it declines svg
    // content that is not plain).
    LinkExtractorOptions gumboOnly;
    gumboOnly.tokenizerFirst = false;
    for (const LinkExtractorOptions &options : {gumboOnly, LinkExtractorOptions()}) {
        QElapsedTimer timer;
        timer.start();
        const PageLinks page = extractLinks(html, kPage, options);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        if (!options.tokenizerFirst)
            QCOMPARE(page.depthLimited, limited);
        QCOMPARE(page.title, QStringLiteral("deep"));
        QCOMPARE(urls(page), QStringList{"https://example.com/bottom"});
    }
}

void tst_LinkExtractor::nestingKeepsLinks()
{
    QByteArray html;
    for (int i = 0; i < 2000; ++i)
        html += "<div><a href=/l" + QByteArray::number(i) + ">x</a>";
    LinkExtractorOptions options;
    options.maxNesting = 100;
    options.tokenizerFirst = false;
    const PageLinks page = extractLinks(html, kPage, options);
    QVERIFY(page.depthLimited);
    QCOMPARE(page.links.size(), 2000);
}

void tst_LinkExtractor::limitNestingLeavesNormalPagesAlone()
{
    const QByteArray html = "<!DOCTYPE html><html><head><title>t</title><script>if (a<b) x='</div>';</script>"
                            "<style>p > a { }</style></head><body><!-- <div> --><div class=\"a>b\" data-x='<p>'>"
                            "<ul><li>1<li>2</ul><p>para<p>para<svg><path d='M0'/><path/></svg><br/><img src=x>"
                            "<textarea><div></textarea></div></body></html>";
    bool limited = true;
    QCOMPARE(limitNesting(html, 10, &limited), html);
    QVERIFY(!limited);
}

// A literal's bytes, embedded NULs included (ASan caught a hand-counted length).
template<qsizetype N>
QByteArray withNuls(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

void tst_LinkExtractor::garbageDoesNotCrash()
{
    const QList<QByteArray> inputs = {
        QByteArray(), QByteArray("<"), QByteArray("</"), QByteArray("<a href"), QByteArray("<a href='"),
        QByteArray("<!--"), QByteArray("<!"), QByteArray("<?"), QByteArray("</>"), QByteArray("<script>"),
        QByteArray("<plaintext><a href=/x>"), withNuls("\0\0<a href=/n\0ul>\xff\xfe"),
        QByteArray("<a href=\"http://[::1\">x</a>"), QByteArray("<a href=http://exa%mple.com/>x</a>"),
        QByteArray(100000, '<'), QByteArray("<svg>") + QByteArray(10000, '<') + "<math><mi><div/>",
    };
    for (const QByteArray &html : inputs) {
        const PageLinks page = extractLinks(html, kPage);
        for (const ExtractedLink &link : page.links)
            QVERIFY(link.url.isValid());
    }
}

// extractLinks() reads a page with the tokenizer alone where it can, and
// parses the condenser's copy of it where it cannot: on every HTML page of
// the documentation the corpus is built from, each finds exactly what
// parsing the page as it is finds. Up to 8 MB from each package keeps the
// test's time (three parses of each page) to seconds, under ASan too.
void tst_LinkExtractor::realPagesReadTheSameEveryWay()
{
    constexpr qint64 kBytesPerPackage = 8 * 1024 * 1024;
    LinkExtractorOptions condensedOnly;
    condensedOnly.tokenizerFirst = false;
    // Where the tokenizer reads a page, no nesting pre-scan applies.
    LinkExtractorOptions unlimited;
    unlimited.condense = false;
    unlimited.tokenizerFirst = false;
    unlimited.maxNesting = std::numeric_limits<int>::max();
    int pages = 0;
    int tokenized = 0;
    int condensedLinks = 0;
    for (const char *dir : {"/usr/share/doc/postgresql-doc-15/html", "/usr/share/doc/git-doc", "/usr/share/debian-reference",
                            "/usr/share/doc/sqlite3"}) {
        QDirIterator it(QString::fromLatin1(dir), {QStringLiteral("*.html"), QStringLiteral("*.htm")}, QDir::Files,
                        QDirIterator::Subdirectories);
        qint64 bytes = 0;
        while (it.hasNext() && bytes < kBytesPerPackage) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray html = file.readAll();
            bytes += html.size();
            const QUrl url(QStringLiteral("http://docs.example") + file.fileName());
            const PageLinks condensed = extractLinks(html, url, condensedOnly);
            QString difference = firstDifference(condensed, extractUncondensed(html, url));
            QVERIFY2(difference.isEmpty(), qPrintable(file.fileName() + QStringLiteral(" (condensed): ") + difference));
            condensedLinks += int(condensed.links.size());
            ++pages;
            LinkElements elements;
            if (!scanLinkElements(std::string_view(html.constData(), std::size_t(html.size())), &elements))
                continue;
            ++tokenized;
            difference = firstDifference(extractLinks(html, url), extractLinks(html, url, unlimited));
            QVERIFY2(difference.isEmpty(), qPrintable(file.fileName() + QStringLiteral(" (tokenizer): ") + difference));
        }
    }
    // packaging/install-deps.sh installs these packages (the compare corpus uses them too).
    QVERIFY2(pages >= 500, qPrintable(QStringLiteral("only %1 documentation pages found; run packaging/install-deps.sh").arg(pages)));
    QVERIFY(condensedLinks > 10 * pages);
    // Most documentation pages are plain enough for the tokenizer (the
    // PostgreSQL manual's navigation tables included); a change that makes
    // it decline them all would pass the comparisons above.
    qInfo("%d of %d pages read by the tokenizer alone", tokenized, pages);
    QVERIFY2(tokenized * 10 >= pages * 8, qPrintable(QStringLiteral("%1 of %2").arg(tokenized).arg(pages)));
}

// The tokenizer reads a page alone only where gumbo's tree holds the link
// elements in the order of their start tags; each row pins one rule, both
// whether it reads the page and that the result is gumbo's.
void tst_LinkExtractor::tokenizerReadsWhatGumboReads_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<bool>("tokenized");
    QTest::newRow("plain page") << QByteArray("<!DOCTYPE html><html><head><title>T</title><link rel=canonical href=/c>"
                                              "</head><body><a href=a>a</a><area href=/ar><iframe src=/if></iframe>")
                                << true;
    QTest::newRow("attribute syntax") << QByteArray("<A HREF=/up>u</A><a/href=/slash>s</a><a href = '/sp' >s</a>"
                                                    "<a =x href=\"/eq\">e</a><a href=/unq?a=1&b=2>q</a><a href>n</a>")
                                      << true;
    QTest::newRow("references in values") << QByteArray("<a href=\"/r?a=1&amp;b=&#50;&#x33;\">r</a><a href='&lt;x&gt;'>x</a>")
                                          << true;
    QTest::newRow("named reference") << QByteArray("<a href=/caf&eacute;>c&pi;</a>") << true;
    QTest::newRow("legacy prefix of an unknown name") << QByteArray("<a href=/x&notit;>x</a>") << true;
    QTest::newRow("numeric reference without ;") << QByteArray("<a href=/x&#47y>x</a>") << false;
    QTest::newRow("query strings") << QByteArray("<a href=/x?a=1&copy=2&ampx=3&b=&notin=4>c</a>") << true;
    QTest::newRow("legacy reference without ;") << QByteArray("<a href=/x?a=1&copy/2>c</a>") << true;
    QTest::newRow("title references and CRLF") << QByteArray("<title>A &amp; B\r\n&#169; C</title><title>second</title>")
                                               << true;
    QTest::newRow("base after the links") << QByteArray("<a href=x>x</a><base href=../other/><base href=/no/>") << true;
    QTest::newRow("markup that is text") << QByteArray("<script>var s='<a href=/s1>';</script><style><a href=/s2></style>"
                                                       "<textarea><a href=/s3></textarea><!-- <a href=/s4> -->"
                                                       "<xmp><a href=/s5></xmp><noembed><a href=/s6></noembed>"
                                                       "<script><!--<script></script><a href=/s7></script>"
                                                       "<title><a href=/s8></title><a href=/real>r</a>")
                                         << true;
    QTest::newRow("noscript is markup") << QByteArray("<noscript><a href=/ns>n</a></noscript>") << true;
    QTest::newRow("links in cells") << QByteArray("<table><tr><td><a href=/c1>1</a></td><th><a href=/c2>2</a>"
                                                  "<caption><a href=/c3>3</a></caption></table><a href=/after>a</a>")
                                    << true;
    QTest::newRow("nested tables") << QByteArray("<table><td><table><td><a href=/in>i</a></table><a href=/out>o</a></table>")
                                   << true;
    QTest::newRow("link in a table, outside cells") << QByteArray("<table><tr><td><a href=/1>1</a></td><a href=/2>2</a>")
                                                    << false;
    QTest::newRow("title in a table") << QByteArray("<table><title>t</title></table>") << false;
    QTest::newRow("select of options") << QByteArray("<select><option>a<option>b</select><a href=/s>s</a>") << true;
    QTest::newRow("link in a select") << QByteArray("<select><a href=/s>s</a></select>") << false;
    QTest::newRow("plain svg") << QByteArray("<a href=/home><svg viewBox='0 0 8 8'><title>home</title><path d='M0 0'/>"
                                             "<a href=/svg><text>s</text></a></svg></a><title>page</title><a href=/h>h</a>")
                               << true;
    QTest::newRow("plain math") << QByteArray("<math><mi>x</mi><mo>=</mo><mn>1</mn></math><a href=/m>m</a>") << true;
    QTest::newRow("self-closing svg") << QByteArray("<svg/><a href=/s>s</a>") << true;
    QTest::newRow("svg with HTML inside") << QByteArray("<svg><p><a href=/p>p</a></svg>") << false;
    QTest::newRow("svg foreignObject") << QByteArray("<svg><foreignObject><a href=/f>f</a></foreignObject></svg>") << false;
    QTest::newRow("svg end tag with a space") << QByteArray("<svg><g></g ><a href=/g>g</a></svg><a href=/h>h</a>") << false;
    QTest::newRow("svg CDATA") << QByteArray("<svg><![CDATA[<a href=/c>]]></svg><a href=/h>h</a>") << false;
    QTest::newRow("markup in an integration point") << QByteArray("<svg><desc><b>d</b></desc></svg>") << false;
    QTest::newRow("svg never closed") << QByteArray("<svg><g><a href=/x>") << false;
    QTest::newRow("template") << QByteArray("<template><a href=/t>t</a></template>") << false;
    QTest::newRow("frameset") << QByteArray("<frameset><frame src=/f></frameset>") << false;
    QTest::newRow("frame outside a frameset") << QByteArray("<frame src=/f><a href=/a>a</a>") << false;
    QTest::newRow("plaintext") << QByteArray("<plaintext><a href=/p>") << false;
    QTest::newRow("empty end tag") << QByteArray("</><a href=/e>e</a>") << false;
    QTest::newRow("repeated attribute") << QByteArray("<a x x href=/r>r</a>") << false;
    QTest::newRow("invalid UTF-8 in a value") << QByteArray("<a href=/\xff>x</a>") << false;
    QTest::newRow("invalid UTF-8 and controls in text") << QByteArray("\xe0<a href=/1>1</a>\xf0\x9f<a href=/2>2</a>\xc3"
                                                                      "<a href=/3>3</a>\x01\x0b<a\x0bhref=/4>4</a><a href=/5>")
                                                       << true;
    QTest::newRow("input ends in a tag") << QByteArray("<a href=/one>1</a><a href=/two") << true;
    QTest::newRow("clone of an open a") << QByteArray("<li><a href=s:><li>f<li><a href=/l><li>g") << true;
    QTest::newRow("misnested formatting") << QByteArray("<b><p><a href=/1></b><a href=/2>x</a>") << true;
}

void tst_LinkExtractor::tokenizerReadsWhatGumboReads()
{
    QFETCH(QByteArray, html);
    QFETCH(bool, tokenized);
    LinkElements elements;
    QCOMPARE(scanLinkElements(std::string_view(html.constData(), std::size_t(html.size())), &elements), tokenized);
    const PageLinks page = extractLinks(html, kPage);
    QVERIFY2(firstDifference(page, extractUncondensed(html, kPage)).isEmpty(),
             qPrintable(firstDifference(page, extractUncondensed(html, kPage))));
}

// gumbo 0.10 loses the value of the attribute after a repeated one that has
// no value (browsers keep it); the condensed copy must not read such a tag
// differently from the page (fuzz_linkextractor found "<area </< href=l>").
void tst_LinkExtractor::repeatedAttributeNamesReadAsGumboReads()
{
    for (const QByteArray &html : {QByteArray("<area </< href=l>"), QByteArray("<area x x href=/a>"),
                                   QByteArray("<area class=a class href=/b>"), QByteArray("<a X x href=/c>c</a>"),
                                   QByteArray("<link rel=canonical rel href=/d>")}) {
        const PageLinks condensed = extractLinks(html, kPage);
        QVERIFY2(firstDifference(condensed, extractUncondensed(html, kPage)).isEmpty(), html.constData());
    }
}



// The scan parses a differing pair's HTTP page once, for its links and its
// comparison (compare/parsedhtml.h): the links read from that tree are
// extractLinks()'s, including where its caps make it parse for itself.
void tst_LinkExtractor::sharedParseFindsTheSame_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<int>("maxInputBytes");
    QTest::addColumn<bool>("fallsBack"); // extractLinks(ParsedHtml) parses the page itself
    QTest::newRow("page") << QByteArray("<title>T</title><base href=/base/><a href=a>a</a><link rel=canonical href=/c>"
                                        "<iframe src=/f></iframe><a href=#top>t</a><svg><a href=/svg>s</a></svg>")
                          << -1 << false;
    QByteArray deep;
    for (int i = 0; i < 400; ++i)
        deep += "<div><a href=/d" + QByteArray::number(i) + ">x</a>";
    QTest::newRow("past the crawl's nesting limit") << deep << -1 << true;
    QTest::newRow("past the input cap") << QByteArray("<a href=/one>1</a>") + QByteArray(4000, ' ') + "<a href=/two>2</a>"
                                        << 1000 << true;
}

void tst_LinkExtractor::sharedParseFindsTheSame()
{
    QFETCH(QByteArray, html);
    QFETCH(int, maxInputBytes);
    QFETCH(bool, fallsBack);
    LinkExtractorOptions options;
    options.tokenizerFirst = false; // the tree shared with the comparison is gumbo's
    if (maxInputBytes >= 0)
        options.maxInputBytes = maxInputBytes;
    const auto parsed = ParsedHtml::parse(std::string_view(html.constData(), std::size_t(html.size())));
    QVERIFY(parsed);
    const PageLinks own = extractLinks(html, kPage, options);
    const PageLinks shared = extractLinks(*parsed, kPage, options);
    QVERIFY2(firstDifference(own, shared).isEmpty(), qPrintable(firstDifference(own, shared)));
    QCOMPARE(shared.depthLimited, own.depthLimited);
    QCOMPARE(shared.inputTruncated, own.inputTruncated);
    QCOMPARE(own.depthLimited || own.inputTruncated, fallsBack);
    QVERIFY(!own.links.isEmpty());

    // The real pages, as the scan sees them.
    if (QByteArray(QTest::currentDataTag()) != "page")
        return;
    int pages = 0;
    QDirIterator it(QStringLiteral("/usr/share/doc/sqlite3"), {QStringLiteral("*.html")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && pages < 200) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray page = file.readAll();
        const auto tree = ParsedHtml::parse(std::string_view(page.constData(), std::size_t(page.size())));
        if (!tree)
            continue;
        const QUrl url(QStringLiteral("http://docs.example") + file.fileName());
        const QString difference = firstDifference(extractLinks(page, url), extractLinks(*tree, url));
        QVERIFY2(difference.isEmpty(), qPrintable(file.fileName() + QStringLiteral(": ") + difference));
        ++pages;
    }
    QVERIFY2(pages >= 50, "the sqlite3-doc pages are missing: run packaging/install-deps.sh");
}

QTEST_GUILESS_MAIN(tst_LinkExtractor)
#include "tst_linkextractor.moc"
