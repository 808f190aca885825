// Every row of the decision table in DESIGN.md, "How a recommendation is
// reached", plus the ladder's visitor errors (525/526) and the rule that a
// recommendation is never weaker than the current mode.
#include "recommend/recommender.h"

#include <QTest>

using namespace sslrec;

Q_DECLARE_METATYPE(sslrec::OriginEvidence)

namespace {

OriginEvidence healthy()
{
    OriginEvidence e;
    e.host = QStringLiteral("www.example.test");
    e.http.answered = true;
    e.https.answered = true;
    e.tlsHandshakeOk = true;
    e.certificateValid = true;
    e.pagesCompared = 20;
    e.pagesSame = 20;
    return e;
}

OriginEvidence with(std::function<void(OriginEvidence &)> change)
{
    OriginEvidence e = healthy();
    change(e);
    return e;
}

} // namespace

class tst_Recommender : public QObject
{
    Q_OBJECT

private slots:
    void decisionTable_data();
    void decisionTable();
    void ladderErrors();
    void reasonsNameTheEvidence();
};

void tst_Recommender::decisionTable_data()
{
    QTest::addColumn<OriginEvidence>("evidence");
    QTest::addColumn<Mode>("expected");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("parity + valid certificate -> strict") << healthy() << Mode::Strict << "same over HTTP and HTTPS";
    QTest::newRow("parity + invalid certificate -> full")
        << with([](auto &e) { e.certificateValid = false; e.certificateProblems = {"expired 3 days ago"}; })
        << Mode::Full << "expired 3 days ago";
    QTest::newRow("one page differs -> flexible")
        << with([](auto &e) { e.pagesSame = 19; e.pagesDifferent = 1; e.differenceExamples = {"/x: HTTPS serves the nginx welcome page"}; })
        << Mode::Flexible << "1 of 20 compared pages differ";
    QTest::newRow("handshake fails -> flexible")
        << with([](auto &e) { e.tlsHandshakeOk = false; e.tlsFailure = "no shared cipher"; })
        << Mode::Flexible << "no shared cipher";
    QTest::newRow("https closed -> flexible")
        << with([](auto &e) { e.https = {false, "refused", "connection refused"}; e.tlsHandshakeOk = false; e.pagesCompared = 0; e.pagesSame = 0; e.pagesError = 20; })
        << Mode::Flexible << "connection refused";
    QTest::newRow("nothing answers -> none")
        << with([](auto &e) { e.http = {false, "refused", "connection refused"}; e.https = {false, "refused", "connection refused"}; e.tlsHandshakeOk = false; })
        << Mode::None << "nothing answers";
    QTest::newRow("opted out -> none")
        << with([](auto &e) { e.optedOut = true; e.optOutReason = "robots.txt disallows sslrec"; })
        << Mode::None << "robots.txt disallows sslrec";
    QTest::newRow("blocked -> none")
        << with([](auto &e) { e.blocked = true; e.blockedReason = "every request was answered with 403"; })
        << Mode::None << "403";
    QTest::newRow("http closed, https valid -> strict + edge redirect")
        << with([](auto &e) { e.http = {false, "refused", "connection refused"}; e.pagesCompared = 0; e.pagesSame = 0; })
        << Mode::Strict << "redirect HTTP to HTTPS";
    QTest::newRow("http closed, https invalid -> full")
        << with([](auto &e) { e.http = {false, "refused", "connection refused"}; e.certificateValid = false; e.pagesCompared = 0; })
        << Mode::Full << "redirect HTTP to HTTPS";
    QTest::newRow("current full, differs, valid -> full_strict")
        << with([](auto &e) { e.currentMode = Mode::Full; e.pagesDifferent = 5; e.pagesSame = 15; })
        << Mode::FullStrict << "only the certificate decides";
    QTest::newRow("current full_strict, differs, invalid -> kept full_strict")
        << with([](auto &e) { e.currentMode = Mode::FullStrict; e.pagesDifferent = 5; e.certificateValid = false; })
        << Mode::FullStrict << "never recommends a weaker one";
    QTest::newRow("current full, differs, invalid -> full")
        << with([](auto &e) { e.currentMode = Mode::Full; e.pagesDifferent = 5; e.certificateValid = false; })
        << Mode::Full << "only the certificate decides";
    QTest::newRow("current strict kept although https fails")
        << with([](auto &e) { e.currentMode = Mode::Strict; e.tlsHandshakeOk = false; e.tlsFailure = "alert 40"; })
        << Mode::Strict << "never recommends a weaker one";
    QTest::newRow("current off, parity, valid -> strict")
        << with([](auto &e) { e.currentMode = Mode::Off; }) << Mode::Strict << "same over HTTP and HTTPS";
    QTest::newRow("no page comparable -> flexible")
        << with([](auto &e) { e.pagesCompared = 0; e.pagesSame = 0; e.pagesError = 3; })
        << Mode::Flexible << "no page could be compared";
}

void tst_Recommender::decisionTable()
{
    QFETCH(OriginEvidence, evidence);
    QFETCH(Mode, expected);
    QFETCH(QString, reasonContains);

    const OriginVerdict v = recommend(evidence);
    QCOMPARE(modeName(v.recommended), modeName(expected));
    QVERIFY2(!v.reasons.isEmpty(), "a verdict without reasons");
    QVERIFY2(v.reasons.join('\n').contains(reasonContains), qPrintable(v.reasons.join('\n')));
    QCOMPARE(v.ladder.size(), 5);
}

void tst_Recommender::ladderErrors()
{
    const auto handshake = assessModes(with([](auto &e) { e.tlsHandshakeOk = false; e.tlsFailure = "x"; }));
    QCOMPARE(handshake[2].proxyError, 525); // full
    QCOMPARE(handshake[3].proxyError, 525); // full_strict
    QCOMPARE(handshake[4].proxyError, 525); // strict
    QVERIFY(handshake[1].safe);              // flexible

    const auto invalid = assessModes(with([](auto &e) { e.certificateValid = false; }));
    QVERIFY(invalid[2].safe);
    QCOMPARE(invalid[3].proxyError, 526);
    QCOMPARE(invalid[4].proxyError, 526);

    const auto differs = assessModes(with([](auto &e) { e.pagesDifferent = 1; }));
    QVERIFY(!differs[2].safe);
    QCOMPARE(differs[2].proxyError, 0); // no proxy error: the wrong content is served
    QVERIFY(!differs[4].safe);

    const auto all = assessModes(healthy());
    for (const ModeAssessment &m : all)
        QVERIFY2(m.safe, qPrintable(modeName(m.mode) + ": " + m.why));
}

void tst_Recommender::reasonsNameTheEvidence()
{
    const OriginVerdict v = recommend(with([](auto &e) {
        e.pagesDifferent = 2;
        e.differenceExamples = {"/a: main text differs", "/b: HTTPS answers 502"};
    }));
    const QString text = v.reasons.join('\n');
    QVERIFY(text.contains("/a: main text differs"));
    QVERIFY(text.contains("/b: HTTPS answers 502"));
}

QTEST_GUILESS_MAIN(tst_Recommender)
#include "tst_recommender.moc"
