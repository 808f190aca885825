// DiffDocument turns the differ's rows into two aligned pane texts with a
// gutter, padding lines, change blocks and folded context.
#include "diff/diffdocument.h"

#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;

class tst_DiffDocument : public QObject
{
    Q_OBJECT

private slots:
    void alignsSides();
    void onlyChangesFoldsContext_data();
    void onlyChangesFoldsContext();
};

void tst_DiffDocument::alignsSides()
{
    const DiffResult diff = Differ::diff(u"a\nb\nc\nd", u"a\nB!\nc\nnew\nd");
    const DiffDocument doc = DiffDocument::build(diff, false);
    const QStringList left = doc.left.split(QLatin1Char('\n'));
    const QStringList right = doc.right.split(QLatin1Char('\n'));
    QCOMPARE(left.size(), right.size());
    QCOMPARE(left.size(), doc.lines.size());
    QCOMPARE(left.first(), QStringLiteral("1 │ a"));
    // The inserted line is padding on the left.
    int inserted = -1;
    for (int i = 0; i < doc.lines.size(); ++i) {
        if (doc.lines[i].kind == DiffDocument::LineKind::Inserted)
            inserted = i;
    }
    QVERIFY(inserted > 0);
    QVERIFY(doc.lines[inserted].leftPadding);
    QCOMPARE(left[inserted], QString());
    QCOMPARE(right[inserted], QStringLiteral("4 │ new"));
    // Changed characters are shifted past the gutter.
    const auto &changed = doc.lines[1];
    QCOMPARE(changed.kind, DiffDocument::LineKind::Changed);
    QVERIFY(!changed.rightChanges.isEmpty());
    QVERIFY(changed.rightChanges.first().start >= 4);
    QCOMPARE(doc.changes.size(), 2);
}

void tst_DiffDocument::onlyChangesFoldsContext_data()
{
    QTest::addColumn<int>("context");
    QTest::addColumn<int>("hidden");
    QTest::newRow("context 3") << 3 << 93;
    QTest::newRow("context 0") << 0 << 99;
}

void tst_DiffDocument::onlyChangesFoldsContext()
{
    QFETCH(int, context);
    QFETCH(int, hidden);
    QStringList a;
    for (int i = 0; i < 100; ++i)
        a << QStringLiteral("line %1").arg(i);
    QStringList b = a;
    b[50] = QStringLiteral("changed");
    const DiffDocument doc = DiffDocument::build(Differ::diff(a.join(u'\n'), b.join(u'\n')), true, context);
    QCOMPARE(doc.hiddenLines, hidden);
    QCOMPARE(doc.changes.size(), 1);
    QCOMPARE(doc.lines.first().kind, DiffDocument::LineKind::Separator);
    QVERIFY(doc.left.contains(QStringLiteral("unchanged lines hidden")));
}

QTEST_MAIN(tst_DiffDocument)
#include "tst_diffdocument.moc"
