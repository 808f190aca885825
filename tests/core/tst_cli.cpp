// The CLI's contract with scripts: --version prints project()'s version,
// --help documents exit codes, unknown commands exit 2 with a message.
#include <QProcess>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void unknownCommand();
    void noArguments();

private:
    struct Run { int code; QString out; QString err; };
    static Run cli(const QStringList &args);
};

tst_Cli::Run tst_Cli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SSLREC_CLI), args);
    if (!p.waitForFinished(30000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void tst_Cli::version()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("sslrec-cli " SSLREC_EXPECTED_VERSION));
}

void tst_Cli::help()
{
    const Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("Exit codes")));
    for (const char *cmd : {"scan", "compare", "report", "diff"})
        QVERIFY2(r.out.contains(QLatin1String(cmd)), cmd);
}

void tst_Cli::unknownCommand()
{
    const Run r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("unknown command 'frobnicate'")));
}

void tst_Cli::noArguments()
{
    const Run r = cli({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("Usage:")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
