#include "tscatalogue.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The committed catalogues hold exactly the strings the sources have today:
// lupdate, run on a copy with the build's own inputs, must neither add an
// entry (a new string nobody translated) nor drop one (a string that is
// gone). Fix a failure with `cmake --build --preset dev --target
// update_translations` and translate what it added (translations/README.md).
class TsUpToDate : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_data();
    void catalogues();

private:
    // context, source, disambiguation and numerus, as one string.
    static QSet<QString> keys(const TsCatalogue &ts);
};

QSet<QString> TsUpToDate::keys(const TsCatalogue &ts)
{
    QSet<QString> set;
    for (const TsMessage &m : ts.messages)
        set.insert(QStringLiteral("%1 \"%2\"%3%4").arg(m.context, m.source,
                                                     m.comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m.comment),
                                                     m.numerus ? QStringLiteral(" [plural]") : QString()));
    return set;
}

void TsUpToDate::catalogues_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &f : tsFiles())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TsUpToDate::catalogues()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SSLREC_LUPDATE),
                  {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@" SSLREC_LUPDATE_INPUTS), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QByteArray log = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, log.constData());

    const TsCatalogue before = readTsFile(path);
    const TsCatalogue after = readTsFile(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    const QSet<QString> committed = keys(before);
    const QSet<QString> current = keys(after);
    QStringList problems;
    for (const QString &k : current - committed)
        problems << QStringLiteral("not in the catalogue: ") + k;
    for (const QString &k : committed - current)
        problems << QStringLiteral("no longer in the sources: ") + k;
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TsUpToDate)
#include "tst_tsuptodate.moc"
