// PagesModel and PageFilterModel under QAbstractItemModelTester: rows appear
// as pages are discovered, show their live state, then their verdict; the
// filter narrows by origin, verdict and search text.
#include "models/modelroles.h"
#include "models/pagefiltermodel.h"
#include "models/pagesmodel.h"
#include "scanevents.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;
using namespace sslrec::ui::testing;

namespace {
const QString kHost = QStringLiteral("example.com");
const QString kOther = QStringLiteral("blog.example.com");
} // namespace

class tst_PagesModel : public QObject
{
    Q_OBJECT

private slots:
    void liveStates();
    void finishMarksUnsampled();
    void filter_data();
    void filter();
    void sortsScoresAsNumbers();
};

void tst_PagesModel::liveStates()
{
    PagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyPageEvents({discovered(kHost, QStringLiteral("/")), discovered(kHost, QStringLiteral("/a")),
                           discovered(kHost, QStringLiteral("/a"))}); // duplicate in one batch
    QCOMPARE(model.rowCount(), 2);
    const int a = model.rowOf(kHost, QStringLiteral("/a"));
    QCOMPARE(model.index(a, PagesModel::Verdict).data().toString(), QStringLiteral("queued"));
    model.applyPageEvents({state(kHost, QStringLiteral("/a"), PageState::Fetching)});
    QCOMPARE(model.index(a, PagesModel::Verdict).data().toString(), QStringLiteral("fetching"));
    model.applyPageEvents({state(kHost, QStringLiteral("/a"), PageState::Comparing), state(kHost, QStringLiteral("/a"), PageState::Done)});
    QCOMPARE(model.index(a, PagesModel::Verdict).data().toString(), QStringLiteral("comparing"));
    model.addPairs({pair(kHost, QStringLiteral("/a"), PageVerdict::Different, 200, 0, 0.12, QStringLiteral("HTTPS refused"))});
    QCOMPARE(model.index(a, PagesModel::Verdict).data().toString(), QStringLiteral("different"));
    QCOMPARE(model.index(a, PagesModel::HttpStatus).data().toString(), QStringLiteral("200"));
    QCOMPARE(model.index(a, PagesModel::HttpsStatus).data().toString(), QStringLiteral("refused"));
    QCOMPARE(model.index(a, PagesModel::Score).data().toString(), QStringLiteral("0.12"));
    QCOMPARE(model.index(a, PagesModel::Reason).data().toString(), QStringLiteral("HTTPS refused"));
    // A late state event does not undo a verdict.
    model.applyPageEvents({state(kHost, QStringLiteral("/a"), PageState::Fetching)});
    QCOMPARE(model.index(a, PagesModel::Verdict).data().toString(), QStringLiteral("different"));
    // A pair for a page never announced still gets a row.
    model.addPairs({pair(kOther, QStringLiteral("/x"), PageVerdict::Same)});
    QCOMPARE(model.rowCount(), 3);
}

void tst_PagesModel::finishMarksUnsampled()
{
    PagesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyPageEvents(lifecycle(kHost, {QStringLiteral("/")}));
    model.applyPageEvents({discovered(kHost, QStringLiteral("/never"))});
    const QList<PagePair> pages{pair(kHost, QStringLiteral("/"), PageVerdict::Same)};
    model.finishOrigin(kHost, pages);
    QCOMPARE(model.index(model.rowOf(kHost, QStringLiteral("/")), PagesModel::Verdict).data().toString(), QStringLiteral("same"));
    QCOMPARE(model.index(model.rowOf(kHost, QStringLiteral("/never")), PagesModel::Verdict).data().toString(),
             QStringLiteral("not sampled"));
}

void tst_PagesModel::filter_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    using F = PageFilterModel::VerdictFilter;
    QTest::newRow("origin only") << kHost << int(F::All) << QString()
                                 << QStringList{QStringLiteral("/"), QStringLiteral("/shop"), QStringLiteral("/shop/cart"), QStringLiteral("/old")};
    QTest::newRow("different") << kHost << int(F::Different) << QString() << QStringList{QStringLiteral("/shop/cart")};
    QTest::newRow("same") << kHost << int(F::Same) << QString() << QStringList{QStringLiteral("/"), QStringLiteral("/shop")};
    QTest::newRow("errors") << kHost << int(F::Error) << QString() << QStringList{QStringLiteral("/old")};
    QTest::newRow("search path") << kHost << int(F::All) << QStringLiteral("SHOP")
                                 << QStringList{QStringLiteral("/shop"), QStringLiteral("/shop/cart")};
    QTest::newRow("search reason") << kHost << int(F::All) << QStringLiteral("welcome") << QStringList{QStringLiteral("/shop/cart")};
    QTest::newRow("other origin") << kOther << int(F::All) << QString() << QStringList{QStringLiteral("/post")};
    QTest::newRow("unfinished") << kOther << int(F::Unfinished) << QString() << QStringList{QStringLiteral("/post")};
}

void tst_PagesModel::filter()
{
    QFETCH(QString, host);
    QFETCH(int, verdict);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    PagesModel model;
    PageFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyPageEvents(lifecycle(kHost, {QStringLiteral("/"), QStringLiteral("/shop"), QStringLiteral("/shop/cart"), QStringLiteral("/old")}));
    model.applyPageEvents({discovered(kOther, QStringLiteral("/post"))});
    model.addPairs({pair(kHost, QStringLiteral("/"), PageVerdict::Same),
                    pair(kHost, QStringLiteral("/shop"), PageVerdict::Same),
                    pair(kHost, QStringLiteral("/shop/cart"), PageVerdict::Different, 200, 200, 0.1,
                         QStringLiteral("HTTPS serves the nginx welcome page")),
                    pair(kHost, QStringLiteral("/old"), PageVerdict::Error, 0, 0, 0)});
    proxy.setHost(host);
    proxy.setVerdictFilter(PageFilterModel::VerdictFilter(verdict));
    proxy.setSearchText(search);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, PagesModel::Path).data().toString();
    QCOMPARE(shown, expected);
}

void tst_PagesModel::sortsScoresAsNumbers()
{
    PagesModel model;
    PageFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addPairs({pair(kHost, QStringLiteral("/a"), PageVerdict::Same, 200, 200, 0.9),
                    pair(kHost, QStringLiteral("/b"), PageVerdict::Different, 200, 200, 0.05),
                    pair(kHost, QStringLiteral("/c"), PageVerdict::Same, 200, 200, 1.0)});
    proxy.sort(PagesModel::Score, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, PagesModel::Path).data().toString(), QStringLiteral("/b"));
    QCOMPARE(proxy.index(2, PagesModel::Path).data().toString(), QStringLiteral("/c"));
    // Live updates keep the order.
    model.addPairs({pair(kHost, QStringLiteral("/d"), PageVerdict::Different, 200, 200, 0.01)});
    QCOMPARE(proxy.index(0, PagesModel::Path).data().toString(), QStringLiteral("/d"));
}

QTEST_MAIN(tst_PagesModel)
#include "tst_pagesmodel.moc"
