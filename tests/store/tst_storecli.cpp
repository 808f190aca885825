// sslrec-cli report and diff over saved scans: the documented outputs and
// exit codes scripts rely on.
#include "store/scanstore.h"
#include "syntheticscan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sslrec;
using namespace sslrec::test;

class tst_StoreCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportJson();
    void reportJsonToStdout();
    void reportWritesEveryFormat();
    void reportUsageErrors_data();
    void reportUsageErrors();
    void reportDamagedFile();
    void diffUnchanged();
    void diffChangedText();
    void diffChangedJson();
    void diffUnreadable();
    void diffHelpDocumentsExitCodes();

private:
    struct Run { int code; QString out; QString err; };
    static Run cli(const QStringList &args);
    QString write(const QString &name, const SyntheticScan &scan);

    QTemporaryDir m_dir;
    SyntheticScan m_scan;
    QString m_old;
    QString m_same;
    QString m_new;
};

tst_StoreCli::Run tst_StoreCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SSLREC_CLI), args);
    if (!p.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString tst_StoreCli::write(const QString &name, const SyntheticScan &scan)
{
    const QString path = m_dir.filePath(name);
    auto store = ScanStore::create(path);
    if (!store)
        return {};
    recordSyntheticScan(*store.value(), scan);
    return path;
}

void tst_StoreCli::initTestCase()
{
    m_scan = makeSyntheticScan(4);
    m_old = write(QStringLiteral("old.sslrec"), m_scan);
    m_same = write(QStringLiteral("same.sslrec"), m_scan);
    SyntheticScan changed = m_scan;
    changed.result.origins[0].verdict.recommended = Mode::Full;
    changed.result.origins[1].tls.chain[0].sha256Fingerprint = QStringLiteral("NE:WC:ER:T0");
    PagePair &p = changed.result.origins[1].pages[1];
    p.verdict = p.verdict == PageVerdict::Different ? PageVerdict::Same : PageVerdict::Different;
    m_new = write(QStringLiteral("new.sslrec"), changed);
    QVERIFY(!m_old.isEmpty() && !m_same.isEmpty() && !m_new.isEmpty());
}

void tst_StoreCli::reportJson()
{
    const QString out = m_dir.filePath(QStringLiteral("report.json"));
    const Run r = cli({QStringLiteral("report"), m_old, QStringLiteral("--json"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(o.value(QStringLiteral("domain")).toString(), QStringLiteral("example.test"));
    const QJsonArray origins = o.value(QStringLiteral("origins")).toArray();
    QCOMPARE(origins.size(), 2);
    QCOMPARE(origins.at(0).toObject().value(QStringLiteral("recommended_mode")).toString(), QStringLiteral("strict"));
    QCOMPARE(origins.at(1).toObject().value(QStringLiteral("pages")).toArray().size(), 4);
    const QJsonArray chain = origins.at(0).toObject().value(QStringLiteral("certificate")).toObject().value(QStringLiteral("chain")).toArray();
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(0).toObject().value(QStringLiteral("pem")).toString().toLatin1(), m_scan.result.origins[0].tls.chain[0].pem);
}

void tst_StoreCli::reportJsonToStdout()
{
    const Run r = cli({QStringLiteral("report"), m_old, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("schema_version")).toInt(), 1);
}

void tst_StoreCli::reportWritesEveryFormat()
{
    // One saved scan, every report in one run, no network.
    const QString base = m_dir.filePath(QStringLiteral("every"));
    const Run r = cli({QStringLiteral("report"), m_old, QStringLiteral("--json"), base + QStringLiteral(".json"),
                       QStringLiteral("--csv"), base + QStringLiteral(".csv"), QStringLiteral("--html"), base + QStringLiteral(".html"),
                       QStringLiteral("--pdf"), base + QStringLiteral(".pdf")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QVERIFY(read(base + QStringLiteral(".json")).contains("\"schema_version\""));
    QVERIFY(read(base + QStringLiteral(".csv")).contains("origin"));
    QVERIFY(!read(base + QStringLiteral("-origins.csv")).isEmpty());
    QVERIFY(read(base + QStringLiteral(".html")).startsWith("<!DOCTYPE html>"));
    QVERIFY(read(base + QStringLiteral(".pdf")).startsWith("%PDF-"));
}

void tst_StoreCli::reportUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no format") << QStringList{QStringLiteral("x.sslrec")};
    QTest::newRow("no file") << QStringList{QStringLiteral("--json"), QStringLiteral("a")};
}

void tst_StoreCli::reportUsageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList{QStringLiteral("report")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.startsWith(QLatin1String("sslrec-cli: ")));
}

void tst_StoreCli::reportDamagedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("hello\n").repeated(100));
    f.close();
    const Run r = cli({QStringLiteral("report"), path, QStringLiteral("--json"), QStringLiteral("-")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(path) && r.err.contains(QLatin1String("not an SQLite database")), qPrintable(r.err));
}

void tst_StoreCli::diffUnchanged()
{
    const Run r = cli({QStringLiteral("diff"), m_old, m_same});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("No changes.")));
}

void tst_StoreCli::diffChangedText()
{
    const Run r = cli({QStringLiteral("diff"), m_old, m_new});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.out.contains(QLatin1String("example.test: strict -> full")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Certificate changed:")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("NE:WC:ER:T0")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("Page verdict changed:")), qPrintable(r.out));
}

void tst_StoreCli::diffChangedJson()
{
    const Run r = cli({QStringLiteral("diff"), m_old, m_new, QStringLiteral("--json")});
    QCOMPARE(r.code, 4);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("changed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("recommendations")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("certificates")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("pages")).toArray().size(), 1);
}

void tst_StoreCli::diffUnreadable()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.sslrec"));
    const Run r = cli({QStringLiteral("diff"), m_old, missing});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(missing) && r.err.contains(QLatin1String("does not exist")), qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("diff"), m_old}).code, 2);
}

void tst_StoreCli::diffHelpDocumentsExitCodes()
{
    const Run r = cli({QStringLiteral("diff"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("4 something changed")));
}

QTEST_GUILESS_MAIN(tst_StoreCli)
#include "tst_storecli.moc"
