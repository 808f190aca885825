// The comparator's rules, one by one: status codes, redirects, content
// types, placeholders, truncation, main content vs template, noise, the
// re-fetch, the baseline, and safe use from many threads.
#include "compare/baselinecomparator.h"
#include "compare/comparator.h"
#include "compare/contentnormalizer.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QTest>

using namespace sslrec;

class tst_Comparator : public QObject
{
    Q_OBJECT

private slots:
    void statusRules_data();
    void statusRules();
    void redirects_data();
    void redirects();
    void contentTypes_data();
    void contentTypes();
    void byteIdenticalShortCircuits();
    void normalFormsComeBackForReuse();
    void removedParagraphDiffers();
    void rotatingParagraphIsSameWithRefetch();
    void defaultPageOverHttps();
    void noiseOnlyIsSameWithReason();
    void twoArticlesInOneTemplateDiffer();
    void rotatingSidebarIsSame();
    void truncatedHttpsDiffers();
    void refetchNoiseDecidesNearTheLine();
    void imagesCompareExactly();
    void scoreAgreesWithVerdict();
    void baselineMissesTemplateSwap();
    void threadSafeWithSharedNormalForms();

private:
    static ComparedResponse response(int status, const QByteArray &body, const QString &type = QStringLiteral("text/html"),
                                     const QString &scheme = QStringLiteral("http"))
    {
        ComparedResponse r;
        r.status = status;
        r.body = body;
        r.contentType = type;
        r.url = QUrl(scheme + QStringLiteral("://example.org/docs/page.html"));
        return r;
    }
    static QByteArray article(const QByteArray &text, const QByteArray &extra = {})
    {
        return "<html><head><title>Docs</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/docs\">Docs</a></nav>"
               "<aside>" + extra + "</aside><div class=\"content\">" + text + "</div>"
               "<footer>Example Org documentation, all rights reserved</footer></body></html>";
    }
    static QByteArray prose(int seed, int paragraphs);
};

QByteArray tst_Comparator::prose(int seed, int paragraphs)
{
    static const char *words[] = {"table", "index", "query", "planner", "vacuum", "row", "lock", "commit", "replica",
                                  "backup", "schema", "trigger", "function", "cursor", "snapshot", "page", "tuple",
                                  "buffer", "checkpoint", "extension", "operator", "cast", "domain", "sequence"};
    QByteArray out;
    quint32 x = quint32(seed) * 2654435761u + 1;
    for (int p = 0; p < paragraphs; ++p) {
        out += "<p>";
        for (int w = 0; w < 40; ++w) {
            x = x * 1664525u + 1013904223u;
            out += words[(x >> 16) % 24];
            out += ' ';
        }
        out += "</p>";
    }
    return out;
}

void tst_Comparator::statusRules_data()
{
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("https");
    QTest::addColumn<bool>("same");
    QTest::addColumn<QString>("code");
    QTest::newRow("5xx over https") << 200 << 503 << false << "https-server-error";
    QTest::newRow("404 vs 200") << 200 << 404 << false << "https-client-error";
    QTest::newRow("200 vs 404 reversed") << 404 << 200 << false << "status-differs";
    QTest::newRow("https no answer") << 200 << 0 << false << "https-no-response";
    QTest::newRow("http no answer") << 0 << 200 << false << "http-no-response";
    QTest::newRow("both 200") << 200 << 200 << true << "identical";
    QTest::newRow("both 404 same body") << 404 << 404 << true << "identical";
}

void tst_Comparator::statusRules()
{
    QFETCH(int, http);
    QFETCH(int, https);
    QFETCH(bool, same);
    QFETCH(QString, code);
    const QByteArray body = article(prose(1, 3));
    const PageComparison c = Comparator().compare(response(http, body), response(https, body, QStringLiteral("text/html"), QStringLiteral("https")));
    QCOMPARE(c.verdict == Verdict::Same, same);
    QCOMPARE(c.reasonCode, code);
    QVERIFY(!c.reason.isEmpty());
}

void tst_Comparator::redirects_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("httpLocation");
    QTest::addColumn<int>("httpsStatus");
    QTest::addColumn<QString>("httpsLocation");
    QTest::addColumn<bool>("same");
    QTest::addColumn<QString>("code");
    QTest::newRow("same target, other scheme") << 301 << "http://example.org/new" << 301 << "https://example.org/new" << true << "same-redirect";
    QTest::newRow("different targets") << 302 << "http://example.org/a" << 302 << "https://example.org/b" << false << "redirect-differs";
    QTest::newRow("http to this https page") << 301 << "https://example.org/docs/page.html" << 200 << "" << true << "http-redirects-to-https";
    QTest::newRow("https redirects away") << 200 << "" << 302 << "https://example.org/login" << false << "https-redirects";
    QTest::newRow("http redirects elsewhere") << 302 << "http://example.org/login" << 200 << "" << false << "http-redirects";
}

void tst_Comparator::redirects()
{
    QFETCH(int, httpStatus);
    QFETCH(QString, httpLocation);
    QFETCH(int, httpsStatus);
    QFETCH(QString, httpsLocation);
    QFETCH(bool, same);
    QFETCH(QString, code);
    ComparedResponse h = response(httpStatus, article(prose(2, 2)));
    ComparedResponse s = response(httpsStatus, article(prose(2, 2)), QStringLiteral("text/html"), QStringLiteral("https"));
    h.location = QUrl(httpLocation);
    s.location = QUrl(httpsLocation);
    const PageComparison c = Comparator().compare(h, s);
    QCOMPARE(c.reasonCode, code);
    QCOMPARE(c.verdict == Verdict::Same, same);
}

void tst_Comparator::contentTypes_data()
{
    QTest::addColumn<QString>("httpType");
    QTest::addColumn<QString>("httpsType");
    QTest::addColumn<bool>("same");
    QTest::newRow("html vs plain") << "text/html" << "text/plain" << false;
    QTest::newRow("html vs json") << "text/html" << "application/json" << false;
    QTest::newRow("charset differs only") << "text/html; charset=utf-8" << "text/html" << true;
    QTest::newRow("js aliases") << "application/javascript" << "text/javascript" << true;
    QTest::newRow("css vs js") << "text/css" << "application/javascript" << false;
}

void tst_Comparator::contentTypes()
{
    QFETCH(QString, httpType);
    QFETCH(QString, httpsType);
    QFETCH(bool, same);
    const QByteArray body = "body { color: red } /* 1 */";
    const PageComparison c = Comparator().compare(response(200, body, httpType), response(200, body, httpsType));
    QCOMPARE(c.verdict == Verdict::Same, same);
    if (!same)
        QCOMPARE(c.reasonCode, QStringLiteral("content-type-differs"));
}

void tst_Comparator::byteIdenticalShortCircuits()
{
    const QByteArray body = article(prose(3, 4));
    const PageComparison c = Comparator().compare(response(200, body), response(200, body));
    QCOMPARE(c.verdict, Verdict::Same);
    QCOMPARE(c.score, 1.0);
    QCOMPARE(c.reason, QStringLiteral("byte-identical"));
    // Decided on the bytes: neither side was parsed.
    QVERIFY(!c.httpNormalized);
    QVERIFY(!c.httpsNormalized);
    // The same bytes served as another type are still different.
    QCOMPARE(Comparator().compare(response(200, body), response(200, body, QStringLiteral("text/plain"))).reasonCode,
             QStringLiteral("content-type-differs"));
}

void tst_Comparator::normalFormsComeBackForReuse()
{
    ComparedResponse h = response(200, article(prose(20, 6)));
    ComparedResponse s = response(200, article(prose(20, 6) + "<p>one more line of text here</p>"), QStringLiteral("text/html"),
                                  QStringLiteral("https"));
    const Comparator comparator;
    const PageComparison first = comparator.compare(h, s);
    QVERIFY(first.httpNormalized);
    QVERIFY(first.httpsNormalized);
    QCOMPARE(first.httpNormalized->kind, ContentKind::Html);
    // What the scanner does for the re-fetch round: no body parsed again,
    // and the verdict does not change.
    h.normalized = first.httpNormalized;
    s.normalized = first.httpsNormalized;
    const PageComparison second = comparator.compare(h, s);
    QCOMPARE(second.httpNormalized.get(), first.httpNormalized.get());
    QCOMPARE(second.verdict, first.verdict);
    QCOMPARE(second.reasonCode, first.reasonCode);
}

void tst_Comparator::removedParagraphDiffers()
{
    // One paragraph of twenty gone: about 5% of the text, but one block.
    const QByteArray text = prose(21, 20);
    const qsizetype cut = text.indexOf("<p>", text.size() / 2);
    const qsizetype end = text.indexOf("</p>", cut) + 4;
    QByteArray shorter = text;
    shorter.remove(cut, end - cut);
    const ComparedResponse h = response(200, article(text));
    const ComparedResponse s = response(200, article(shorter), QStringLiteral("text/html"), QStringLiteral("https"));
    const Comparator comparator;
    const PageComparison c = comparator.compare(h, s);
    QCOMPARE(c.verdict, Verdict::Different);
    QCOMPARE(c.reasonCode, QStringLiteral("main-block-removed"));
    QVERIFY2(c.reason.contains(QLatin1String("about 40 words")), qPrintable(c.reason));
    QVERIFY(c.nearThreshold);
    // A re-fetch that still has the paragraph confirms it.
    QCOMPARE(comparator.compare(h, s, &h).verdict, Verdict::Different);
}

void tst_Comparator::rotatingParagraphIsSameWithRefetch()
{
    // A "did you know" paragraph inside the article changes on every fetch.
    const QByteArray text = prose(22, 20);
    const ComparedResponse h = response(200, article(text + prose(200, 1)));
    const ComparedResponse s = response(200, article(text + prose(201, 1)), QStringLiteral("text/html"), QStringLiteral("https"));
    const ComparedResponse again = response(200, article(text + prose(202, 1)));
    const Comparator comparator;
    const PageComparison first = comparator.compare(h, s);
    QCOMPARE(first.verdict, Verdict::Different);
    QVERIFY(first.nearThreshold);
    const PageComparison second = comparator.compare(h, s, &again);
    QCOMPARE(second.verdict, Verdict::Same);
    QCOMPARE(second.reasonCode, QStringLiteral("within-noise"));
}

void tst_Comparator::defaultPageOverHttps()
{
    const QByteArray nginx = "<html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1>"
                             "<p>If you see this page, the nginx web server is successfully installed and working.</p></body></html>";
    const PageComparison c = Comparator().compare(response(200, article(prose(4, 3))), response(200, nginx));
    QCOMPARE(c.verdict, Verdict::Different);
    QCOMPARE(c.reasonCode, QStringLiteral("https-placeholder"));
    QCOMPARE(c.reason, QStringLiteral("HTTPS serves the nginx welcome page"));
    // Both sides showing the same default page is no reason to keep HTTPS away.
    QCOMPARE(Comparator().compare(response(200, nginx), response(200, nginx + "\n")).verdict, Verdict::Same);
}

void tst_Comparator::noiseOnlyIsSameWithReason()
{
    const QByteArray a = article(prose(5, 3) + "<p>Generated 2024-05-01 10:00:00, token Zm9vYmFyYmF6cXV4MTIzNDU2</p>");
    const QByteArray b = article(prose(5, 3) + "<p>Generated 2024-06-11 17:42:13, token cXV4cXV4cXV4cXV4OTg3NjU0</p>");
    const PageComparison c = Comparator().compare(response(200, a), response(200, b));
    QCOMPARE(c.verdict, Verdict::Same);
    QCOMPARE(c.reasonCode, QStringLiteral("noise-only"));
    QCOMPARE(c.reason, QStringLiteral("only a timestamp and a token differ"));
    QVERIFY(c.details.normalizedEqual);
}

void tst_Comparator::twoArticlesInOneTemplateDiffer()
{
    const PageComparison c = Comparator().compare(response(200, article(prose(6, 4))), response(200, article(prose(7, 4))));
    QCOMPARE(c.verdict, Verdict::Different);
    QCOMPARE(c.reasonCode, QStringLiteral("main-content-differs"));
    QVERIFY(c.reason.startsWith(QLatin1String("main text differs in")));
    QVERIFY(c.score < 0.5);
}

void tst_Comparator::rotatingSidebarIsSame()
{
    const QByteArray text = prose(8, 6);
    const PageComparison c = Comparator().compare(
        response(200, article(text, "<ul><li><a href=\"/x\">Vacuum tuning tips</a></li><li><a href=\"/y\">Index bloat</a></li></ul>")),
        response(200, article(text, "<ul><li><a href=\"/z\">Replication lag explained</a></li><li><a href=\"/w\">Lock queues</a></li></ul>")));
    QCOMPARE(c.verdict, Verdict::Same);
    QCOMPARE(c.details.mainSimilarity, 1.0);
}

void tst_Comparator::truncatedHttpsDiffers()
{
    const QByteArray body = article(prose(9, 10));
    const PageComparison c = Comparator().compare(response(200, body), response(200, body.left(body.size() * 9 / 10)));
    QCOMPARE(c.verdict, Verdict::Different);
    QCOMPARE(c.reasonCode, QStringLiteral("https-truncated"));
}

void tst_Comparator::refetchNoiseDecidesNearTheLine()
{
    // A page whose own main text rotates a little between fetches.
    const QByteArray text = prose(10, 5);
    const ComparedResponse h = response(200, article(text + prose(100, 1)));
    const ComparedResponse s = response(200, article(text + prose(101, 1)));
    const ComparedResponse again = response(200, article(text + prose(102, 1)));
    const Comparator comparator;
    const PageComparison first = comparator.compare(h, s);
    QCOMPARE(first.verdict, Verdict::Different);
    QVERIFY(first.nearThreshold);
    const PageComparison second = comparator.compare(h, s, &again);
    QCOMPARE(second.verdict, Verdict::Same);
    QCOMPARE(second.reasonCode, QStringLiteral("within-noise"));
    QVERIFY(second.details.noiseDistance > 0);
    // A re-fetch identical to HTTP proves the page is stable: the difference stands.
    const PageComparison stable = comparator.compare(h, s, &h);
    QCOMPARE(stable.verdict, Verdict::Different);
}

void tst_Comparator::imagesCompareExactly()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x10", 24);
    const PageComparison same = Comparator().compare(response(200, png + "aaaa", QStringLiteral("image/png")),
                                                     response(200, png + "aaaa", QStringLiteral("image/png")));
    QCOMPARE(same.verdict, Verdict::Same);
    const PageComparison other = Comparator().compare(response(200, png + "aaaa", QStringLiteral("image/png")),
                                                      response(200, png + "bbbb", QStringLiteral("image/png")));
    QCOMPARE(other.verdict, Verdict::Different);
    QVERIFY2(other.reason.contains(QStringLiteral("png, 16×16")), qPrintable(other.reason));
}

void tst_Comparator::scoreAgreesWithVerdict()
{
    const Comparator comparator;
    for (int i = 0; i < 6; ++i) {
        const PageComparison c = comparator.compare(response(200, article(prose(20 + i, 3))),
                                                    response(200, article(prose(20 + i / 2 * 2, 3))));
        QVERIFY(c.score >= 0 && c.score <= 1);
        QCOMPARE(c.verdict == Verdict::Same, c.score >= 0.5);
    }
}

void tst_Comparator::baselineMissesTemplateSwap()
{
    // The published baseline ignores status codes: a 503 with the same body passes.
    const QByteArray body = article(prose(30, 3));
    QCOMPARE(BaselineComparator().compare(response(200, body), response(503, body)).verdict, Verdict::Same);
    QCOMPARE(Comparator().compare(response(200, body), response(503, body)).verdict, Verdict::Different);
    // And it flags real differences in text.
    QCOMPARE(BaselineComparator().compare(response(200, article(prose(31, 4))), response(200, "<p>other</p>")).verdict,
             Verdict::Different);
}

void tst_Comparator::threadSafeWithSharedNormalForms()
{
    QList<ComparedResponse> sides;
    for (int i = 0; i < 8; ++i) {
        ComparedResponse r = response(200, article(prose(40 + i % 4, 3)));
        r.normalized = std::make_shared<const NormalizedContent>(ContentNormalizer::normalize(r.body, r.contentType, r.url.host()));
        sides << r;
    }
    QList<int> jobs;
    for (int i = 0; i < 256; ++i)
        jobs << i;
    const Comparator comparator;
    const auto verdicts = QtConcurrent::blockingMapped<QList<int>>(jobs, [&](int i) {
        return int(comparator.compare(sides[i % 8], sides[(i / 8) % 8]).verdict);
    });
    for (int i = 0; i < jobs.size(); ++i) {
        const bool sameText = (i % 8) % 4 == ((i / 8) % 8) % 4;
        QCOMPARE(verdicts[i] == int(Verdict::Same), sameText);
    }
}

QTEST_GUILESS_MAIN(tst_Comparator)
#include "tst_comparator.moc"
