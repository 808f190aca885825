#include "l10n.h"
#include "tscatalogue.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// Every shipped catalogue is complete and consistent with its sources: no
// unfinished, obsolete or vanished entry; every %n string has the plural
// forms its language needs, each with %n; placeholders (%1..%99, and the
// progress bar's %v/%m) are the same in translation and source; a mnemonic
// (&) in the source has one in the translation.
class TsComplete : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_data();
    void catalogues();
    void everyShippedLanguageHasACatalogue();

private:
    static QSet<QString> placeholders(const QString &text);
    static bool hasMnemonic(const QString &text);
};

QSet<QString> TsComplete::placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|[vm])"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

bool TsComplete::hasMnemonic(const QString &text)
{
    // "&x" but not "&&" (a literal ampersand) nor an HTML entity like "&nbsp;".
    static const QRegularExpression re(QStringLiteral("&(?!&|[a-z]+;)\\S"));
    QString t = text;
    t.remove(QStringLiteral("&&"));
    return re.match(t).hasMatch();
}

void TsComplete::catalogues_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = tsFiles();
    QVERIFY2(!files.isEmpty(), "no translations/sslrec_*.ts found");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TsComplete::catalogues()
{
    QFETCH(QString, path);
    const TsCatalogue ts = readTsFile(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), "the catalogue is empty");
    // Qt's plural rules: Chinese has one form, English and German two.
    const int forms = ts.language.startsWith(QLatin1String("zh")) ? 1 : 2;

    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(where, m.type);
            continue;
        }
        if (m.numerus && m.forms.size() != forms)
            problems << QStringLiteral("%1: %2 plural forms, %3 needs %4").arg(where).arg(m.forms.size()).arg(ts.language).arg(forms);
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("%1: empty translation").arg(where);
            if (m.numerus && !form.contains(QLatin1String("%n")))
                problems << QStringLiteral("%1: plural form \"%2\" lacks %n").arg(where, form);
            if (placeholders(form) != expected)
                problems << QStringLiteral("%1: placeholders of \"%2\" differ from the source").arg(where, form);
            if (hasMnemonic(m.source) != hasMnemonic(form))
                problems << QStringLiteral("%1: mnemonic (&) in only one of source and \"%2\"").arg(where, form);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TsComplete::everyShippedLanguageHasACatalogue()
{
    QSet<QString> languages;
    for (const QString &f : tsFiles())
        languages.insert(QFileInfo(f).completeBaseName().mid(int(qstrlen("sslrec_"))));
    const QStringList available = sslrec::l10n::availableLanguages();
    const QSet<QString> shipped(available.cbegin(), available.cend());
    QCOMPARE(languages, shipped);
}

QTEST_GUILESS_MAIN(TsComplete)
#include "tst_tscomplete.moc"
