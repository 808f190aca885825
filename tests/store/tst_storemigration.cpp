// Forward migrations: a file is brought up step by step, in one transaction,
// keeping its data; a failing step leaves the file as it was. Proven with a
// synthetic schema 2 until a real one exists.
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "store/storeschema.h"
#include "syntheticscan.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

namespace {

Status addPageNotes(QSqlDatabase &db)
{
    if (Status s = execSql(db, QStringLiteral("ALTER TABLE pages ADD COLUMN note TEXT NOT NULL DEFAULT ''")); !s)
        return s;
    return execSql(db, QStringLiteral("UPDATE pages SET note = 'migrated ' || path"));
}

Status halfThenFail(QSqlDatabase &db)
{
    if (Status s = execSql(db, QStringLiteral("CREATE TABLE half_done (x INTEGER)")); !s)
        return s;
    return Status::failure(QStringLiteral("test.fail"), QStringLiteral("step failed on purpose"));
}

} // namespace

class tst_StoreMigration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyDatabaseBecomesCurrentSchema();
    void stepUpgradesAndKeepsData();
    void failingStepRollsBack();
    void missingStepIsAnError();
    void currentFileIsLeftAlone();

private:
    int pragma(const QString &name);
    QStringList tables();

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
};

void tst_StoreMigration::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sslrec").arg(QTest::currentTestFunction()));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migration"));
    m_db.setDatabaseName(m_path);
}

void tst_StoreMigration::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("migration"));
}

int tst_StoreMigration::pragma(const QString &name)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList tst_StoreMigration::tables()
{
    QStringList names;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void tst_StoreMigration::emptyDatabaseBecomesCurrentSchema()
{
    QVERIFY(m_db.open());
    QCOMPARE(pragma(QStringLiteral("user_version")), 0);
    const Status s = migrateScanFile(m_db, scanFileMigrations(), kScanFileSchemaVersion);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(pragma(QStringLiteral("user_version")), kScanFileSchemaVersion);
    QCOMPARE(pragma(QStringLiteral("application_id")), kScanFileApplicationId);
    QStringList expected = expectedScanFileTables(kScanFileSchemaVersion);
    expected.sort();
    QCOMPARE(tables(), expected);
    m_db.close();
    // What the migration made is a scan file the reader accepts.
    const auto loaded = ScanFile::load(m_path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(loaded->origins.isEmpty());
}

void tst_StoreMigration::stepUpgradesAndKeepsData()
{
    const SyntheticScan scan = makeSyntheticScan(3);
    {
        auto store = ScanStore::create(m_path);
        QVERIFY(store.ok());
        recordSyntheticScan(*store.value(), scan);
    }
    QVERIFY(m_db.open());
    QCOMPARE(pragma(QStringLiteral("user_version")), 1);
    QList<SchemaMigration> steps = scanFileMigrations();
    steps.append({2, QStringLiteral("pages get a note"), &addPageNotes});
    const Status s = migrateScanFile(m_db, steps, 2);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    QCOMPARE(pragma(QStringLiteral("user_version")), 2);
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), min(note) FROM pages")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 6);
    QCOMPARE(q.value(1).toString(), QStringLiteral("migrated /"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bodies")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 12);
    q.finish();
    m_db.close();
    // This build reads up to schema 1: the upgraded file is now "too new".
    const auto loaded = ScanFile::load(m_path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("store.too-new"));
}

void tst_StoreMigration::failingStepRollsBack()
{
    {
        auto store = ScanStore::create(m_path);
        QVERIFY(store.ok());
        recordSyntheticScan(*store.value(), makeSyntheticScan(2));
    }
    QVERIFY(m_db.open());
    QList<SchemaMigration> steps = scanFileMigrations();
    steps.append({2, QStringLiteral("pages get a note"), &addPageNotes});
    steps.append({3, QStringLiteral("fails halfway"), &halfThenFail});
    const Status s = migrateScanFile(m_db, steps, 3);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("store.migration"));
    QVERIFY2(s.error().message.contains(QLatin1String("schema 3")), qPrintable(s.error().message));
    QVERIFY2(s.error().message.contains(QLatin1String("step failed on purpose")), qPrintable(s.error().message));
    // All or nothing: not even step 2 stayed.
    QCOMPARE(pragma(QStringLiteral("user_version")), 1);
    QVERIFY(!tables().contains(QStringLiteral("half_done")));
    QSqlQuery q(m_db);
    QVERIFY(!q.exec(QStringLiteral("SELECT note FROM pages")));
    q.finish();
    m_db.close();
    QVERIFY(ScanFile::load(m_path).ok());
}

void tst_StoreMigration::missingStepIsAnError()
{
    QVERIFY(m_db.open());
    const Status s = migrateScanFile(m_db, scanFileMigrations(), 3);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("no migration step to schema 2")), qPrintable(s.error().message));
    QCOMPARE(pragma(QStringLiteral("user_version")), 0);
    QVERIFY(tables().isEmpty());
}

void tst_StoreMigration::currentFileIsLeftAlone()
{
    {
        auto store = ScanStore::create(m_path);
        QVERIFY(store.ok());
    }
    QVERIFY(m_db.open());
    QList<SchemaMigration> steps = scanFileMigrations();
    steps.append({2, QStringLiteral("fails"), &halfThenFail});
    // Already at the target: no step runs.
    QVERIFY(migrateScanFile(m_db, steps, 1).ok());
    QCOMPARE(pragma(QStringLiteral("user_version")), 1);
}

QTEST_GUILESS_MAIN(tst_StoreMigration)
#include "tst_storemigration.moc"
