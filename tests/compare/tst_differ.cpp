// The side-by-side differ: rows must rebuild both texts exactly, align
// what is equal, pad the short side, and survive hostile inputs.
#include "compare/differ.h"

#include <QTest>

using namespace sslrec;

class tst_Differ : public QObject
{
    Q_OBJECT

private slots:
    void alignment_data();
    void alignment();
    void changedRangesInsideLine();
    void crlfAndLoneCr();
    void invalidUtf8();
    void veryLongLines();
    void repeatedLinesStayMinimal();
    void largeUnrelatedInputsUseFallback();
    void fewDistinctLinesStillAlign();
    void manyLongChangedLinesAreBounded();

private:
    static QStringList sideLines(const DiffResult &r, bool left);
    static void checkRebuilds(const DiffResult &r, const QString &left, const QString &right);
    static QString kinds(const DiffResult &r);
};

QStringList tst_Differ::sideLines(const DiffResult &r, bool left)
{
    QStringList out;
    int expected = 1;
    for (const DiffRow &row : r.rows) {
        const int line = left ? row.leftLine : row.rightLine;
        if (line == 0)
            continue;
        if (line != expected)
            return {QStringLiteral("<line numbers out of order>")};
        ++expected;
        out << (left ? row.leftText : row.rightText);
    }
    return out;
}

void tst_Differ::checkRebuilds(const DiffResult &r, const QString &left, const QString &right)
{
    const auto split = [](const QString &s) {
        QString t = s;
        t.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QStringList l = t.split(QLatin1Char('\n'));
        if (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    };
    QCOMPARE(sideLines(r, true), split(left));
    QCOMPARE(sideLines(r, false), split(right));
    for (const DiffRow &row : r.rows) {
        switch (row.kind) {
        case DiffRowKind::Equal: QCOMPARE(row.leftText, row.rightText); break;
        case DiffRowKind::Inserted: QCOMPARE(row.leftLine, 0); break;
        case DiffRowKind::Deleted: QCOMPARE(row.rightLine, 0); break;
        case DiffRowKind::Changed: QVERIFY(row.leftLine > 0 && row.rightLine > 0); break;
        }
    }
}

QString tst_Differ::kinds(const DiffResult &r)
{
    QString s;
    for (const DiffRow &row : r.rows)
        s += QLatin1Char("=~+-"[int(row.kind)]);
    return s;
}

void tst_Differ::alignment_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<QString>("kinds"); // = equal, ~ changed, + inserted, - deleted
    QTest::newRow("both empty") << "" << "" << "";
    QTest::newRow("left empty") << "" << "a\nb\n" << "++";
    QTest::newRow("right empty") << "a\nb" << "" << "--";
    QTest::newRow("identical") << "a\nb\nc\n" << "a\nb\nc\n" << "===";
    QTest::newRow("one changed") << "a\nb\nc\n" << "a\nB\nc\n" << "=~=";
    QTest::newRow("insert middle") << "a\nc\n" << "a\nb\nc\n" << "=+=";
    QTest::newRow("delete middle") << "a\nb\nc\n" << "a\nc\n" << "=-=";
    QTest::newRow("all different") << "a\nb\n" << "x\ny\nz\n" << "~~+";
    QTest::newRow("repeated lines") << "x\nx\nx\ny\n" << "x\ny\nx\nx\n" << "=+==-";
    QTest::newRow("blank lines") << "\n\na\n" << "\na\n\n" << "=-=+";
}

void tst_Differ::alignment()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(QString, kinds);
    const DiffResult r = Differ::diff(left, right);
    checkRebuilds(r, left, right);
    QCOMPARE(tst_Differ::kinds(r), kinds);
    QCOMPARE(r.equal + r.changed + r.inserted + r.deleted, int(r.rows.size()));
}

void tst_Differ::changedRangesInsideLine()
{
    const DiffResult r = Differ::diff(u"Generated 2024-05-01 by node a1", u"Generated 2025-01-31 by node b2");
    QCOMPARE(r.rows.size(), 1);
    const DiffRow &row = r.rows.first();
    QCOMPARE(row.kind, DiffRowKind::Changed);
    // Changed ranges cover the date and the node id, never the words around them.
    const auto unchanged = [](const QString &text, const QList<CharRange> &ranges) {
        QString kept = text;
        for (qsizetype i = ranges.size() - 1; i >= 0; --i)
            kept.remove(ranges[i].start, ranges[i].length);
        return kept;
    };
    QVERIFY(!row.leftChanges.isEmpty());
    QCOMPARE(unchanged(row.leftText, row.leftChanges), unchanged(row.rightText, row.rightChanges));
    QVERIFY(unchanged(row.leftText, row.leftChanges).startsWith(QLatin1String("Generated ")));
    QVERIFY(unchanged(row.leftText, row.leftChanges).contains(QLatin1String(" by node ")));
    int changedChars = 0;
    for (const CharRange &c : row.leftChanges)
        changedChars += c.length;
    QVERIFY(changedChars <= 12);
}

void tst_Differ::crlfAndLoneCr()
{
    const QString left = QStringLiteral("a\r\nb\r\nc\r\n");
    const QString right = QStringLiteral("a\nb\rc");
    const DiffResult r = Differ::diff(left, right);
    checkRebuilds(r, left, right);
    QCOMPARE(kinds(r), QStringLiteral("==="));
}

void tst_Differ::invalidUtf8()
{
    const QByteArray left("ok\n\xff\xfe broken\nend\n");
    const QByteArray right("ok\n\xc3\x28 other\nend\n");
    const DiffResult r = Differ::diffRaw(left, right);
    QCOMPARE(kinds(r), QStringLiteral("=~="));
    QVERIFY(r.rows[1].leftText.contains(QChar::ReplacementCharacter));
}

void tst_Differ::veryLongLines()
{
    const QString base = QString(QLatin1Char('x')).repeated(500000);
    QString changed = base;
    changed[250000] = QLatin1Char('y');
    const DiffResult r = Differ::diff(base, changed);
    QCOMPARE(kinds(r), QStringLiteral("~"));
    QCOMPARE(r.rows[0].leftChanges.size(), 1);
    QCOMPARE(r.rows[0].leftChanges[0].start, 250000);
    QCOMPARE(r.rows[0].leftChanges[0].length, 1);
}

void tst_Differ::repeatedLinesStayMinimal()
{
    QString left, right;
    for (int i = 0; i < 2000; ++i) {
        left += QStringLiteral("}\n");
        right += i == 1000 ? QStringLiteral("{\n}\n") : QStringLiteral("}\n");
    }
    const DiffResult r = Differ::diff(left, right);
    checkRebuilds(r, left, right);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.changed + r.deleted, 0);
}

void tst_Differ::largeUnrelatedInputsUseFallback()
{
    QString left, right;
    for (int i = 0; i < 20000; ++i) {
        left += QStringLiteral("left line %1\n").arg(i * 7);
        right += QStringLiteral("right line %1\n").arg(i * 13);
        if (i % 100 == 0) { // a few shared anchors
            left += QStringLiteral("anchor %1\n").arg(i);
            right += QStringLiteral("anchor %1\n").arg(i);
        }
    }
    const DiffResult r = Differ::diff(left, right);
    QVERIFY(r.approximate);
    checkRebuilds(r, left, right);
    QCOMPARE(r.equal, 200);
}

void tst_Differ::fewDistinctLinesStillAlign()
{
    // Thousands of lines drawn from three values, shuffled differently on
    // each side: no line is unique, the edit distance is far past Myers'
    // limit. The greedy fallback must still pair up equal lines.
    static const QString kLines[] = {QStringLiteral("<tr>"), QStringLiteral("<td>&nbsp;</td>"), QStringLiteral("</tr>")};
    QString left, right;
    quint32 a = 1, b = 2;
    for (int i = 0; i < 30000; ++i) {
        a = a * 1664525u + 1013904223u;
        b = b * 1664525u + 1013904223u;
        left += kLines[(a >> 16) % 3] + QLatin1Char('\n');
        right += kLines[(b >> 16) % 3] + QLatin1Char('\n');
    }
    const DiffResult r = Differ::diff(left, right);
    QVERIFY(r.approximate);
    checkRebuilds(r, left, right);
    QVERIFY2(r.equal > 10000, qPrintable(QString::number(r.equal)));
}

void tst_Differ::manyLongChangedLinesAreBounded()
{
    // Hundreds of 3,000-character lines, all different: the word-level
    // ranges share one work budget, and past it a row still gets a range.
    QString left, right;
    for (int line = 0; line < 300; ++line) {
        for (int w = 0; w < 400; ++w) {
            left += QStringLiteral("a%1 ").arg((line * 7919 + w * 31) % 1000);
            right += QStringLiteral("b%1 ").arg((line * 104729 + w * 17) % 1000);
        }
        left += QLatin1Char('\n');
        right += QLatin1Char('\n');
    }
    const DiffResult r = Differ::diff(left, right);
    checkRebuilds(r, left, right);
    QCOMPARE(r.changed, 300);
    for (const DiffRow &row : r.rows) {
        QVERIFY(!row.leftChanges.isEmpty());
        QVERIFY(!row.rightChanges.isEmpty());
        for (const CharRange &range : row.leftChanges)
            QVERIFY(range.start >= 0 && range.length > 0 && range.start + range.length <= row.leftText.size());
    }
}

QTEST_GUILESS_MAIN(tst_Differ)
#include "tst_differ.moc"
