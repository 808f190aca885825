// htmlchars::charRef and htmlscan::decode against gumbo, one reference at a
// time: wherever they read a named reference (or read '&' as a literal),
// gumbo must read the same bytes the same way, in text and in attribute
// values. Every name of the HTML5 list is tried, and near-misses around each.
#include "compare/gumboarena.h"
#include "compare/htmlcharacters.h"
#include "compare/htmlscan.h"

#include <QTest>

#include <initializer_list>
#include <string>
#include <string_view>

using namespace sslrec;

namespace {

struct Listed
{
    std::string_view name;
    std::string_view utf8;
    bool legacy;
};

constexpr Listed kList[] = {
#include "compare/htmlentities.inc"
};

// Concatenation without operator+ on temporaries (GCC 12's -Wrestrict
// reports a false overlap for "&" + std::string at -O3).
std::string joined(std::initializer_list<std::string_view> parts)
{
    std::string s;
    for (const std::string_view part : parts)
        s.append(part);
    return s;
}

const GumboNode *firstElement(const GumboNode *parent, GumboTag tag)
{
    const GumboVector &children = parent->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == tag)
            return child;
    }
    return nullptr;
}

// What gumbo makes of @p ref as the text of a p and as its title.
struct GumboReading
{
    std::string text;
    std::string title;
};

GumboReading gumboReads(std::string_view ref)
{
    std::string html = "<p title=\"";
    html.append(ref).append("\">").append(ref).append("</p>");
    GumboArena arena;
    const GumboOptions options = arena.options();
    const GumboOutput *output = gumbo_parse_with_options(&options, html.data(), html.size());
    const GumboNode *body = firstElement(output->root, GUMBO_TAG_BODY);
    const GumboNode *p = body ? firstElement(body, GUMBO_TAG_P) : nullptr;
    if (!p)
        return {};
    GumboReading reading;
    const GumboVector &children = p->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE)
            reading.text.append(child->v.text.text);
    }
    if (const GumboAttribute *title = gumbo_get_attribute(&p->v.element.attributes, "title"))
        reading.title = title->value;
    return reading;
}

// Reads @p ref (starting with '&') as text and as a value, the way the
// tree builder and the link tokenizer do (htmlscan::decode); wherever they
// commit themselves, gumbo must agree. Returns charRef's answer for text.
int checkReference(std::string_view ref)
{
    const int length = htmlchars::charRef(ref, 0, nullptr, htmlchars::RefContext::Text);
    std::string text;
    const bool textRead = htmlscan::decode(ref, 0, ref.size(), htmlscan::Decode::Data, &text);
    std::string value;
    const bool valueRead = htmlscan::decode(ref, 0, ref.size(), htmlscan::Decode::AttributeValue, &value);
    const GumboReading gumbo = gumboReads(ref);
    const QByteArray what = QByteArray("reference ") + QByteArray(ref.data(), qsizetype(ref.size()));
    [&] {
        QVERIFY2(textRead == (length >= 0), what.constData());
        if (textRead)
            QVERIFY2(gumbo.text == text, (what + " in text: gumbo " + gumbo.text.c_str() + ", ours " + text.c_str()).constData());
        if (valueRead)
            QVERIFY2(gumbo.title == value, (what + " in a value: gumbo " + gumbo.title.c_str() + ", ours " + value.c_str()).constData());
    }();
    return length;
}

// charRef's answer for @p ref in a value.
int inValue(std::string_view ref)
{
    return htmlchars::charRef(ref, 0, nullptr, htmlchars::RefContext::Value);
}

} // namespace

class tst_HtmlCharacters : public QObject
{
    Q_OBJECT

private slots:
    void everyNamedReferenceReadsAsGumboReadsIt();
    void nearMissesReadAsGumboReadsThem();
    void legacyNamesWithoutSemicolonReadAsGumboReadsThem();
    void references_data();
    void references();
};

// All 2,125 names with their ';': read, and read as gumbo reads them. Only
// the two that are whitespace (&Tab; &NewLine;) are left to gumbo.
void tst_HtmlCharacters::everyNamedReferenceReadsAsGumboReadsIt()
{
    QCOMPARE(std::size(kList), std::size_t(2125));
    int read = 0;
    for (const Listed &entry : kList) {
        const std::string ref = joined({"&", entry.name, ";"});
        const int length = checkReference(ref);
        if (QTest::currentTestFailed())
            return;
        if (length > 0) {
            QCOMPARE(length, int(ref.size()));
            ++read;
        } else {
            QVERIFY2(entry.name == "Tab" || entry.name == "NewLine", ref.c_str());
            QCOMPARE(length, -1);
        }
    }
    QCOMPARE(read, 2123);
}

// Around every name: one letter short, one letter more, a digit after, no
// ';' at all. Whatever charRef commits to (a reference or a literal '&'),
// gumbo reads the same.
void tst_HtmlCharacters::nearMissesReadAsGumboReadsThem()
{
    int literal = 0;
    for (const Listed &entry : kList) {
        const std::string_view name = entry.name;
        for (const std::string &ref : {joined({"&", name.substr(0, name.size() - 1), ";"}), joined({"&", name, "q;"}),
                                       joined({"&", name, "7 "}), joined({"&", name, " "}), joined({"&", name, "=x"})}) {
            literal += checkReference(ref) == 0;
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Most near-misses are no reference at all; a change that made charRef
    // decline them (leaving every such page to gumbo) would show here.
    QVERIFY2(literal > 5000, QByteArray::number(literal).constData());
}

// "&copy 2024", "&notit;", "&amp=": without its ';' a legacy name is read
// in text whatever follows, in a value only before a character that is
// neither alphanumeric nor '='; both as gumbo reads them.
void tst_HtmlCharacters::legacyNamesWithoutSemicolonReadAsGumboReadsThem()
{
    int legacy = 0;
    for (const Listed &entry : kList) {
        if (!entry.legacy)
            continue;
        ++legacy;
        const std::string_view name = entry.name;
        const int length = int(name.size()) + 1;
        const std::string before = joined({"&", name, " "});
        for (const std::string &ref : {before, joined({"&", name, "x;"}), joined({"&", name, "1"}), joined({"&", name}),
                                       joined({"&", name, "=x"})}) {
            QVERIFY2(checkReference(ref) == length, ref.c_str());
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(inValue(before) == length, before.c_str());
        QVERIFY2(inValue(joined({"&", name, "x;"})) == 0, entry.name.data());
        QVERIFY2(inValue(joined({"&", name, "=x"})) == 0, entry.name.data());
    }
    QCOMPARE(legacy, 106);
}

void tst_HtmlCharacters::references_data()
{
    QTest::addColumn<QByteArray>("ref");
    QTest::addColumn<int>("expected");

    QTest::newRow("literal before space") << QByteArray("& x") << 0;
    QTest::newRow("C code") << QByteArray("&db->aDb[0]") << 0;
    QTest::newRow("unknown name with ;") << QByteArray("&foo;") << 0;
    QTest::newRow("long unknown name") << QByteArray("&") + QByteArray(300, 'z') + ";" << 0;
    QTest::newRow("longest name") << QByteArray("&CounterClockwiseContourIntegral;") << 33;
    QTest::newRow("two code points") << QByteArray("&NotEqualTilde;") << 15;
    QTest::newRow("legacy name inside a longer one") << QByteArray("&notin;") << 7;
    QTest::newRow("legacy prefix, no such name") << QByteArray("&notit;") << 4;
    QTest::newRow("legacy name before a longer one's prefix") << QByteArray("&notinv x") << 4;
    QTest::newRow("pi") << QByteArray("&pi;") << 4;
    QTest::newRow("case matters") << QByteArray("&PI;") << 0;
    QTest::newRow("query string in text") << QByteArray("&page=2") << 0;
    QTest::newRow("numeric") << QByteArray("&#960;") << 6;
    QTest::newRow("numeric hex") << QByteArray("&#x3C0;") << 7;
    QTest::newRow("numeric without ;") << QByteArray("&#960 ") << -1;
    QTest::newRow("numeric C1") << QByteArray("&#150;") << -1;
    QTest::newRow("numeric space") << QByteArray("&#32;") << -1;
    QTest::newRow("tab") << QByteArray("&Tab;") << -1;
    QTest::newRow("at end") << QByteArray("&") << 0;
    QTest::newRow("unknown name at end") << QByteArray("&zz") << 0;
}

void tst_HtmlCharacters::references()
{
    QFETCH(QByteArray, ref);
    QFETCH(int, expected);
    QCOMPARE(checkReference(std::string_view(ref.constData(), std::size_t(ref.size()))), expected);
}

QTEST_APPLESS_MAIN(tst_HtmlCharacters)
#include "tst_htmlcharacters.moc"
