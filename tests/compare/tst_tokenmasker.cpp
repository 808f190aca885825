// Masking rules: what counts as a volatile token, and what must survive as a word.
#include "compare/tokenmasker.h"

#include <QTest>

using namespace sslrec;

class tst_TokenMasker : public QObject
{
    Q_OBJECT

private slots:
    void maskWord_data();
    void maskWord();
    void categories_data();
    void categories();
    void wordsAndWhitespace();
    void ambiguousCalendarWordsNeedContext();
    void everyCalendarWord();
    void caseAndPunctuationIgnoredInHash();
    void csrfNames_data();
    void csrfNames();
    void schemeNeutralUrl_data();
    void schemeNeutralUrl();
};

void tst_TokenMasker::maskWord_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<QByteArray>("masked");
    QTest::newRow("plain word") << QByteArray("postgres") << QByteArray("postgres");
    QTest::newRow("number") << QByteArray("12345") << QByteArray("#");
    QTest::newRow("decimal") << QByteArray("3.14") << QByteArray("#.#");
    QTest::newRow("version in word") << QByteArray("v15") << QByteArray("v#");
    QTest::newRow("iso date") << QByteArray("2024-05-01") << QByteArray("<date>");
    QTest::newRow("slash date") << QByteArray("01/05/2024") << QByteArray("<date>");
    QTest::newRow("time") << QByteArray("12:34:56") << QByteArray("<date>");
    QTest::newRow("iso datetime") << QByteArray("2024-05-01T12:34:56Z") << QByteArray("<date>");
    QTest::newRow("month") << QByteArray("January") << QByteArray("<date>");
    QTest::newRow("nine-letter month") << QByteArray("September") << QByteArray("<date>");
    QTest::newRow("nine-letter weekday") << QByteArray("WEDNESDAY") << QByteArray("<date>");
    QTest::newRow("eight-letter weekday") << QByteArray("Thursday") << QByteArray("<date>");
    QTest::newRow("month prefix is a word") << QByteArray("Marching") << QByteArray("Marching");
    QTest::newRow("longer than a month") << QByteArray("Septembers") << QByteArray("Septembers");
    QTest::newRow("weekday abbr") << QByteArray("Tue,") << QByteArray("<date>,");
    QTest::newRow("time zone") << QByteArray("GMT") << QByteArray("<date>");
    QTest::newRow("git short hash") << QByteArray("3f2a9c1") << QByteArray("<hex>");
    QTest::newRow("sha1") << QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709") << QByteArray("<hex>");
    QTest::newRow("uuid") << QByteArray("123e4567-e89b-12d3-a456-426614174000") << QByteArray("<uuid>");
    QTest::newRow("base64 token") << QByteArray("dGhpcyBpcyBhIHRva2Vu9x") << QByteArray("<token>");
    QTest::newRow("jwt-ish no digits") << QByteArray("eyJhbGciOiJIUzI_NiIsInR5cCI6IkpXVCJ") << QByteArray("<token>");
    QTest::newRow("punctuation kept") << QByteArray("(2024-05-01),") << QByteArray("(<date>),");
    QTest::newRow("hex letters only is a word") << QByteArray("deadbeef") << QByteArray("deadbeef");
    QTest::newRow("short identifier") << QByteArray("x86_64") << QByteArray("x#_#");
}

void tst_TokenMasker::maskWord()
{
    QFETCH(QByteArray, word);
    QFETCH(QByteArray, masked);
    QCOMPARE(TokenMasker::maskWord(std::string_view(word.constData(), std::size_t(word.size()))), masked);
}

void tst_TokenMasker::categories_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<int>("category");
    QTest::newRow("number") << QByteArray("42") << int(MaskCategory::Number);
    QTest::newRow("date") << QByteArray("2024-05-01") << int(MaskCategory::DateTime);
    QTest::newRow("hex") << QByteArray("a1b2c3d4e5") << int(MaskCategory::Hex);
    QTest::newRow("uuid") << QByteArray("123e4567-e89b-12d3-a456-426614174000") << int(MaskCategory::Uuid);
    QTest::newRow("token") << QByteArray("Zm9vYmFyYmF6cXV4MTIzNDU2") << int(MaskCategory::Token);
    QTest::newRow("not masked") << QByteArray("hello") << -1;
}

void tst_TokenMasker::categories()
{
    QFETCH(QByteArray, word);
    QFETCH(int, category);
    MaskCategory c = MaskCategory::Count;
    const bool masked = TokenMasker::classify(std::string_view(word.constData(), std::size_t(word.size())), &c);
    QCOMPARE(masked, category >= 0);
    if (masked)
        QCOMPARE(int(c), category);
}

void tst_TokenMasker::wordsAndWhitespace()
{
    std::vector<std::uint64_t> a, b;
    std::string display;
    MaskOutput out;
    out.maskedWords = &a;
    out.display = &display;
    QCOMPARE(TokenMasker::maskText("  Updated\t2024-05-01 \r\n by\xC2\xA0" "admin ", out), 4);
    QCOMPARE(display, std::string("Updated <date> by admin"));
    MaskOutput other;
    other.maskedWords = &b;
    TokenMasker::maskText("Updated 1999-12-31 by admin", other);
    QVERIFY(a == b);
    QCOMPARE(TokenMasker::maskText("", out), 0);
    QCOMPARE(TokenMasker::maskText(" \n\t ", out), 0);
}

void tst_TokenMasker::ambiguousCalendarWordsNeedContext()
{
    const auto masked = [](const char *text) {
        std::string display;
        MaskOutput out;
        out.display = &display;
        TokenMasker::maskText(text, out);
        return QByteArray::fromStdString(display);
    };
    QCOMPARE(masked("This domain may be for sale"), QByteArray("This domain may be for sale"));
    QCOMPARE(masked("May 6, 2024 at 3:04 PM"), QByteArray("<date> #, # at <date> <date>"));
    QCOMPARE(masked("Sat, 06 May 2024"), QByteArray("<date>, # <date> #"));
    QCOMPARE(masked("I am here"), QByteArray("I am here"));
}

void tst_TokenMasker::caseAndPunctuationIgnoredInHash()
{
    std::vector<std::uint64_t> a, b, c, rawA, rawB;
    MaskOutput oa{&a, &rawA, nullptr, nullptr};
    MaskOutput ob{&b, &rawB, nullptr, nullptr};
    MaskOutput oc{&c, nullptr, nullptr, nullptr};
    TokenMasker::maskText("Hello, World!", oa);
    TokenMasker::maskText("hello world", ob);
    TokenMasker::maskText("hello there", oc);
    QVERIFY(a == b);
    QVERIFY(a != c);
    QVERIFY(rawA != rawB); // the baseline's raw view keeps them apart
}

void tst_TokenMasker::csrfNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("csrf");
    QTest::newRow("csrf_token") << QByteArray("csrf_token") << true;
    QTest::newRow("csrf-token meta") << QByteArray("csrf-token") << true;
    QTest::newRow("laravel") << QByteArray("_token") << true;
    QTest::newRow("rails") << QByteArray("authenticity_token") << true;
    QTest::newRow("asp.net") << QByteArray("__RequestVerificationToken") << true;
    QTest::newRow("angular") << QByteArray("XSRF-TOKEN") << true;
    QTest::newRow("wordpress nonce") << QByteArray("_wpnonce") << true;
    QTest::newRow("query") << QByteArray("q") << false;
    QTest::newRow("email") << QByteArray("email") << false;
}

void tst_TokenMasker::csrfNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, csrf);
    QCOMPARE(TokenMasker::isCsrfName(std::string_view(name.constData(), std::size_t(name.size()))), csrf);
}

void tst_TokenMasker::schemeNeutralUrl_data()
{
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<QByteArray>("neutral");
    QTest::newRow("http self") << QByteArray("http://example.org/x") << QByteArray("/x");
    QTest::newRow("https self") << QByteArray("https://Example.org/x") << QByteArray("/x");
    QTest::newRow("protocol-relative self") << QByteArray("//example.org/x") << QByteArray("/x");
    QTest::newRow("relative") << QByteArray("/x") << QByteArray("/x");
    QTest::newRow("default port") << QByteArray("https://example.org:443/x") << QByteArray("/x");
    QTest::newRow("other host keeps host") << QByteArray("http://cdn.example.net/a.js") << QByteArray("//cdn.example.net/a.js");
    QTest::newRow("other host https") << QByteArray("https://cdn.example.net/a.js") << QByteArray("//cdn.example.net/a.js");
    QTest::newRow("cache buster masked") << QByteArray("/site.css?v=3f2a9c1d") << QByteArray("/site.css?v=<hex>");
    QTest::newRow("csrf query") << QByteArray("/logout?_token=abc") << QByteArray("/logout?_token=<csrf>");
    QTest::newRow("fragment dropped") << QByteArray("https://example.org/x#top") << QByteArray("/x");
    QTest::newRow("bare host") << QByteArray("https://example.org") << QByteArray("/");
}

void tst_TokenMasker::schemeNeutralUrl()
{
    QFETCH(QByteArray, url);
    QFETCH(QByteArray, neutral);
    QCOMPARE(sslrec::schemeNeutralUrl(std::string_view(url.constData(), std::size_t(url.size())), "example.org"), neutral);
}

// Every month, weekday and zone name masks alone, in any case; words one
// letter away from them do not.
void tst_TokenMasker::everyCalendarWord()
{
    const QList<QByteArray> words = {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "thu", "fri", "utc", "gmt", "cet",
        "cest", "est"};
    for (const QByteArray &w : words) {
        QCOMPARE(TokenMasker::maskWord(std::string_view(w.constData(), std::size_t(w.size()))), QByteArray("<date>"));
        const QByteArray upper = w.toUpper();
        QCOMPARE(TokenMasker::maskWord(std::string_view(upper.constData(), std::size_t(upper.size()))), QByteArray("<date>"));
        const QByteArray longer = w + 'x';
        QCOMPARE(TokenMasker::maskWord(std::string_view(longer.constData(), std::size_t(longer.size()))), longer);
    }
}

QTEST_GUILESS_MAIN(tst_TokenMasker)
#include "tst_tokenmasker.moc"
