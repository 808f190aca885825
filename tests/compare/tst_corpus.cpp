// The comparator's contract, measured on real pages: on the labelled corpus
// (Debian-shipped documentation HTML with noise and breakage applied) it
// never calls a different page "same", is right on at least 97% of pairs,
// and beats the published baseline on the same pairs.
#include "comparecorpus.h"

#include "compare/baselinecomparator.h"
#include "compare/comparator.h"
#include "compare/contentnormalizer.h"

#include <QSet>
#include <QTest>

using namespace sslrec;
using namespace sslrec::corpus;

class tst_Corpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusIsLargeAndBalanced();
    void corpusIsDeterministic();
    void noFalseSame();
    void accuracyAtLeast97Percent();
    void beatsBaseline();
    void reasonsNameTheCause_data();
    void reasonsNameTheCause();
    void truncationIsNamedWhenVisible();
    void removedBlocksAreNamed();

private:
    static PageComparison judge(const Comparator &c, const CorpusPair &p);
    QList<CorpusPair> m_pairs;
    QList<PageComparison> m_ours;
    QList<PageComparison> m_baseline;
};

PageComparison tst_Corpus::judge(const Comparator &c, const CorpusPair &p)
{
    // As the scan engine does: re-fetch HTTP only when the first look is close to the line.
    PageComparison r = c.compare(p.http, p.https);
    if (r.nearThreshold)
        r = c.compare(p.http, p.https, &p.httpRefetch);
    return r;
}

void tst_Corpus::initTestCase()
{
    QString problem;
    m_pairs = CompareCorpus::build(CompareCorpus::kDefaultSeed, &problem);
    QVERIFY2(!m_pairs.isEmpty(), qPrintable(problem));
    for (CorpusPair &p : m_pairs) {
        for (ComparedResponse *r : {&p.http, &p.https, &p.httpRefetch})
            r->normalized = std::make_shared<const NormalizedContent>(
                ContentNormalizer::normalize(r->body, r->contentType, r->url.host()));
    }
    const Comparator ours;
    const BaselineComparator baseline;
    for (const CorpusPair &p : m_pairs) {
        m_ours << judge(ours, p);
        m_baseline << baseline.compare(p.http, p.https, &p.httpRefetch);
    }
}

void tst_Corpus::corpusIsLargeAndBalanced()
{
    QVERIFY2(m_pairs.size() >= 700, qPrintable(QString::number(m_pairs.size())));
    int same = 0;
    QSet<QString> kinds;
    QSet<QString> ids;
    for (const CorpusPair &p : m_pairs) {
        same += p.expectSame;
        kinds << p.kind;
        ids << p.id;
    }
    QCOMPARE(ids.size(), m_pairs.size());
    QVERIFY2(same >= m_pairs.size() / 3 && same <= m_pairs.size() * 2 / 3, qPrintable(QString::number(same)));
    for (const char *kind : {"timestamp", "csrf", "nonce", "rotating-block", "scheme-links", "whitespace",
                             "attribute-order", "nginx-default", "apache-default", "parked", "error-5xx",
                             "other-article", "truncated", "main-removed", "section-removed", "paragraph-replaced",
                             "shared-headings", "soft-404", "login-wall", "truncated-50", "truncated-90", "cdn-swap",
                             "asset-cache-buster", "ads-analytics", "timestamp-formats"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

void tst_Corpus::corpusIsDeterministic()
{
    const QList<CorpusPair> again = CompareCorpus::build(CompareCorpus::kDefaultSeed);
    QCOMPARE(again.size(), m_pairs.size());
    for (int i = 0; i < again.size(); i += 37) {
        QCOMPARE(again[i].id, m_pairs[i].id);
        QCOMPARE(again[i].https.body, m_pairs[i].https.body);
    }
}

void tst_Corpus::noFalseSame()
{
    QStringList falseSame;
    for (int i = 0; i < m_pairs.size(); ++i) {
        if (!m_pairs[i].expectSame && m_ours[i].verdict == Verdict::Same)
            falseSame << m_pairs[i].id + QLatin1String(": ") + m_ours[i].reason;
    }
    QVERIFY2(falseSame.isEmpty(), qPrintable(falseSame.join(QLatin1String("\n"))));
}

void tst_Corpus::accuracyAtLeast97Percent()
{
    int correct = 0;
    QStringList wrong;
    for (int i = 0; i < m_pairs.size(); ++i) {
        if ((m_ours[i].verdict == Verdict::Same) == m_pairs[i].expectSame)
            ++correct;
        else
            wrong << m_pairs[i].id + QLatin1String(": ") + m_ours[i].reasonCode + QLatin1String(" ") + m_ours[i].reason;
    }
    const double accuracy = double(correct) / m_pairs.size();
    qInfo("sslrec comparator: %d/%lld correct (%.2f%%)", correct, qlonglong(m_pairs.size()), 100 * accuracy);
    QVERIFY2(accuracy >= 0.97, qPrintable(wrong.join(QLatin1String("\n"))));
}

void tst_Corpus::beatsBaseline()
{
    int ours = 0;
    int theirs = 0;
    int theirsFalseSame = 0;
    for (int i = 0; i < m_pairs.size(); ++i) {
        ours += (m_ours[i].verdict == Verdict::Same) == m_pairs[i].expectSame;
        theirs += (m_baseline[i].verdict == Verdict::Same) == m_pairs[i].expectSame;
        theirsFalseSame += !m_pairs[i].expectSame && m_baseline[i].verdict == Verdict::Same;
    }
    qInfo("baseline: %d/%lld correct, %d false \"same\"", theirs, qlonglong(m_pairs.size()), theirsFalseSame);
    QVERIFY2(ours > theirs, qPrintable(QStringLiteral("ours %1, baseline %2").arg(ours).arg(theirs)));
}

void tst_Corpus::reasonsNameTheCause_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reasonCode");
    QTest::addColumn<QString>("reasonFragment");
    QTest::newRow("nginx") << "nginx-default" << "https-placeholder" << "nginx welcome page";
    QTest::newRow("apache") << "apache-default" << "https-placeholder" << "Apache2 Debian default page";
    QTest::newRow("parked") << "parked" << "https-placeholder" << "parked";
    QTest::newRow("5xx") << "error-5xx" << "https-server-error" << "server error";
    QTest::newRow("identical") << "identical" << "identical" << "byte-identical";
    QTest::newRow("timestamp") << "timestamp" << "noise-only" << "timestamp";
    QTest::newRow("csrf") << "csrf" << "noise-only" << "CSRF token";
}

void tst_Corpus::reasonsNameTheCause()
{
    QFETCH(QString, kind);
    QFETCH(QString, reasonCode);
    QFETCH(QString, reasonFragment);
    int seen = 0;
    for (int i = 0; i < m_pairs.size(); ++i) {
        if (m_pairs[i].kind != kind)
            continue;
        ++seen;
        QCOMPARE(m_ours[i].reasonCode, reasonCode);
        QVERIFY2(m_ours[i].reason.contains(reasonFragment), qPrintable(m_ours[i].reason));
    }
    QVERIFY(seen > 0);
}

void tst_Corpus::truncationIsNamedWhenVisible()
{
    // A page that ends in </html> over HTTP and not over HTTPS was cut short;
    // pages that never close their <body> can only show it as lost text.
    int named = 0;
    for (int i = 0; i < m_pairs.size(); ++i) {
        if (m_pairs[i].kind != QLatin1String("truncated"))
            continue;
        QCOMPARE(m_ours[i].verdict, Verdict::Different);
        if (m_pairs[i].http.normalized->endsCleanly) {
            QCOMPARE(m_ours[i].reasonCode, QStringLiteral("https-truncated"));
            QVERIFY(m_ours[i].reason.contains(QLatin1String("cut short")));
            ++named;
        }
    }
    QVERIFY(named > 0);
}

void tst_Corpus::removedBlocksAreNamed()
{
    // A replaced paragraph or a removed section is a small share of a long
    // page: the run of missing text names it where the shares do not.
    int named = 0;
    for (int i = 0; i < m_pairs.size(); ++i) {
        if (m_pairs[i].kind != QLatin1String("paragraph-replaced") && m_pairs[i].kind != QLatin1String("section-removed"))
            continue;
        QCOMPARE(m_ours[i].verdict, Verdict::Different);
        if (m_ours[i].reasonCode == QLatin1String("main-block-removed")) {
            QVERIFY(m_ours[i].reason.contains(QLatin1String("missing over HTTPS")));
            ++named;
        }
    }
    QVERIFY(named >= 10);
}

QTEST_GUILESS_MAIN(tst_Corpus)
#include "tst_corpus.moc"
