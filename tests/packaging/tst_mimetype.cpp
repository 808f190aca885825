#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// packaging/org.sslrec.Sslrec.mime.xml, compiled with update-mime-database
// as a package install does, names saved scans application/x-sslrec-scan:
// by the .sslrec glob, and by content (SQLite header with application_id
// "SSLR") when the extension is gone, while other SQLite files keep theirs.
class MimeType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identifies_data();
    void identifies();

private:
    QString makeSqlite(const QString &name, bool scanFile);

    QTemporaryDir m_dir;
};

void MimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString mime = m_dir.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(QStringLiteral(SSLREC_SOURCE_DIR "/packaging/org.sslrec.Sslrec.mime.xml"),
                        mime + QStringLiteral("/packages/org.sslrec.Sslrec.xml")));
    // One database holding the system's types and ours, as after installing
    // the package: Qt 6.4 does not weigh magic priorities across databases.
    const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    if (!QFile::exists(system))
        QSKIP("shared-mime-info's freedesktop.org.xml is not installed");
    QVERIFY(QFile::copy(system, mime + QStringLiteral("/packages/freedesktop.org.xml")));
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(QStringLiteral("update-mime-database"), {mime});
    QVERIFY2(update.waitForFinished(60000), "update-mime-database (shared-mime-info) did not run");
    QVERIFY2(update.exitCode() == 0, update.readAll().constData());
    // Before the first QMimeDatabase: it reads the directories once.
    qputenv("XDG_DATA_DIRS", m_dir.filePath(QStringLiteral("share")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
}

QString MimeType::makeSqlite(const QString &name, bool scanFile)
{
    const QString path = m_dir.filePath(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QString();
        QSqlQuery q(db);
        if (scanFile)
            q.exec(QStringLiteral("PRAGMA application_id = 1397967954")); // "SSLR", docs/scan-file-format.md
        q.exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

void MimeType::identifies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("scanContent");
    QTest::addColumn<bool>("sqliteContent");
    QTest::addColumn<QString>("expected");
    const QString scan = QStringLiteral("application/x-sslrec-scan");
    QTest::newRow("scan file") << "example.sslrec" << true << true << scan;
    QTest::newRow("scan file without extension") << "example-scan" << true << true << scan;
    QTest::newRow("empty file named .sslrec") << "empty.sslrec" << false << false << scan;
    QTest::newRow("other sqlite file") << "other-database" << false << true << "application/vnd.sqlite3";
}

void MimeType::identifies()
{
    QFETCH(QString, name);
    QFETCH(bool, scanContent);
    QFETCH(bool, sqliteContent);
    QFETCH(QString, expected);

    QString path = m_dir.filePath(name);
    if (sqliteContent) {
        path = makeSqlite(name, scanContent);
        QVERIFY(!path.isEmpty());
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    QCOMPARE(type.name(), expected);
    if (expected == QLatin1String("application/x-sslrec-scan"))
        QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
}

QTEST_GUILESS_MAIN(MimeType)
#include "tst_mimetype.moc"
