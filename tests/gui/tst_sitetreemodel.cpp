// SiteTreeModel under QAbstractItemModelTester: a tree per origin that fills
// in as pages are discovered, with folders showing the worst news below.
#include "models/modelroles.h"
#include "models/sitetreemodel.h"
#include "scanevents.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace sslrec;
using namespace sslrec::ui;
using namespace sslrec::ui::testing;

namespace {
const QString kHost = QStringLiteral("example.com");

QString stateAt(const QModelIndex &index)
{
    return index.siblingAtColumn(SiteTreeModel::State).data().toString();
}
} // namespace

class tst_SiteTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void segments_data();
    void segments();
    void growsAndAggregates();
    void manyOrigins();
};

void tst_SiteTreeModel::segments_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("root") << QStringLiteral("/") << QStringList{};
    QTest::newRow("page") << QStringLiteral("/about") << QStringList{QStringLiteral("about")};
    QTest::newRow("nested") << QStringLiteral("/docs/install") << QStringList{QStringLiteral("docs/"), QStringLiteral("install")};
    QTest::newRow("folder page") << QStringLiteral("/docs/") << QStringList{QStringLiteral("docs/")};
    QTest::newRow("query") << QStringLiteral("/search?q=a/b") << QStringList{QStringLiteral("search?q=a/b")};
    QTest::newRow("root query") << QStringLiteral("/?page=2") << QStringList{QStringLiteral("?page=2")};
}

void tst_SiteTreeModel::segments()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    QCOMPARE(SiteTreeModel::segments(path), expected);
}

void tst_SiteTreeModel::growsAndAggregates()
{
    SiteTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addOrigin(kHost);
    model.applyPageEvents({discovered(kHost, QStringLiteral("/")), discovered(kHost, QStringLiteral("/docs/install")),
                           discovered(kHost, QStringLiteral("/docs/faq")), discovered(kHost, QStringLiteral("/about"))});
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex origin = model.index(0, 0);
    QCOMPARE(origin.data().toString(), kHost);
    QCOMPARE(model.rowCount(origin), 2); // docs/, about
    const QModelIndex docs = model.index(0, 0, origin);
    QCOMPARE(docs.data().toString(), QStringLiteral("docs/"));
    QCOMPARE(model.rowCount(docs), 2);
    QCOMPARE(stateAt(model.indexOf(kHost, QStringLiteral("/docs/faq"))), QStringLiteral("queued"));

    model.applyPageEvents({state(kHost, QStringLiteral("/docs/faq"), PageState::Fetching)});
    QCOMPARE(stateAt(docs), QStringLiteral("fetching"));
    model.addPairs({pair(kHost, QStringLiteral("/docs/faq"), PageVerdict::Same),
                    pair(kHost, QStringLiteral("/docs/install"), PageVerdict::Same)});
    QCOMPARE(stateAt(docs), QStringLiteral("same"));
    // One different page turns every folder above it red.
    model.addPairs({pair(kHost, QStringLiteral("/docs/install"), PageVerdict::Different)});
    QCOMPARE(stateAt(docs), QStringLiteral("different"));
    QCOMPARE(stateAt(origin), QStringLiteral("different"));
    QCOMPARE(model.data(origin.siblingAtColumn(1), StateRole).toInt(), int(NodeState::Different));
    // The page "/" is the origin node itself.
    QCOMPARE(model.indexOf(kHost, QStringLiteral("/")), origin);
    QCOMPARE(model.indexOf(kHost, QStringLiteral("/docs/install")).data(PathRole).toString(), QStringLiteral("/docs/install"));
    // Pages still queued when the origin finishes were never sampled.
    QCOMPARE(stateAt(model.indexOf(kHost, QStringLiteral("/about"))), QStringLiteral("queued"));
    model.finishOrigin(kHost);
    QCOMPARE(stateAt(model.indexOf(kHost, QStringLiteral("/about"))), QStringLiteral("not sampled"));
    QCOMPARE(stateAt(origin), QStringLiteral("different"));
}

void tst_SiteTreeModel::manyOrigins()
{
    SiteTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PageEventBatch batch;
    QStringList paths;
    for (int i = 0; i < 200; ++i)
        paths << QStringLiteral("/section%1/page%2").arg(i % 7).arg(i);
    for (const QString &host : {QStringLiteral("a.test"), QStringLiteral("b.test")})
        batch += lifecycle(host, paths);
    model.applyPageEvents(batch);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(1, 0)), 7);
    QCOMPARE(stateAt(model.index(1, 0)), QStringLiteral("comparing"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_SiteTreeModel)
#include "tst_sitetreemodel.moc"
