#include "export/cloudflaresnippets.h"

#include "golden.h"
#include "samplescan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sslrec;

namespace {

ScanResult scanOf(const QList<QPair<QString, Mode>> &origins)
{
    ScanResult s = testdata::sampleScan();
    s.origins.clear();
    for (const auto &o : origins)
        s.origins << testdata::originWithMode(o.first, o.second);
    return s;
}

} // namespace

class TestCloudflareSnippets : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden_data();
    void matchesGolden();
    void mapsEveryMode_data();
    void mapsEveryMode();
    void zoneSettingOnlyWhenEveryOriginAgrees();
    void rulesPerHostWhenModesDiffer();
    void noneOriginsAreLeftOutWithTheReason();
    void nothingToApply();
    void serverTextCannotEscapeComments();
    void oddHostnamesAreLeftOut();
    void warnsWhenCurrentModeUnknown();
};

void TestCloudflareSnippets::matchesGolden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("variant");
    QTest::newRow("per-host rules") << "snippets-rules" << 0;
    QTest::newRow("zone setting") << "snippets-zone" << 1;
    QTest::newRow("nothing") << "snippets-none" << 2;
}

void TestCloudflareSnippets::matchesGolden()
{
    QFETCH(QString, name);
    QFETCH(int, variant);
    ScanResult scan = testdata::sampleScan();
    if (variant == 1)
        scan = scanOf({{"example.test", Mode::FullStrict}, {"www.example.test", Mode::FullStrict}});
    else if (variant == 2)
        scan = scanOf({{"example.test", Mode::None}});
    QString mismatch = testdata::goldenMismatch(cloudflareSnippetsText(scan).toUtf8(), name + QStringLiteral(".txt"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    mismatch = testdata::goldenMismatch(QJsonDocument(cloudflareSnippetsJson(scan)).toJson(), name + QStringLiteral(".json"));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestCloudflareSnippets::mapsEveryMode_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("value");
    QTest::newRow("off") << Mode::Off << "off";
    QTest::newRow("flexible") << Mode::Flexible << "flexible";
    QTest::newRow("full") << Mode::Full << "full";
    QTest::newRow("full_strict") << Mode::FullStrict << "strict";
    QTest::newRow("strict") << Mode::Strict << "origin_pull";
}

void TestCloudflareSnippets::mapsEveryMode()
{
    QFETCH(Mode, mode);
    QFETCH(QString, value);
    const CloudflareSnippets zone = cloudflareSnippets(scanOf({{"a.example.test", mode}}));
    QCOMPARE(zone.kind, CloudflareApplyKind::ZoneSetting);
    QCOMPARE(zone.apiBody, (QJsonObject{{"value", value}}));
    QVERIFY(zone.shell.contains(QStringLiteral("--data '{\n    \"value\": \"%1\"\n}'").arg(value)));
    QVERIFY(zone.terraform.contains(QStringLiteral("ssl = \"%1\"").arg(value)));

    CloudflareSnippetOptions rules;
    rules.forcePerHostRules = true;
    const CloudflareSnippets perHost = cloudflareSnippets(scanOf({{"a.example.test", mode}}), rules);
    QCOMPARE(perHost.kind, CloudflareApplyKind::PerHostRules);
    const QJsonObject rule = perHost.apiBody.value("rules").toArray().at(0).toObject();
    QCOMPARE(rule.value("action").toString(), QStringLiteral("set_config"));
    QCOMPARE(rule.value("action_parameters").toObject().value("ssl").toString(), value);
    QCOMPARE(rule.value("expression").toString(), QStringLiteral("http.host eq \"a.example.test\""));
    QVERIFY(perHost.terraform.contains(QStringLiteral("ssl = \"%1\"").arg(value)));
}

void TestCloudflareSnippets::zoneSettingOnlyWhenEveryOriginAgrees()
{
    const CloudflareSnippets s = cloudflareSnippets(scanOf({{"example.test", Mode::Full}, {"www.example.test", Mode::Full}}));
    QCOMPARE(s.kind, CloudflareApplyKind::ZoneSetting);
    QCOMPARE(s.apiMethod, QStringLiteral("PATCH"));
    QCOMPARE(s.apiPath, QStringLiteral("/client/v4/zones/$ZONE_ID/settings/ssl"));
    QVERIFY(s.shell.contains("curl -X PATCH \"https://api.cloudflare.com/client/v4/zones/$ZONE_ID/settings/ssl\""));
    QVERIFY(s.shell.contains("-H \"Authorization: Bearer $CF_API_TOKEN\""));
    QVERIFY(s.terraform.contains("resource \"cloudflare_zone_settings_override\""));
    QVERIFY(!s.terraform.contains("cloudflare_ruleset"));
}

void TestCloudflareSnippets::rulesPerHostWhenModesDiffer()
{
    const CloudflareSnippets s = cloudflareSnippets(testdata::sampleScan());
    QCOMPARE(s.kind, CloudflareApplyKind::PerHostRules);
    QCOMPARE(s.apiMethod, QStringLiteral("PUT"));
    QVERIFY(s.apiPath.endsWith("/rulesets/phases/http_config_settings/entrypoint"));
    const QJsonArray rules = s.apiBody.value("rules").toArray();
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules.at(0).toObject().value("action_parameters").toObject().value("ssl").toString(), QStringLiteral("origin_pull"));
    QCOMPARE(rules.at(1).toObject().value("expression").toString(), QStringLiteral("http.host eq \"www.example.test\""));
    QCOMPARE(rules.at(1).toObject().value("action_parameters").toObject().value("ssl").toString(), QStringLiteral("flexible"));
    QCOMPARE(rules.at(2).toObject().value("action_parameters").toObject().value("ssl").toString(), QStringLiteral("full"));
    QVERIFY(s.terraform.contains("phase       = \"http_config_settings\""));
    QCOMPARE(s.terraform.count("  rules {"), 3);
    QVERIFY(s.terraform.contains("expression  = \"http.host eq \\\"www.example.test\\\"\""));
    QVERIFY(s.shell.contains("REPLACES every rule"));
}

void TestCloudflareSnippets::noneOriginsAreLeftOutWithTheReason()
{
    // Same mode elsewhere, but one origin could not be judged: a zone-wide
    // value would reach it too, so per-host rules are used.
    const CloudflareSnippets s = cloudflareSnippets(scanOf({{"a.example.test", Mode::Strict}, {"b.example.test", Mode::None}}));
    QCOMPARE(s.kind, CloudflareApplyKind::PerHostRules);
    QCOMPARE(s.apiBody.value("rules").toArray().size(), 1);
    QVERIFY(!s.origins.at(1).included);
    QCOMPARE(s.origins.at(1).skippedReason, QStringLiteral("no recommendation: reason for none"));
    QVERIFY(!QJsonDocument(s.apiBody).toJson().contains("b.example.test"));
    const QString text = cloudflareSnippetsText(scanOf({{"a.example.test", Mode::Strict}, {"b.example.test", Mode::None}}));
    QVERIFY(text.contains("#   b.example.test: left out, no recommendation: reason for none\n"));
}

void TestCloudflareSnippets::nothingToApply()
{
    const ScanResult scan = scanOf({{"a.example.test", Mode::None}});
    const CloudflareSnippets s = cloudflareSnippets(scan);
    QCOMPARE(s.kind, CloudflareApplyKind::Nothing);
    QVERIFY(s.shell.isEmpty() && s.terraform.isEmpty() && s.apiBody.isEmpty());
    QVERIFY(!cloudflareSnippetsText(scan).contains("curl -X"));
    QVERIFY(cloudflareSnippetsJson(scan).value("request").isNull());
}

void TestCloudflareSnippets::serverTextCannotEscapeComments()
{
    ScanResult scan = scanOf({{"a.example.test", Mode::Strict}, {"b.example.test", Mode::None}});
    scan.origins[1].verdict.reasons = {QStringLiteral("every request was answered with 403 x\nrm -rf ~\r\n#\u2028curl evil")};
    scan.toolVersion = QStringLiteral("1\nrm -rf /");
    const QString text = cloudflareSnippetsText(scan);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QVERIFY2(!line.startsWith("rm ") && !line.startsWith("curl evil"), qPrintable(line));
        QVERIFY(!line.contains(QChar(0x2028)) && !line.contains(QLatin1Char('\r')));
    }
    QVERIFY(text.contains("403 x rm -rf ~ # curl evil"));
}

void TestCloudflareSnippets::oddHostnamesAreLeftOut()
{
    const CloudflareSnippets s = cloudflareSnippets(scanOf({{"a.example.test", Mode::Full}, {"b\" or true or \".test", Mode::Full}}));
    QCOMPARE(s.kind, CloudflareApplyKind::PerHostRules);
    QCOMPARE(s.apiBody.value("rules").toArray().size(), 1);
    QVERIFY(!s.origins.at(1).included);
    QVERIFY(!s.terraform.contains("or true"));
}

void TestCloudflareSnippets::warnsWhenCurrentModeUnknown()
{
    ScanResult scan = scanOf({{"a.example.test", Mode::Full}});
    QVERIFY(!cloudflareSnippetsText(scan).contains("not told the current mode"));
    scan.settings.currentMode.reset();
    QVERIFY(cloudflareSnippetsText(scan).contains("not told the current mode"));
}

QTEST_GUILESS_MAIN(TestCloudflareSnippets)
#include "tst_cloudflaresnippets.moc"
