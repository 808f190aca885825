// ModeLadderModel under QAbstractItemModelTester: one row per proxy mode
// with safety, the visitor's error and why; the recommendation is marked.
#include "models/modeladdermodel.h"
#include "models/modelroles.h"
#include "scanevents.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;
using namespace sslrec::ui::testing;

class tst_ModeLadderModel : public QObject
{
    Q_OBJECT

private slots:
    void ladder();
    void proxyErrorText_data();
    void proxyErrorText();
};

void tst_ModeLadderModel::ladder()
{
    ModeLadderModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const OriginResult r = originResult(QStringLiteral("example.com"), Mode::Full, {});
    model.setVerdict(r.verdict, Mode::Flexible);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, ModeLadderModel::ModeColumn).data().toString(), QStringLiteral("Off"));
    QCOMPARE(model.index(1, ModeLadderModel::ModeColumn).data().toString(), QStringLiteral("Flexible (current)"));
    QCOMPARE(model.index(2, ModeLadderModel::Safe).data().toString(), QStringLiteral("safe"));
    QCOMPARE(model.index(3, ModeLadderModel::Safe).data().toString(), QStringLiteral("breaks"));
    QCOMPARE(model.index(3, ModeLadderModel::VisitorError).data().toString(), QStringLiteral("526 Invalid SSL certificate"));
    QCOMPARE(model.index(4, ModeLadderModel::Why).data().toString(), QStringLiteral("why strict"));
    QVERIFY(model.index(2, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, 0).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(4, 0).data(ModeRole).toInt(), int(Mode::Strict));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_ModeLadderModel::proxyErrorText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << 0 << QString();
    QTest::newRow("525") << 525 << QStringLiteral("525 SSL handshake failed");
    QTest::newRow("526") << 526 << QStringLiteral("526 Invalid SSL certificate");
    QTest::newRow("other") << 599 << QStringLiteral("599");
}

void tst_ModeLadderModel::proxyErrorText()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    QCOMPARE(ModeLadderModel::proxyErrorText(status), expected);
}

QTEST_MAIN(tst_ModeLadderModel)
#include "tst_modeladdermodel.moc"
