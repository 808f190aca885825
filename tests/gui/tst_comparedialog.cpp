// The compare dialog lists what changed between two scans, one branch per
// kind of change, and says so plainly when nothing did.
#include "dialogs/comparedialog.h"
#include "syntheticscan.h"

#include <QLabel>
#include <QTest>
#include <QTreeWidget>

using namespace sslrec;
using namespace sslrec::ui;

class tst_CompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsChanges();
    void saysWhenNothingChanged();
};

namespace {
QTreeWidgetItem *branch(QTreeWidget *tree, const QString &prefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}
} // namespace

void tst_CompareDialog::listsChanges()
{
    const ScanResult before = test::makeSyntheticScan(4).result;
    ScanResult after = before;
    OriginResult &second = after.origins[1];
    second.verdict.recommended = Mode::Full;
    second.pages[0].verdict = second.pages[0].verdict == PageVerdict::Different ? PageVerdict::Same : PageVerdict::Different;
    const QString secondHost = second.host;
    const QString changedPage = second.host + second.pages[0].pathAndQuery;
    OriginResult extra = after.origins[0];
    extra.host = QStringLiteral("new.example.test");
    after.origins.append(extra); // `second` dangles from here on

    CompareDialog dialog(before, QStringLiteral("older"), after, QStringLiteral("newer"));
    dialog.show();
    QVERIFY(dialog.diff().hasChanges());
    QTreeWidget *tree = dialog.changesView();
    QTreeWidgetItem *recommendations = branch(tree, QStringLiteral("Recommendations"));
    QVERIFY(recommendations);
    QCOMPARE(recommendations->childCount(), 1);
    QCOMPARE(recommendations->child(0)->text(0), secondHost);
    QCOMPARE(recommendations->child(0)->text(1), modeDisplayName(before.origins[1].verdict.recommended));
    QCOMPARE(recommendations->child(0)->text(2), modeDisplayName(Mode::Full));
    QTreeWidgetItem *pages = branch(tree, QStringLiteral("Page verdicts"));
    QVERIFY(pages);
    QCOMPARE(pages->child(0)->text(0), changedPage);
    QTreeWidgetItem *appeared = branch(tree, QStringLiteral("Origins only in the newer"));
    QVERIFY(appeared);
    QCOMPARE(appeared->child(0)->text(0), QStringLiteral("new.example.test"));
    QVERIFY(!branch(tree, QStringLiteral("Certificates")));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("1 recommendation")));
}

void tst_CompareDialog::saysWhenNothingChanged()
{
    const ScanResult scan = test::makeSyntheticScan(3).result;
    CompareDialog dialog(scan, QStringLiteral("a"), scan, QStringLiteral("b"));
    QVERIFY(!dialog.diff().hasChanges());
    QCOMPARE(dialog.changesView()->topLevelItemCount(), 0);
    QVERIFY(dialog.summaryLabel()->text().startsWith(QStringLiteral("No changes")));
}

QTEST_MAIN(tst_CompareDialog)
#include "tst_comparedialog.moc"
