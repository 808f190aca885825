// The CLI's contract with scripts: --version prints project()'s version,
// --help documents exit codes, unknown commands exit 2 with a message.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void unknownCommand();
    void noArguments();
    void scanRejectsBadDomains_data();
    void scanRejectsBadDomains();
    void scanRejectsBadOptions_data();
    void scanRejectsBadOptions();
    void scanHelpDocumentsExitCodes();
    void demoScanPrintsRecommendations();
    void demoScanWritesJson();
    void tableColumnsAlignInChinese();
    void unresolvableNameIsAVerdictNotACrash();

private:
    struct Run { int code; QString out; QString err; };
    static Run cli(const QStringList &args, const QStringList &environment = {});
};

tst_Cli::Run tst_Cli::cli(const QStringList &args, const QStringList &environment)
{
    QProcess p;
    if (!environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &entry : environment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
    }
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

void tst_Cli::scanRejectsBadDomains_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "" << "No domain given";
    QTest::newRow("spaces") << "exa mple.com" << "contains spaces";
    QTest::newRow("scheme only") << "http://" << "has no host name";
    QTest::newRow("port range") << "example.com:99999" << "out of range";
    QTest::newRow("bare tld") << "com" << "top-level domain";
}

void tst_Cli::scanRejectsBadDomains()
{
    QFETCH(QString, domain);
    QFETCH(QString, message);
    const Run r = cli({QStringLiteral("scan"), domain, QStringLiteral("--no-dns")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line, not a stack of errors
}

void tst_Cli::scanRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("resolve") << QStringList{"--resolve", "example.com"} << "is not HOST:ADDRESS";
    QTest::newRow("resolve address") << QStringList{"--resolve", "example.com:300.1.1.1"} << "is not an IPv4 or IPv6 address";
    QTest::newRow("max pages") << QStringList{"--max-pages", "0"} << "--max-pages '0' is not a number from 1";
    QTest::newRow("mode") << QStringList{"--current-mode", "paranoid"} << "--current-mode 'paranoid' is not one of";
    QTest::newRow("robots") << QStringList{"--robots", "some"} << "--robots 'some'";
    QTest::newRow("ca file") << QStringList{"--ca-file", "/nonexistent/ca.pem"} << "does not exist";
    QTest::newRow("unknown") << QStringList{"--frobnicate"} << "Unknown option";
}

void tst_Cli::scanRejectsBadOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Run r = cli(QStringList{QStringLiteral("scan"), QStringLiteral("example.com")} + options);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
}

void tst_Cli::scanHelpDocumentsExitCodes()
{
    const Run r = cli({QStringLiteral("scan"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *option : {"--resolve", "--ca-file", "--current-mode", "--max-pages", "--concurrency", "--user-agent",
                               "--seed-urls", "--access-log", "--json", "--demo", "--no-origin-ca"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(r.out.contains(QLatin1String("Exit codes")));
}

void tst_Cli::demoScanPrintsRecommendations()
{
    const Run r = cli({QStringLiteral("scan"), QStringLiteral("--demo")});
    QVERIFY2(r.code == 0 || r.code == 3, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QLatin1String("ORIGIN")));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("^demo\\.sslrec\\.test +strict +origin_pull "),
                                               QRegularExpression::MultilineOption)), qPrintable(r.out));
}

// The summary table pads by terminal columns: the translated headers are
// CJK ideographs, two columns each, and the columns below them line up.
void tst_Cli::tableColumnsAlignInChinese()
{
    const Run r = cli({QStringLiteral("scan"), QStringLiteral("--demo")},
                      {QStringLiteral("LANGUAGE=zh_CN"), QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL="),
                       QStringLiteral("LC_MESSAGES=")});
    QVERIFY2(r.code == 0 || r.code == 3, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    const auto columnOf = [](const QString &line, const QString &word) {
        const qsizetype at = line.indexOf(word);
        if (at < 0)
            return -1;
        int columns = 0;
        for (const QChar c : line.left(at))
            columns += c.unicode() >= 0x3000 && c.unicode() <= 0x9FFF ? 2 : 1;
        return columns;
    };
    const QString header = lines.first();
    QVERIFY2(header.contains(QChar(0x6E90)), qPrintable(header)); // 源, from the zh_CN catalogue
    const QString modeHeader = header.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const QString second = header.mid(header.indexOf(modeHeader) + modeHeader.size()).trimmed().section(QLatin1Char(' '), 0, 0);
    const int headerColumn = columnOf(header, second);
    const QString demoRow = lines.filter(QRegularExpression(QStringLiteral("^demo\\.sslrec\\.test "))).value(0);
    QVERIFY2(!demoRow.isEmpty(), qPrintable(r.out));
    QCOMPARE(columnOf(demoRow, QStringLiteral("strict")), headerColumn);
}

void tst_Cli::demoScanWritesJson()
{
    const Run r = cli({QStringLiteral("scan"), QStringLiteral("--demo"), QStringLiteral("-q"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(r.code == 0 || r.code == 3, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value("schema_version").toInt(), 1);
    QCOMPARE(root.value("domain").toString(), QStringLiteral("demo.sslrec.test"));
    const QJsonArray origins = root.value("origins").toArray();
    QVERIFY(!origins.isEmpty());
    for (const QJsonValue &v : origins) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"origin", "recommended_mode", "reasons", "certificate", "pages"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value("certificate").toObject().contains("chain"));
        QVERIFY(o.value("certificate").toObject().contains("valid"));
        QVERIFY(o.value("certificate").toObject().contains("errors"));
    }
}

void tst_Cli::unresolvableNameIsAVerdictNotACrash()
{
    const Run r = cli({QStringLiteral("scan"), QStringLiteral("bücher.example"), QStringLiteral("--no-dns")});
    QCOMPARE(r.code, 3); // finished, but the origin could not be judged
    QVERIFY2(r.out.contains(QLatin1String("xn--bcher-kva.example  none")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("nothing answers")));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
