// Normalisation rules for HTML: what is text, what is skeleton, what is
// masked, what is main content, and that hostile input stays bounded.
#include "compare/contentnormalizer.h"
#include "compare/htmlinputguard.h"
#include "compare/shingleset.h"

#include <QTest>

using namespace sslrec;

class tst_HtmlNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void invisibleContentIsNotText_data();
    void invisibleContentIsNotText();
    void titleKeptApart();
    void textAndSkeletonKeptApart();
    void selfLinksAreSchemeNeutral();
    void csrfAndNonceMasked();
    void timestampsMasked();
    void whitespaceAndAttributeOrderIgnored();
    void mainContentExcludesTemplate();
    void mainElementPreferred();
    void linkListPageIsAllMain();
    void placeholderDetected_data();
    void placeholderDetected();
    void truncationNoticed();
    void containsFolded_data();
    void containsFolded();
    void deepNestingIsBounded();
    void manyNodesAreBounded();
    void textIsOneBlockPerLine();
    void anchorWithoutHrefIsNotALink();
    void contentSequenceLeavesNavigationOut();

private:
    static NormalizedContent html(const QByteArray &body, const QString &host = QStringLiteral("example.org"))
    {
        return ContentNormalizer::normalize(body, QStringLiteral("text/html"), host);
    }
    static QByteArray page(const QByteArray &head, const QByteArray &body)
    {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }
};

void tst_HtmlNormalizer::invisibleContentIsNotText_data()
{
    QTest::addColumn<QByteArray>("hidden");
    QTest::newRow("script") << QByteArray("<script>var secret = 'zebra';</script>");
    QTest::newRow("style") << QByteArray("<style>.zebra { color: red }</style>");
    QTest::newRow("template") << QByteArray("<template><p>zebra</p></template>");
    QTest::newRow("noscript") << QByteArray("<noscript>zebra needs javascript</noscript>");
    QTest::newRow("comment") << QByteArray("<!-- zebra -->");
    QTest::newRow("hidden attribute") << QByteArray("<div hidden>zebra</div>");
    QTest::newRow("display none") << QByteArray("<div style=\"display: none\">zebra</div>");
}

void tst_HtmlNormalizer::invisibleContentIsNotText()
{
    QFETCH(QByteArray, hidden);
    const NormalizedContent n = html(page("<title>T</title>", "<p>Visible words here</p>" + hidden));
    QVERIFY2(!n.text.contains(QLatin1String("zebra")), qPrintable(n.text));
    QVERIFY(n.text.contains(QLatin1String("Visible words here")));
    QCOMPARE(n.wordCount, 3);
}

void tst_HtmlNormalizer::titleKeptApart()
{
    const NormalizedContent a = html(page("<title>Release notes 2024-05-01</title>", "<p>Same body text</p>"));
    const NormalizedContent b = html(page("<title>Installation guide</title>", "<p>Same body text</p>"));
    QCOMPARE(a.title, QStringLiteral("Release notes <date>"));
    QCOMPARE(a.textShingles, b.textShingles);
    QVERIFY(a.titleHash != b.titleHash);
    QVERIFY(a.normalizedHash != b.normalizedHash);
}

void tst_HtmlNormalizer::textAndSkeletonKeptApart()
{
    const NormalizedContent a = html(page("", "<div><p>one two three four five six</p></div>"));
    const NormalizedContent b = html(page("", "<section><ul><li>one two three four five six</li></ul></section>"));
    QCOMPARE(a.textShingles, b.textShingles);
    QVERIFY(a.tagShingles != b.tagShingles);
}

void tst_HtmlNormalizer::selfLinksAreSchemeNeutral()
{
    const QByteArray body = "<p>Read the <a href=\"%1/guide/intro.html\">guide</a> and "
                            "<img src=\"%1/img/logo.png\"></p>";
    const NormalizedContent a = html(page("", QByteArray(body).replace("%1", "http://example.org")));
    const NormalizedContent b = html(page("", QByteArray(body).replace("%1", "https://example.org")));
    const NormalizedContent c = html(page("", QByteArray(body).replace("%1", "//example.org")));
    const NormalizedContent d = html(page("", QByteArray(body).replace("%1", "")));
    const NormalizedContent other = html(page("", QByteArray(body).replace("%1", "https://elsewhere.net")));
    QCOMPARE(a.links.size(), std::size_t(2));
    QCOMPARE(a.links, b.links);
    QCOMPARE(a.links, c.links);
    QCOMPARE(a.links, d.links);
    QVERIFY(a.links != other.links);
    QCOMPARE(a.normalizedHash, b.normalizedHash);
    QCOMPARE(a.normalizedHash, c.normalizedHash);
}

void tst_HtmlNormalizer::csrfAndNonceMasked()
{
    const auto make = [](const QByteArray &token, const QByteArray &nonce) {
        return page("<meta name=\"csrf-token\" content=\"" + token + "\"><script nonce=\"" + nonce + "\">x()</script>",
                    "<form action=\"/login\" method=\"post\"><input type=\"hidden\" name=\"_token\" value=\"" + token
                        + "\"><input type=\"text\" name=\"user\"><input type=\"submit\" value=\"Sign in\"></form>"
                          "<p>Welcome back</p>");
    };
    const NormalizedContent a = html(make("kq3Lr9Xy", "abc"));
    const NormalizedContent b = html(make("Zz81mmQp", "xyz"));
    QCOMPARE(a.normalizedHash, b.normalizedHash);
    QVERIFY(a.text.contains(QLatin1String("[meta csrf-token] <csrf>")));
    QVERIFY(a.text.contains(QLatin1String("[input _token] <csrf>")));
    QVERIFY(a.text.contains(QLatin1String("Sign in"))); // a submit button's label is visible text
    int csrf = 0, nonce = 0;
    for (const MaskedToken &t : a.maskedTokens) {
        csrf += t.category == MaskCategory::Csrf;
        nonce += t.category == MaskCategory::Nonce;
    }
    QCOMPARE(csrf, 2);
    QCOMPARE(nonce, 1);
}

void tst_HtmlNormalizer::timestampsMasked()
{
    const NormalizedContent a = html(page("", "<p>Generated 2024-05-01 12:00:01 by node a1b2c3d4, request 123e4567-e89b-12d3-a456-426614174000</p>"));
    const NormalizedContent b = html(page("", "<p>Generated 2025-01-31 23:59:59 by node 9f8e7d6c, request 00000000-1111-2222-3333-444444444444</p>"));
    QCOMPARE(a.normalizedHash, b.normalizedHash);
    QVERIFY(a.text.contains(QLatin1String("Generated <date> <date> by node <hex>, request <uuid>")));
}

void tst_HtmlNormalizer::whitespaceAndAttributeOrderIgnored()
{
    const NormalizedContent a = html(page("", "<p class=\"a\" id=\"x\">Some   text\r\nhere</p>"));
    const NormalizedContent b = html(page("", "\n  <p id=\"x\"   class=\"a\">Some text here</p>\n"));
    QCOMPARE(a.normalizedHash, b.normalizedHash);
}

void tst_HtmlNormalizer::mainContentExcludesTemplate()
{
    const QByteArray nav = "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/blog\">Blog</a></li></ul></nav>";
    const QByteArray sidebar = "<div class=\"sidebar\"><ul><li><a href=\"/a\">Another article title here</a></li>"
                               "<li><a href=\"/b\">Yet another linked headline</a></li></ul></div>";
    const QByteArray article = "<div class=\"content\"><h1>Tuning the planner</h1><p>The planner chooses join orders by "
                               "estimating costs for each candidate plan and keeping the cheapest one it finds.</p>"
                               "<p>Statistics gathered by analyze feed these estimates, so stale statistics lead to poor plans.</p></div>";
    const QByteArray footer = "<footer>Copyright Example Org, all rights reserved</footer>";
    const NormalizedContent n = html(page("", nav + sidebar + article + footer));
    const NormalizedContent articleOnly = html(page("", article));
    QCOMPARE(n.mainShingles, articleOnly.mainShingles);
    QVERIFY(n.textShingles.size() > n.mainShingles.size());
}

void tst_HtmlNormalizer::mainElementPreferred()
{
    const NormalizedContent n = html(page("", "<div><p>Long template prose that is not the main content at all, "
                                              "repeated on every page of the site for no reason.</p></div>"
                                              "<main><p>Short real content</p></main>"));
    QCOMPARE(n.mainWordCount, 3);
}

void tst_HtmlNormalizer::linkListPageIsAllMain()
{
    QByteArray list = "<ul>";
    for (int i = 0; i < 30; ++i)
        list += "<li><a href=\"/p" + QByteArray::number(i) + "\">Chapter about topic " + QByteArray::number(i) + "</a></li>";
    list += "</ul>";
    const NormalizedContent n = html(page("", "<h1>Contents</h1>" + list));
    QCOMPARE(n.mainWordCount, n.wordCount);
}

void tst_HtmlNormalizer::placeholderDetected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::newRow("nginx") << page("<title>Welcome to nginx!</title>", "<h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed and working.</p>")
                           << int(PlaceholderKind::NginxDefault);
    QTest::newRow("it works") << page("", "<html><body><h1>It works!</h1></body></html>") << int(PlaceholderKind::ApacheDefault);
    QTest::newRow("iis") << page("<title>IIS Windows Server</title>", "<img src=\"iisstart.png\">") << int(PlaceholderKind::IisDefault);
    QTest::newRow("parked") << page("<title>example.org</title>", "<p>This domain may be for sale!</p>") << int(PlaceholderKind::ParkedDomain);
    QTest::newRow("nginx 502") << page("<title>502 Bad Gateway</title>", "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>")
                               << int(PlaceholderKind::ErrorPage);
    QTest::newRow("real page") << page("<title>Release notes</title>", "<p>Version 15 brings faster sorting.</p>") << int(PlaceholderKind::None);
}

void tst_HtmlNormalizer::placeholderDetected()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const NormalizedContent n = html(body);
    QCOMPARE(int(n.placeholder), kind);
    QCOMPARE(n.placeholderName.isEmpty(), kind == int(PlaceholderKind::None));
}

void tst_HtmlNormalizer::truncationNoticed()
{
    const QByteArray full = page("<title>T</title>", QByteArray("<p>words and more words</p>").repeated(50));
    QVERIFY(html(full).endsCleanly);
    QVERIFY(!html(full.left(full.size() / 2)).endsCleanly);
}

void tst_HtmlNormalizer::containsFolded_data()
{
    QTest::addColumn<QByteArray>("haystack");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<bool>("found");
    QTest::newRow("tag, upper case") << QByteArray("text</BODY>\n</Html>") << QByteArray("</html") << true;
    QTest::newRow("tag at the very end") << QByteArray("abc</html") << QByteArray("</html") << true;
    QTest::newRow("tag cut") << QByteArray("abc</htm") << QByteArray("</html") << false;
    QTest::newRow("many false starts") << QByteArray("<<</<h</ht</htm </html>") << QByteArray("</html") << true;
    QTest::newRow("letter first") << QByteArray("color: red; DISPLAY:none") << QByteArray("display:none") << true;
    QTest::newRow("letter first, absent") << QByteArray("display: none") << QByteArray("display:none") << false;
    QTest::newRow("longer needle") << QByteArray("</h") << QByteArray("</html") << false;
    QTest::newRow("empty needle") << QByteArray("x") << QByteArray() << true;
}

void tst_HtmlNormalizer::containsFolded()
{
    QFETCH(QByteArray, haystack);
    QFETCH(QByteArray, needle);
    QFETCH(bool, found);
    QCOMPARE(HtmlInputGuard::containsFolded(std::string_view(haystack.constData(), std::size_t(haystack.size())),
                                            std::string_view(needle.constData(), std::size_t(needle.size()))),
             found);
}

void tst_HtmlNormalizer::deepNestingIsBounded()
{
    // Hostile input: far deeper than any real page. Must finish, not overflow the stack.
    const QByteArray deep = "<html><body>" + QByteArray("<div>").repeated(200000) + "deep text" + "</body></html>";
    const NormalizedContent n = html(deep);
    QVERIFY(n.workCapped);
    QCOMPARE(n.kind, ContentKind::Html);
}

void tst_HtmlNormalizer::manyNodesAreBounded()
{
    const QByteArray many = "<html><body>" + QByteArray("<span>x</span>").repeated(300000) + "</body></html>";
    const NormalizedContent n = html(many);
    QVERIFY(n.workCapped);
    QVERIFY(n.wordCount > 0);
}

void tst_HtmlNormalizer::textIsOneBlockPerLine()
{
    const NormalizedContent n = html(page("<title>Doc</title>", "<h1>Heading</h1><p>First <b>bold</b> paragraph</p>"
                                                               "<p>Second<br>line</p><pre>code line 1\ncode line 2</pre>"));
    QCOMPARE(n.text, QStringLiteral("[title] Doc\nHeading\nFirst bold paragraph\nSecond\nline\ncode line #\ncode line #\n"));
}

void tst_HtmlNormalizer::anchorWithoutHrefIsNotALink()
{
    // XHTML's <a id="x"/> read as HTML stays open over the prose after it;
    // with no href that prose is no link text. The paragraph of real link
    // text after it is (template), so only the first one is content.
    QByteArray prose, links;
    for (int i = 0; i < 60; ++i) {
        prose += "word" + QByteArray::number(i) + " ";
        links += "link" + QByteArray::number(i) + " ";
    }
    const NormalizedContent n = html(page("", "<p><a id=\"s1\"/>" + prose + "</p><p><a href=\"/x\">" + links + "</a></p>"));
    QCOMPARE(n.wordCount, 120);
    QCOMPARE(n.contentSequence.size(), std::size_t(60));
}

void tst_HtmlNormalizer::contentSequenceLeavesNavigationOut()
{
    QByteArray prose;
    for (int i = 0; i < 40; ++i)
        prose += "term" + QByteArray::number(i) + " ";
    const NormalizedContent n = html(page("", "<nav>menu one two three four five six seven eight</nav><p>" + prose + "</p>"));
    // 49 words make 45 shingles; the 9 that start in the menu are left out.
    QCOMPARE(n.wordCount, 49);
    QCOMPARE(n.contentSequence.size(), std::size_t(36));
}

QTEST_GUILESS_MAIN(tst_HtmlNormalizer)
#include "tst_htmlnormalizer.moc"
