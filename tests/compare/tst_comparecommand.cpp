// `sslrec-cli compare`: the contract scripts rely on (output, JSON fields,
// exit codes for unreadable files and bad usage).
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CompareCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textOutput();
    void jsonOutput_data();
    void jsonOutput();
    void unreadableFile();
    void badUsage_data();
    void badUsage();
    void help();

private:
    struct Run { int code; QString out; QString err; };
    static Run cli(const QStringList &args);
    QString write(const QString &name, const QByteArray &body);
    QTemporaryDir m_dir;
};

tst_CompareCommand::Run tst_CompareCommand::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SSLREC_CLI), QStringList{QStringLiteral("compare")} + args);
    if (!p.waitForFinished(30000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString tst_CompareCommand::write(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(body);
    return path;
}

void tst_CompareCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray page = "<html><head><title>Guide</title></head><body><p>Install the package, then run the "
                            "setup wizard and follow its steps. Generated %1.</p></body></html>";
    write(QStringLiteral("a.html"), QByteArray(page).replace("%1", "2024-05-01 10:00"));
    write(QStringLiteral("b.html"), QByteArray(page).replace("%1", "2025-02-03 11:22"));
    write(QStringLiteral("nginx.html"), "<html><head><title>Welcome to nginx!</title></head><body><h1>Welcome to nginx!</h1></body></html>");
}

void tst_CompareCommand::textOutput()
{
    const Run r = cli({m_dir.filePath(QStringLiteral("a.html")), m_dir.filePath(QStringLiteral("b.html"))});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("verdict: same")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("only a timestamp differs")));
}

void tst_CompareCommand::jsonOutput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("https");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("code");
    QTest::newRow("noise") << QStringList() << "b.html" << "same" << "noise-only";
    QTest::newRow("default page") << QStringList() << "nginx.html" << "different" << "https-placeholder";
    QTest::newRow("5xx") << QStringList{QStringLiteral("--https-status"), QStringLiteral("502")} << "b.html" << "different" << "https-server-error";
    QTest::newRow("content type") << QStringList{QStringLiteral("--content-type"), QStringLiteral("text/plain")} << "a.html" << "same" << "identical";
}

void tst_CompareCommand::jsonOutput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, https);
    QFETCH(QString, verdict);
    QFETCH(QString, code);
    const Run r = cli(QStringList{m_dir.filePath(QStringLiteral("a.html")), m_dir.filePath(https), QStringLiteral("--json")} + extra);
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o.value(QLatin1String("verdict")).toString(), verdict);
    QCOMPARE(o.value(QLatin1String("reason_code")).toString(), code);
    QVERIFY(!o.value(QLatin1String("reason")).toString().isEmpty());
    const double score = o.value(QLatin1String("score")).toDouble(-1);
    QVERIFY(score >= 0 && score <= 1);
}

void tst_CompareCommand::unreadableFile()
{
    const Run r = cli({m_dir.filePath(QStringLiteral("a.html")), m_dir.filePath(QStringLiteral("missing.html"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("missing.html")), qPrintable(r.err));
}

void tst_CompareCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no files") << QStringList();
    QTest::newRow("one file") << QStringList{QStringLiteral("a")};
    QTest::newRow("three files") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("bad status") << QStringList{QStringLiteral("--http-status"), QStringLiteral("ok"), QStringLiteral("a"), QStringLiteral("b")};
}

void tst_CompareCommand::badUsage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("compare")));
}

void tst_CompareCommand::help()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *option : {"--json", "--content-type", "--http-status", "--https-status"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(tst_CompareCommand)
#include "tst_comparecommand.moc"
