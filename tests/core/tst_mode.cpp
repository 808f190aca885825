// Exports and the CLI depend on the exact mode spellings (DESIGN.md): our
// full_strict is Cloudflare's "strict", our strict is "origin_pull".
#include "core/mode.h"

#include <QTest>

using namespace sslrec;

class tst_Mode : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void parsing_data();
    void parsing();
    void order();
};

void tst_Mode::names_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("cloudflare");
    QTest::newRow("none") << Mode::None << "none" << "";
    QTest::newRow("off") << Mode::Off << "off" << "off";
    QTest::newRow("flexible") << Mode::Flexible << "flexible" << "flexible";
    QTest::newRow("full") << Mode::Full << "full" << "full";
    QTest::newRow("full_strict") << Mode::FullStrict << "full_strict" << "strict";
    QTest::newRow("strict") << Mode::Strict << "strict" << "origin_pull";
}

void tst_Mode::names()
{
    QFETCH(Mode, mode);
    QFETCH(QString, name);
    QFETCH(QString, cloudflare);
    QCOMPARE(modeName(mode), name);
    QCOMPARE(cloudflareValue(mode), cloudflare);
    QCOMPARE(parseMode(name), std::optional<Mode>(mode));
}

void tst_Mode::parsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Mode>("mode");
    QTest::newRow("upper case") << "FULL_STRICT" << true << Mode::FullStrict;
    QTest::newRow("spaces") << "  flexible " << true << Mode::Flexible;
    QTest::newRow("api origin_pull") << "origin_pull" << true << Mode::Strict;
    QTest::newRow("empty") << "" << false << Mode::None;
    QTest::newRow("unknown") << "paranoid" << false << Mode::None;
}

void tst_Mode::parsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Mode, mode);
    const auto parsed = parseMode(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, mode);
}

void tst_Mode::order()
{
    QVERIFY(isStronger(Mode::Strict, Mode::FullStrict));
    QVERIFY(isStronger(Mode::FullStrict, Mode::Full));
    QVERIFY(isStronger(Mode::Full, Mode::Flexible));
    QVERIFY(isStronger(Mode::Flexible, Mode::Off));
    QVERIFY(!isStronger(Mode::Off, Mode::Off));
}

QTEST_GUILESS_MAIN(tst_Mode)
#include "tst_mode.moc"
