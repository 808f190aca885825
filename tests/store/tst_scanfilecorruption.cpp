// A damaged, foreign or too-new scan file is refused with a message that
// names the file and the problem — never a crash, never a silent half-read.
#include "store/scanfile.h"
#include "store/scanstore.h"
#include "store/storeschema.h"
#include "syntheticscan.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_ScanFileCorruption : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void randomBytesInTheMiddle_data();
    void randomBytesInTheMiddle();
    void damagedBodyIsCaught();
    void appendRefusesDamagedFile();

private:
    QString copyOfGood(const QString &name);
    // Runs SQL on a file through a plain connection (not the store's checks).
    static bool rawSql(const QString &path, const QStringList &statements);

    QTemporaryDir m_dir;
    QString m_good;
};

bool tst_ScanFileCorruption::rawSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &sql : statements)
            ok = ok && q.exec(sql);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

void tst_ScanFileCorruption::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.sslrec"));
    auto store = ScanStore::create(m_good);
    QVERIFY(store.ok());
    recordSyntheticScan(*store.value(), makeSyntheticScan(30, 3000));
    store.value().reset(); // closing checkpoints the WAL into the file
    QVERIFY(!QFile::exists(m_good + QStringLiteral("-wal")));
    QVERIFY(ScanFile::load(m_good).ok());
}

QString tst_ScanFileCorruption::copyOfGood(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_good, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void tst_ScanFileCorruption::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("missing") << "missing" << "store.missing" << QStringList{"does not exist"};
    QTest::newRow("directory") << "directory" << "store.io" << QStringList{"directory"};
    QTest::newRow("empty file") << "empty" << "store.empty" << QStringList{"empty", "0 bytes"};
    QTest::newRow("text file") << "text" << "store.not-sqlite" << QStringList{"not an sslrec scan file", "not an SQLite database"};
    QTest::newRow("short text") << "short" << "store.not-sqlite" << QStringList{"not an SQLite database"};
    QTest::newRow("truncated mid-page") << "truncated-odd" << "store.truncated" << QStringList{"truncated", "complete copy"};
    QTest::newRow("truncated at a page") << "truncated-page" << "store.truncated" << QStringList{"truncated"};
    QTest::newRow("truncated header") << "truncated-header" << "store.truncated" << QStringList{"truncated"};
    QTest::newRow("bad page size") << "page-size" << "store.damaged" << QStringList{"damaged", "page size"};
    QTest::newRow("newer schema") << "newer" << "store.too-new"
                                  << QStringList{"was written by sslrec 9.9.9 (schema 99)", "reads up to schema 1", "update sslrec"};
    QTest::newRow("foreign SQLite") << "foreign" << "store.foreign" << QStringList{"not an sslrec scan file", "another application"};
    QTest::newRow("empty SQLite") << "empty-sqlite" << "store.foreign" << QStringList{"not an sslrec scan file", "empty SQLite database"};
    QTest::newRow("table missing") << "table-missing" << "store.damaged" << QStringList{"damaged", "'pages' is missing"};
}

void tst_ScanFileCorruption::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(QStringList, words);
    QString path = m_dir.filePath(kind + QStringLiteral(".sslrec"));
    QFile::remove(path);
    const qint64 goodSize = QFileInfo(m_good).size();
    const auto truncateTo = [&](qint64 size) {
        path = copyOfGood(kind + QStringLiteral(".sslrec"));
        QFile f(path);
        return f.resize(size);
    };

    if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("empty")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("text") || kind == QLatin1String("short")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "This is a README, not a scan.\n";
        if (kind == QLatin1String("text"))
            text = text.repeated(400);
        f.write(text);
    } else if (kind == QLatin1String("truncated-odd")) {
        QVERIFY(truncateTo(goodSize / 2 + 123));
    } else if (kind == QLatin1String("truncated-page")) {
        QVERIFY(truncateTo(goodSize / 2 / 4096 * 4096));
    } else if (kind == QLatin1String("truncated-header")) {
        QVERIFY(truncateTo(50));
    } else if (kind == QLatin1String("page-size")) {
        path = copyOfGood(kind + QStringLiteral(".sslrec"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(16);
        f.write(QByteArray("\x03\x00", 2)); // 768: not a power of two
    } else if (kind == QLatin1String("newer")) {
        path = copyOfGood(kind + QStringLiteral(".sslrec"));
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version = 99"),
                              QStringLiteral("UPDATE meta SET value = '9.9.9' WHERE key = 'writer_version'")}));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA application_id = 1179206502"),
                              QStringLiteral("CREATE TABLE songs (title TEXT)"),
                              QStringLiteral("INSERT INTO songs VALUES ('x')")}));
    } else if (kind == QLatin1String("empty-sqlite")) {
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA user_version = 1")}));
    } else if (kind == QLatin1String("table-missing")) {
        path = copyOfGood(kind + QStringLiteral(".sslrec"));
        QVERIFY(rawSql(path, {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE pages")}));
    }

    const auto loaded = ScanFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, code);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(path), qPrintable(message));
    for (const QString &w : words)
        QVERIFY2(message.contains(w), qPrintable(QStringLiteral("'%1' not in: %2").arg(w, message)));
    // The other entry points refuse it the same way.
    QCOMPARE(ScanFile::loadForResume(path).error().code, code);
    QCOMPARE(ScanStore::openForAppend(path).error().code, code);
}

void tst_ScanFileCorruption::randomBytesInTheMiddle_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("where");
    for (int i = 0; i < 12; ++i)
        QTest::addRow("seed %d", i) << quint32(i) << (0.1 + 0.07 * i);
}

void tst_ScanFileCorruption::randomBytesInTheMiddle()
{
    QFETCH(quint32, seed);
    QFETCH(double, where);
    const QString path = copyOfGood(QStringLiteral("random-%1.sslrec").arg(seed));
    QVERIFY(!path.isEmpty());
    QByteArray garbage(3 * 4096, Qt::Uninitialized);
    QRandomGenerator rng{seed};
    for (char &c : garbage)
        c = char(rng.bounded(256));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 offset = qint64(double(f.size()) * where) / 4096 * 4096 + 4096;
        QVERIFY(f.seek(offset));
        QCOMPARE(f.write(garbage), garbage.size());
    }
    // Every page of the file belongs to some table: three pages of noise
    // must be noticed by the open checks or when the data is read.
    QStringList errors;
    auto file = ScanFile::open(path);
    if (!file) {
        errors << file.error().message;
        QCOMPARE(file.error().code, QStringLiteral("store.damaged"));
    } else {
        const auto result = file.value()->result();
        if (!result) {
            errors << result.error().message;
            QCOMPARE(result.error().code, QStringLiteral("store.damaged"));
        } else {
            for (const OriginResult &o : result->origins) {
                for (const PagePair &p : o.pages) {
                    const auto bodies = file.value()->bodies(o.host, p.pathAndQuery);
                    if (!bodies) {
                        errors << bodies.error().message;
                        QVERIFY2(bodies.error().code == QLatin1String("store.damaged"), qPrintable(bodies.error().message));
                    }
                }
            }
        }
    }
    QVERIFY2(!errors.isEmpty(), "three pages of random bytes went unnoticed");
    QVERIFY2(errors.first().contains(path) && errors.first().contains(QLatin1String("damaged")), qPrintable(errors.first()));
}

void tst_ScanFileCorruption::damagedBodyIsCaught()
{
    // A flipped byte inside a stored body: SQLite sees nothing wrong, the
    // body's CRC does.
    const QString path = copyOfGood(QStringLiteral("flipped.sslrec"));
    QVERIFY(rawSql(path, {QStringLiteral("UPDATE bodies SET data = CAST(zeroblob(length(data)) AS BLOB) WHERE id = (SELECT min(id) FROM bodies WHERE length(data) > 16)")}));
    QString host, page;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lookup"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT o.host, p.path FROM bodies b JOIN pages p ON p.id = b.page_id "
                                      "JOIN origins o ON o.id = p.origin_id WHERE b.id = (SELECT min(id) FROM bodies WHERE length(data) > 16)")));
        QVERIFY(q.next());
        host = q.value(0).toString();
        page = q.value(1).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lookup"));
    QVERIFY(ScanFile::load(path).ok()); // the rest of the scan still opens
    const auto bodies = ScanFile::loadBodies(path, host, page);
    QVERIFY(!bodies.ok());
    QCOMPARE(bodies.error().code, QStringLiteral("store.damaged"));
    QVERIFY2(bodies.error().message.contains(page), qPrintable(bodies.error().message));
}

void tst_ScanFileCorruption::appendRefusesDamagedFile()
{
    // Appending runs the full check, bodies included.
    const QString path = copyOfGood(QStringLiteral("append-damaged.sslrec"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    // The last page belongs to some b-tree or blob chain; wipe its header.
    QVERIFY(f.seek((pages - 1) * 4096));
    f.write(QByteArray(64, '\xee'));
    f.close();
    const auto store = ScanStore::openForAppend(path);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, QStringLiteral("store.damaged"));
    QVERIFY(store.error().message.contains(path));
}

QTEST_GUILESS_MAIN(tst_ScanFileCorruption)
#include "tst_scanfilecorruption.moc"
