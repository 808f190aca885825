// HtmlCondenser hands gumbo a smaller document with the same tree: every
// normal form must come out identical with and without it, on tricky
// markup and on the HTML installed on this machine.
#include "compare/contentnormalizer.h"
#include "compare/htmlcondenser.h"
#include "compare/htmlnormalizer.h"
#include "compare/parsedhtml.h"

#include "comparecorpus.h"
#include "normalformdiff.h"

#include <QDir>
#include <QTest>

using namespace sslrec;

class tst_HtmlCondenser : public QObject
{
    Q_OBJECT

private slots:
    void sameNormalForm_data();
    void sameNormalForm();
    void installedPagesSameNormalForm();
    void randomMarkupSameNormalForm();
    void condensedIsSmaller();
    void markerLookalikesFallBack_data();
    void markerLookalikesFallBack();
    void markersRoundTrip();
    void sharedParseOnlyWhereItIsThePagesOwn();

private:
    static void compareForms(const QByteArray &body);
};

void tst_HtmlCondenser::compareForms(const QByteArray &body)
{
    NormalizeOptions plain;
    plain.condense = false;
    const NormalizedContent a = ContentNormalizer::normalize(body, QStringLiteral("text/html"), QStringLiteral("example.org"), plain);
    const NormalizedContent b = ContentNormalizer::normalize(body, QStringLiteral("text/html"), QStringLiteral("example.org"));
    QCOMPARE(b.text, a.text); // the values, where they differ
    QCOMPARE(b.title, a.title);
    const char *field = sslrec::testing::firstDifference(a, b);
    QVERIFY2(!field, field);
    // The scan's shared parse (one tree for links and comparison) reads the same.
    if (const auto parsed = ParsedHtml::parse(std::string_view(body.constData(), std::size_t(body.size())))) {
        const NormalizedContent c = ContentNormalizer::normalize(body, QStringLiteral("text/html"),
                                                                 QStringLiteral("example.org"), {}, parsed.get());
        field = sslrec::testing::firstDifference(b, c);
        QVERIFY2(!field, field);
    }
}

void tst_HtmlCondenser::sameNormalForm_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("plain") << QByteArray("<html><head><title>T</title></head><body><p>Hello <b>big</b> world</p></body></html>");
    QTest::newRow("script end in string") << QByteArray("<p>a</p><script>var s = '</scr' + 'ipt>'; if (a<b) x();</script><p>b c d</p>");
    QTest::newRow("script escaped") << QByteArray("<script><!-- document.write('<script>x</script>'); --></script><p>after</p>");
    QTest::newRow("script escaped end") << QByteArray("<script><!-- a </script><p>visible</p> --></script>");
    QTest::newRow("unclosed script") << QByteArray("<p>before</p><script>never closed <p>text");
    QTest::newRow("comments") << QByteArray("<p>a<!-- x -->b<!---->c<!-->d<!--->e<!-- y --!>f<!-- <p>no</p> -->g</p>");
    QTest::newRow("unclosed comment") << QByteArray("<p>a</p><!-- runs to the end <p>b</p>");
    QTest::newRow("bogus comments") << QByteArray("<?xml version=\"1.0\"?><p>a</p><!foo><p>b</p></ x><p>c</p></><p>d</p>");
    QTest::newRow("doctype quirks") << QByteArray("<p>a<table><tr><td>cell</td></tr></table>b</p>");
    QTest::newRow("doctype standards") << QByteArray("<!DOCTYPE html><p>a<table><tr><td>cell</td></tr></table>b</p>");
    QTest::newRow("foster parenting") << QByteArray("<table>lost words<tr><td>x</td></tr> more <tr><td>y</td></tr></table>");
    QTest::newRow("head whitespace") << QByteArray("<html><head>\n  <title> A  title </title>\n   text in head\n</head><body> b </body>");
    QTest::newRow("title with tags") << QByteArray("<title>A <b>bold</b> &amp; title</title><p>x</p>");
    QTest::newRow("textarea and xmp") << QByteArray("<textarea><p>not markup</p></textarea><xmp><b>shown</b></xmp><p>z</p>");
    QTest::newRow("rawtext elements") << QByteArray("<noembed><p>n</p></noembed><noframes><i>f</i></noframes><iframe><p>i</p></iframe><p>e</p>");
    QTest::newRow("plaintext") << QByteArray("<p>a</p><plaintext><p>all text </p></plaintext>");
    QTest::newRow("svg and math") << QByteArray("<p>a</p><svg><style>.x{}</style><text>in svg</text><![CDATA[<p>cd</p>]]></svg>"
                                                "<math><mi>x</mi></math><p>b</p>");
    QTest::newRow("svg breakout") << QByteArray("<svg><p>breaks out</p><style>s</style></svg><p>after</p>");
    QTest::newRow("select") << QByteArray("<select><option>one</option><style>x</style><title>t</title></select><p>after</p>");
    QTest::newRow("pre newlines") << QByteArray("<pre>\n\nline one\r\n  line two\n\n\n<b>three</b>   four\r</pre><p>x</p>");
    QTest::newRow("whitespace runs") << QByteArray("<p>  a \t\n  b  </p>  \n\n  <p>\r\n c\f</p>");
    QTest::newRow("entities") << QByteArray("<p>&lt;tag&gt; &amp; &quot;q&quot; &nbsp;&copy; &#169; &#xA9; &#233;t&#xe9;</p>");
    QTest::newRow("legacy entities") << QByteArray("<p>&amp &lt; &ltx; &notin; &copy AT&T R&D a & b &#; &#x; &#0; &#128; &#x110000;</p>");
    // Found by fuzz_condenser: a NUL in an attribute name, then an
    // unquoted value of invalid UTF-8.
    QTest::newRow("nul in attribute name") << QByteArray("<link \0href=\xac>", 14);
    // Found by fuzz_condenser: formatting elements that differ only in an
    // attribute the walker does not read (the Noah's Ark clause).
    QTest::newRow("noahs ark") << QByteArray("<p><B/t><B><B><B><p>>");
    QTest::newRow("noahs ark classes") << QByteArray("<p><a class=x href=/a><a href=/a><a href=/a><a href=/a>t<p>u</a>");
    // Formatting elements keep a fingerprint of the attributes they drop.
    QTest::newRow("noahs ark same dropped") << QByteArray("<p><b class=x><b class=x><b class=x><b class=x>t<p>u");
    QTest::newRow("noahs ark other dropped") << QByteArray("<p><b class=x><b class=y><b class=x><b class=x>t<p>u");
    QTest::newRow("noahs ark order and case") << QByteArray("<p><b CLASS=x title=t><b title=t class=x><b class=x Title=t><b class=x title=t>t<p>u");
    QTest::newRow("noahs ark quotes") << QByteArray("<p><i class=\"x\"><i class=x><i class='x'><i class=x>t<p>u");
    QTest::newRow("noahs ark references") << QByteArray("<p><u title=\"a&amp;b\"><u title=\"a&b\"><u title=\"a&#38;b\"><u title=a&b>t<p>u");
    QTest::newRow("noahs ark repeated name") << QByteArray("<p><em class=x class=y><em class=x><em class=x><em class=x>t<p>u");
    QTest::newRow("noahs ark carriage returns") << QByteArray("<p><b title=\"a\r\nb\"><b title=\"a\nb\"><b title=\"a\rb\"><b title=\"a\nb\">t<p>u");
    QTest::newRow("noahs ark invalid utf-8") << QByteArray("<p><b title=\"\xff\"><b title=\"\xfe\"><b title=\"\xff\"><b title=\"\xc3\">t<p>u");
    QTest::newRow("noahs ark kept and dropped") << QByteArray("<p><a href=/x class=k><b href=/x class=k><b class=k href=/x><b href=/x class=j><b href=/x class=k>t<p>u");
    QTest::newRow("noahs ark empty value") << QByteArray("<p><s title><s title=\"\"><s title=''><s title=>t<p>u");
    QTest::newRow("pre drops one newline") << QByteArray("<p><a><pre>\n </pre><p><b><listing>\r\n\n</listing><p><i><pre>\r \n</pre>");
    QTest::newRow("repeated valueless attribute") << QByteArray("<img x x src=/lost alt=a><link rel=a rel href=/gone><p hidden hidden style=display:none>t</p>");
    QTest::newRow("repeated style") << QByteArray("<div style=color:red style=\"display:none\">shown</div><div style=\"display:none\" style=x>hidden</div>");
    QTest::newRow("entity whitespace") << QByteArray("<table>&#32;<tr><td>a</td></tr>&#10;</table><p>&#9;b</p>");
    QTest::newRow("nul and controls") << QByteArray("<p>a") + '\0' + QByteArray("b\x01" "c\x7f" "d\x1b</p>");
    QTest::newRow("invalid utf-8") << QByteArray("<p>caf\xc3\xa9 \xc3 \xff\xfe bad \xed\xa0\x80 \xef\xbf\xbe \xc2\x85 ok</p>");
    QTest::newRow("attributes") << QByteArray("<a href=/x class=\"c\" title='t>t' data-x=\"1\">l</a><img src=x/><img src=y /><br/>"
                                              "<p id=a\"b style=\"display:none\">hidden</p><div hidden class=x>h2</div>"
                                              "<a class=x>no href <b>bold</b></a><input type=hidden name=csrf_token value=abc>"
                                              "<meta name=csrf-token content=zzz><form action=\"http://example.org/s?v=1\"></form>");
    QTest::newRow("duplicate attributes") << QByteArray("<a href=\"/one\" href=\"/two\" role=main>x</a><div role=navigation class=a>nav</div>");
    QTest::newRow("tag cut at eof") << QByteArray("<p>text</p><a href=\"/x\" cla");
    QTest::newRow("quote cut at eof") << QByteArray("<p>text</p><a href=\"/x");
    QTest::newRow("lone lt") << QByteArray("<p>a < b <3 and 5<6 <</p>");
    QTest::newRow("end tag cut") << QByteArray("<p>a</p");
    QTest::newRow("empty end tag") << QByteArray("</><svg></svg><iframe>");
    QTest::newRow("comment flushes text") << QByteArray("<form action=/f>x</nav><!--c-->y</form>");
    QTest::newRow("frameset") << QByteArray("<frameset><script><frameset>");
    QTest::newRow("math breakout") << QByteArray("<math><xmp><div class=x><noembed></xmp></math><img src=\"/i.png\" alt=x/>");
    QTest::newRow("plain svg icon") << QByteArray("<p>a</p><svg viewBox=\"0 0 8 8\"><title>Search</title><g><path d=\"M0 0\"/></g></svg><p class=x>b</p>");
    // Inside plain svg, tags keep only the attributes the walker reads.
    QTest::newRow("svg attributes") << QByteArray("<svg viewBox=\"0 0 8 8\"><a href=/in-svg xlink:href=/x><text x=1 "
                                                  "style=\"display:none\">hidden</text><text hidden>h2</text><text x=2 "
                                                  "role=heading>shown</text></a><path d=\"M0 0L9 9\" fill=red/><g "
                                                  "d=1 d=2 href=/r/></g><circle r=x/></svg><p>after</p>");
    QTest::newRow("select values") << QByteArray("<select name=s class=c><option value=1 selected>one<option "
                                                 "value=\"2\" data-x=y>two</select><p>after</p>");
    // gumbo 0.10 closes a foreign element only on "</name>" exactly
    // (fuzz_condenser: "<math></math ><![CDATA[>]]><p>" left math open).
    QTest::newRow("cdata after math") << QByteArray("<math></math ><![CDATA[>]]><p>");
    QTest::newRow("svg end tag with space") << QByteArray("<svg><g><text>a</text></g ><![CDATA[x]]></svg\n><p>b</p>");
    QTest::newRow("svg end tag with attribute") << QByteArray("<svg><g></g x=1><![CDATA[<p>y]]></svg><p>c</p>");
    QTest::newRow("select end tag with space") << QByteArray("<select><option>a</option ></select ><p>d</p>");
    QTest::newRow("isindex") << QByteArray("<isindex prompt=\"Search here\" class=x><p>a</p>");
    QTest::newRow("input buttons") << QByteArray("<input type=submit value=\"Send it\" class=b><button type=button>Go</button>");
}

void tst_HtmlCondenser::sameNormalForm()
{
    QFETCH(QByteArray, body);
    compareForms(body);
}

void tst_HtmlCondenser::installedPagesSameNormalForm()
{
    int checked = 0;
    for (const QString &dir : sslrec::corpus::CompareCorpus::sourceDirectories()) {
        const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
        for (qsizetype i = 0; i < files.size(); i += 25) {
            QFile f(files[i].absoluteFilePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            compareForms(f.readAll());
            if (QTest::currentTestFailed())
                qFatal("differs: %s", qPrintable(files[i].absoluteFilePath()));
            ++checked;
        }
    }
    if (checked == 0)
        QSKIP("no documentation HTML installed (packaging/install-deps.sh)");
    qInfo("%d installed pages", checked);
}

void tst_HtmlCondenser::randomMarkupSameNormalForm()
{
    // Documents stitched from the pieces the condenser must get right; the
    // cases it once got wrong ("</>", comments beside text, breakouts from
    // svg and math, frameset) came from this.
    static const char *const kPieces[] = {
        "<p>", "</p>", "<a href=/x>", "<a id=y/>", "</a>", "<b>", "</b>", "<table>", "<tr>", "<td>", "</td>", "</table>",
        "<script>", "</script>", "<!--", "-->", "--!>", "<style>", "</style>", "<svg>", "</svg>", "<math>", "</math>",
        "<select>", "</select>", "<option>", "<title>", "</title>", "<textarea>", "</textarea>", "<pre>", "</pre>", "<xmp>",
        "</xmp>", "<iframe>", "</iframe>", "<noscript>", "</noscript>", "<plaintext>", "<![CDATA[", "]]>", "<!DOCTYPE html>",
        "<?x?>", "</ x>", "</>", "<", ">", "&amp;", "&lt;", "&copy", "&#169;", "&#x41;", "&#32;", "&", "&#", "\"", "'", "=",
        " ", "  ", "\n", "\r\n", "\r", "\t", "\f", "word", "Word2", "2024-05-01", "\xc3\xa9", "\xc3", "\xff", "\x01",
        "<div hidden>", "<div style=\"display:none\">", "</div>", "<div class=\"a b\" data-x='1>2'>", "<img src=\"/i.png\" alt=x/>",
        "<br/>", "<input type=hidden name=csrf_token value=t>", "<meta name=description content=\"d\">", "<nav>", "</nav>",
        "<main>", "</main>", "<h1>", "</h1>", "<li>", "<ul>", "</ul>", "<head>", "</head>", "<body>", "</body>", "<html>",
        "</html>", "<frameset>", "<noembed>", "</noembed>", "<template>", "</template>", "<!--<script>", "</script -->",
        "<script><!--", "<foreignObject>", "</foreignObject>", "<desc>", "</desc>", "<path d=x/>", "<g>", "</g>",
        "<form action=/f>", "</form>", "<svg viewBox=\"0 0 8 8\" class=i>", "<text x=1 style=\"display:none\">",
        "</text>", "<circle hidden r=2/>", "<a xlink:href=/t href=/s>", "<option value=v class=o>"};
    constexpr int kCount = int(sizeof(kPieces) / sizeof(*kPieces));
    quint64 state = 0x5eed;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    for (int i = 0; i < 2000; ++i) {
        QByteArray body;
        const int pieces = 1 + int(next() % 40);
        for (int p = 0; p < pieces; ++p)
            body += next() % 50 == 0 ? QByteArray(1, '\0') : QByteArray(kPieces[next() % kCount]);
        compareForms(body);
        if (QTest::currentTestFailed())
            qFatal("differs: %s", body.toPercentEncoding(" <>/=\"'!-&#;").constData());
    }
}

void tst_HtmlCondenser::condensedIsSmaller()
{
    QByteArray page = "<!DOCTYPE html><html><head><title>T</title><style>body { color: red }</style></head><body>";
    for (int i = 0; i < 50; ++i)
        page += "<div class=\"row item-" + QByteArray::number(i) + "\" data-id=\"" + QByteArray::number(i * 7)
                + "\"><p class=\"text\">A paragraph of prose that goes on for a while, number " + QByteArray::number(i)
                + ".</p><!-- row end --></div>\n";
    page += "<script>var x = 1;</script></body></html>";
    HtmlCondenser::Output out;
    QVERIFY(HtmlCondenser::condense(std::string_view(page.constData(), std::size_t(page.size())), &out));
    QCOMPARE(out.runs.size(), std::size_t(50)); // the paragraphs; the title is RCDATA, copied as it is
    QVERIFY2(out.html.size() * 3 < std::size_t(page.size()), qPrintable(QString::number(out.html.size())));
    QVERIFY(out.html.find("class=") == std::string::npos);
    QVERIFY(out.html.find("var x") == std::string::npos);
    QVERIFY(out.html.find("row end") == std::string::npos);
    compareForms(page);

    // An inline icon keeps its elements and text, not its drawing.
    const std::string icon = "<p>a</p><svg viewBox=\"0 0 8 8\"><title>Search</title><g fill=red><path d=\"M0 0L8 8\" "
                             "href=\"/h\"/></g></svg><p>b</p>";
    QVERIFY(HtmlCondenser::condense(icon, &out));
    QVERIFY2(out.html.find("<g><path href=\"/h\" />") != std::string::npos, out.html.c_str());
    QVERIFY(out.html.find("M0 0") == std::string::npos);
    compareForms(QByteArray::fromStdString(icon));
}

void tst_HtmlCondenser::markerLookalikesFallBack_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("raw plane 15") << QByteArray("<p>a \xf3\xb0\x80\x80 b</p>");
    QTest::newRow("raw plane 16") << QByteArray("<p>a \xf4\x80\x80\x81 b</p>");
    QTest::newRow("reference") << QByteArray("<p>a &#xF0000; b</p>");
    QTest::newRow("decimal reference") << QByteArray("<p>a &#983041; b</p>");
}

void tst_HtmlCondenser::markerLookalikesFallBack()
{
    QFETCH(QByteArray, body);
    HtmlCondenser::Output out;
    QVERIFY(!HtmlCondenser::condense(std::string_view(body.constData(), std::size_t(body.size())), &out));
    compareForms(body);
}

void tst_HtmlCondenser::markersRoundTrip()
{
    // Enough text runs to use both private-use planes.
    std::string page;
    const std::uint32_t runs = 0xFFFE + 10;
    for (std::uint32_t i = 0; i < runs; ++i)
        page += "<i>w" + std::to_string(i) + "</i>";
    HtmlCondenser::Output out;
    QVERIFY(HtmlCondenser::condense(page, &out));
    QCOMPARE(out.runs.size(), std::size_t(runs));
    std::string text;
    std::uint32_t expected = 0;
    for (std::size_t i = 0; i < out.html.size(); ++i) {
        std::uint32_t index = 0;
        if (!HtmlCondenser::markerAt(out.html, i, &index))
            continue;
        QCOMPARE(index, expected++);
        text.clear();
        HtmlCondenser::appendRun(page, out.runs[index], &text);
        // Appended, not "w" + to_string(): GCC 12 at -O3 warns -Wrestrict on
        // that operator+ (a false positive, GCC bug 105651) and -Werror stops.
        std::string want = "w";
        want += std::to_string(index);
        QCOMPARE(text, want);
        i += HtmlCondenser::kMarkerBytes - 1;
    }
    QCOMPARE(expected, runs);
}

// ParsedHtml stands in for the normaliser's parse only where that parse
// would read the same bytes: never for a page it would cut or cap.
void tst_HtmlCondenser::sharedParseOnlyWhereItIsThePagesOwn()
{
    const auto parse = [](const std::string &html) { return ParsedHtml::parse(html); };
    QVERIFY(parse("<p>a page</p>"));
    std::string deep;
    for (int i = 0; i <= HtmlNormalizer::kNestingCutoffTags; ++i)
        deep += "<div>";
    QVERIFY(!parse(deep));                                                  // the nesting guard would cut it
    QVERIFY(!parse(std::string(HtmlNormalizer::kMaxInputBytes + 1, 'x'))); // past the input cap
    QVERIFY(!parse("<p>\xf3\xb0\x80\x80 looks like a marker</p>"));       // the condenser refuses it
}

QTEST_GUILESS_MAIN(tst_HtmlCondenser)
#include "tst_htmlcondenser.moc"
