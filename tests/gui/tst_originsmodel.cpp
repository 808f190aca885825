// OriginsModel under QAbstractItemModelTester, fed the event sequence of a
// scan: origins appear, counters grow with batches, verdicts arrive.
#include "models/modelroles.h"
#include "models/originsmodel.h"
#include "scanevents.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;
using namespace sslrec::ui::testing;

class tst_OriginsModel : public QObject
{
    Q_OBJECT

private slots:
    void countsFollowEvents();
    void verdictFillsRow();
    void certificateStatus_data();
    void certificateStatus();
    void clearEmpties();
    void unjudgedOnceScanEnds();
};

void tst_OriginsModel::countsFollowEvents()
{
    OriginsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOrigin(QStringLiteral("example.com"));
    model.addOrigin(QStringLiteral("www.example.com"));
    model.addOrigin(QStringLiteral("example.com")); // duplicate: ignored
    QCOMPARE(model.rowCount(), 2);

    model.applyPageEvents(lifecycle(QStringLiteral("example.com"), {QStringLiteral("/"), QStringLiteral("/a"), QStringLiteral("/b")}));
    // A page first seen on a new host adds its origin.
    model.applyPageEvents({discovered(QStringLiteral("blog.example.com"), QStringLiteral("/"))});
    QCOMPARE(model.rowCount(), 3);
    // Fetching twice for one page counts once.
    model.applyPageEvents({state(QStringLiteral("example.com"), QStringLiteral("/a"), PageState::Fetching)});
    model.addPairs({pair(QStringLiteral("example.com"), QStringLiteral("/"), PageVerdict::Same),
                    pair(QStringLiteral("example.com"), QStringLiteral("/a"), PageVerdict::Different, 200, 0, 0.0),
                    pair(QStringLiteral("example.com"), QStringLiteral("/b"), PageVerdict::Error, 0, 0, 0.0)});

    const int row = model.rowOf(QStringLiteral("example.com"));
    auto cell = [&](int column) { return model.index(row, column).data().toInt(); };
    QCOMPARE(cell(OriginsModel::Discovered), 3);
    QCOMPARE(cell(OriginsModel::Sampled), 3);
    QCOMPARE(cell(OriginsModel::Compared), 3);
    QCOMPARE(cell(OriginsModel::Same), 1);
    QCOMPARE(cell(OriginsModel::Different), 1);
    QCOMPARE(cell(OriginsModel::Errors), 1);
    QCOMPARE(cell(OriginsModel::HttpAnswered), 2);
    QCOMPARE(cell(OriginsModel::HttpsAnswered), 1);
    QCOMPARE(model.index(row, OriginsModel::Recommended).data().toString(), QStringLiteral("scanning…"));
    QVERIFY(!model.index(row, OriginsModel::Recommended).data(ModeRole).isValid());
}

void tst_OriginsModel::verdictFillsRow()
{
    OriginsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOrigin(QStringLiteral("shop.example.com"));
    const QList<PagePair> pages{pair(QStringLiteral("shop.example.com"), QStringLiteral("/"), PageVerdict::Same),
                                pair(QStringLiteral("shop.example.com"), QStringLiteral("/cart"), PageVerdict::Same)};
    model.setOriginResult(originResult(QStringLiteral("shop.example.com"), Mode::Strict, pages));
    const QModelIndex mode = model.index(0, OriginsModel::Recommended);
    QCOMPARE(mode.data().toString(), modeDisplayName(Mode::Strict));
    QCOMPARE(mode.data(ModeRole).toInt(), int(Mode::Strict));
    QCOMPARE(model.index(0, OriginsModel::ApiValue).data().toString(), QStringLiteral("origin_pull"));
    QCOMPARE(model.index(0, OriginsModel::Same).data().toInt(), 2);
    QCOMPARE(model.index(0, OriginsModel::Reason).data().toString(), QStringLiteral("test reason for shop.example.com"));
    QVERIFY(model.index(0, 0).data(FinishedRole).toBool());
    QVERIFY(model.rowAt(0).result->pages.isEmpty()); // the pages model holds pages
    // Events after the verdict do not move the final counters.
    model.addPairs({pair(QStringLiteral("shop.example.com"), QStringLiteral("/late"), PageVerdict::Different)});
    QCOMPARE(model.index(0, OriginsModel::Different).data().toInt(), 0);
}

void tst_OriginsModel::certificateStatus_data()
{
    QTest::addColumn<bool>("connected");
    QTest::addColumn<bool>("handshake");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expectedStart");
    QTest::newRow("no https") << false << false << false << QStringLiteral("no HTTPS");
    QTest::newRow("handshake") << true << false << false << QStringLiteral("handshake failed");
    QTest::newRow("invalid") << true << true << false << QStringLiteral("invalid: self-signed");
    QTest::newRow("valid") << true << true << true << QStringLiteral("valid, 42 days left");
}

void tst_OriginsModel::certificateStatus()
{
    QFETCH(bool, connected);
    QFETCH(bool, handshake);
    QFETCH(bool, valid);
    QFETCH(QString, expectedStart);
    TlsReport r;
    r.connected = connected;
    r.handshakeOk = handshake;
    r.certificateValid = valid;
    r.handshakeError = QStringLiteral("wrong version number");
    CertificateDetails leaf;
    leaf.daysLeft = 42;
    r.chain << leaf;
    r.findings << TlsFinding{QStringLiteral("cert.self_signed"), Severity::Error, QStringLiteral("self-signed"), 0};
    QVERIFY2(OriginsModel::certificateStatus(r).startsWith(expectedStart), qPrintable(OriginsModel::certificateStatus(r)));
}

void tst_OriginsModel::clearEmpties()
{
    OriginsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOrigin(QStringLiteral("a.test"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOf(QStringLiteral("a.test")), -1);
}

void tst_OriginsModel::unjudgedOnceScanEnds()
{
    OriginsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOrigin(QStringLiteral("example.com"));
    model.addOrigin(QStringLiteral("www.example.com"));
    model.setOriginResult(originResult(QStringLiteral("example.com"), Mode::Full, {}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex pending = model.index(model.rowOf(QStringLiteral("www.example.com")), OriginsModel::Recommended);
    const QModelIndex cert = pending.siblingAtColumn(OriginsModel::Certificate);
    QCOMPARE(pending.data().toString(), QStringLiteral("scanning…"));
    QCOMPARE(cert.data().toString(), QStringLiteral("checking…"));

    // Cancelled or reopened from an interrupted scan file: nothing is running.
    model.setLive(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(pending.data().toString(), QStringLiteral("not judged"));
    QCOMPARE(cert.data().toString(), QStringLiteral("not checked"));
    QVERIFY(pending.data(Qt::ToolTipRole).toString().contains(QStringLiteral("--resume")));
    // The judged origin is untouched.
    QCOMPARE(model.index(model.rowOf(QStringLiteral("example.com")), OriginsModel::Recommended).data().toString(),
             modeDisplayName(Mode::Full));
    model.setLive(false);
    QCOMPARE(changed.count(), 1); // no change, no signal
}

QTEST_MAIN(tst_OriginsModel)
#include "tst_originsmodel.moc"
