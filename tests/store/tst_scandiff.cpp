// diffScans(): what changed between two scans of a domain, as a pure function.
#include "store/scandiff.h"
#include "syntheticscan.h"

#include <QJsonArray>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_ScanDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalScansHaveNoChanges();
    void originsAppearAndDisappear();
    void recommendationChange();
    void certificateChange_data();
    void certificateChange();
    void pageVerdictChange();
    void sampleDifferencesAreCountedNotChanges();
    void json();

private:
    static ScanResult base() { return makeSyntheticScan(4).result; }
};

void tst_ScanDiff::identicalScansHaveNoChanges()
{
    const ScanDiff d = diffScans(base(), base());
    QVERIFY(!d.hasChanges());
    QCOMPARE(d.pagesOnlyBefore, 0);
    QCOMPARE(d.pagesOnlyAfter, 0);
}

void tst_ScanDiff::originsAppearAndDisappear()
{
    ScanResult before = base();
    ScanResult after = base();
    after.origins.removeFirst();
    OriginResult fresh = after.origins.first();
    fresh.host = QStringLiteral("shop.example.test");
    after.origins.append(fresh);
    const ScanDiff d = diffScans(before, after);
    QVERIFY(d.hasChanges());
    QCOMPARE(d.originsAppeared, QStringList{QStringLiteral("shop.example.test")});
    QCOMPARE(d.originsDisappeared, QStringList{QStringLiteral("example.test")});
    QVERIFY(d.recommendations.isEmpty());
}

void tst_ScanDiff::recommendationChange()
{
    ScanResult before = base();
    ScanResult after = base();
    after.origins[1].verdict.recommended = Mode::Full;
    const ScanDiff d = diffScans(before, after);
    QCOMPARE(d.recommendations.size(), 1);
    QCOMPARE(d.recommendations.first().host, QStringLiteral("www.example.test"));
    QCOMPARE(d.recommendations.first().from, Mode::Flexible);
    QCOMPARE(d.recommendations.first().to, Mode::Full);
    QVERIFY(d.certificates.isEmpty());
}

void tst_ScanDiff::certificateChange_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("new certificate") << "fingerprint";
    QTest::newRow("renewed window") << "not_after";
    QTest::newRow("validity verdict") << "valid";
    QTest::newRow("no longer served") << "gone";
}

void tst_ScanDiff::certificateChange()
{
    QFETCH(QString, what);
    ScanResult before = base();
    ScanResult after = base();
    TlsReport &tls = after.origins[0].tls;
    if (what == QLatin1String("fingerprint"))
        tls.chain[0].sha256Fingerprint = QStringLiteral("FF:FF");
    else if (what == QLatin1String("not_after"))
        tls.chain[0].notAfter = tls.chain[0].notAfter.addDays(90);
    else if (what == QLatin1String("valid"))
        tls.certificateValid = false;
    else
        tls.chain.clear();
    const ScanDiff d = diffScans(before, after);
    QCOMPARE(d.certificates.size(), 1);
    const CertificateChange &c = d.certificates.first();
    QCOMPARE(c.host, QStringLiteral("example.test"));
    QCOMPARE(c.fromFingerprint, before.origins[0].tls.chain[0].sha256Fingerprint);
    QCOMPARE(c.fromValid, true);
    QCOMPARE(c.toValid, what != QLatin1String("valid"));
    if (what == QLatin1String("gone"))
        QVERIFY(c.toFingerprint.isEmpty());
    if (what == QLatin1String("not_after"))
        QCOMPARE(c.toNotAfter, c.fromNotAfter.addDays(90));
    // A change in an intermediate alone is not a certificate change.
    ScanResult intermediate = base();
    intermediate.origins[0].tls.chain[1].sha256Fingerprint = QStringLiteral("00");
    QVERIFY(diffScans(before, intermediate).certificates.isEmpty());
}

void tst_ScanDiff::pageVerdictChange()
{
    ScanResult before = base();
    ScanResult after = base();
    PagePair &p = after.origins[1].pages[2];
    p.verdict = p.verdict == PageVerdict::Different ? PageVerdict::Same : PageVerdict::Different;
    p.reason = QStringLiteral("title differs");
    const ScanDiff d = diffScans(before, after);
    QCOMPARE(d.pages.size(), 1);
    QCOMPARE(d.pages.first().host, QStringLiteral("www.example.test"));
    QCOMPARE(d.pages.first().pathAndQuery, p.pathAndQuery);
    QCOMPARE(d.pages.first().from, before.origins[1].pages[2].verdict);
    QCOMPARE(d.pages.first().to, p.verdict);
    QCOMPARE(d.pages.first().reason, QStringLiteral("title differs"));
}

void tst_ScanDiff::sampleDifferencesAreCountedNotChanges()
{
    ScanResult before = base();
    ScanResult after = base();
    before.origins[0].pages.removeLast();
    after.origins[1].pages.removeFirst();
    after.origins[1].pages.removeFirst();
    const ScanDiff d = diffScans(before, after);
    QVERIFY(!d.hasChanges());
    QCOMPARE(d.pagesOnlyAfter, 1);
    QCOMPARE(d.pagesOnlyBefore, 2);
}

void tst_ScanDiff::json()
{
    ScanResult before = base();
    ScanResult after = base();
    after.origins[0].verdict.recommended = Mode::Full;
    after.origins[0].tls.certificateValid = false;
    const QJsonObject o = scanDiffToJson(diffScans(before, after));
    QCOMPARE(o.value(QStringLiteral("changed")).toBool(), true);
    const QJsonObject r = o.value(QStringLiteral("recommendations")).toArray().first().toObject();
    QCOMPARE(r.value(QStringLiteral("origin")).toString(), QStringLiteral("example.test"));
    QCOMPARE(r.value(QStringLiteral("from")).toString(), QStringLiteral("strict"));
    QCOMPARE(r.value(QStringLiteral("to")).toString(), QStringLiteral("full"));
    const QJsonObject c = o.value(QStringLiteral("certificates")).toArray().first().toObject();
    QCOMPARE(c.value(QStringLiteral("from")).toObject().value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(c.value(QStringLiteral("to")).toObject().value(QStringLiteral("valid")).toBool(), false);
    QCOMPARE(scanDiffToJson(diffScans(before, before)).value(QStringLiteral("changed")).toBool(), false);
}

QTEST_GUILESS_MAIN(tst_ScanDiff)
#include "tst_scandiff.moc"
