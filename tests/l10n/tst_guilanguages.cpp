#include "l10n.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/scanoptionspanel.h"
#include "mainwindow/startpage.h"
#include "scan/scanoptions.h"

#include <QAction>
#include <QCommandLineParser>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using sslrec::ui::MainWindow;

// The window speaks each shipped language: started in it, and switched to it
// while it is open (QEvent::LanguageChange, no restart).
class GuiLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void startsInLanguage_data();
    void startsInLanguage();
    void switchesWhileOpen_data();
    void switchesWhileOpen();
    void systemLocalePicksTheCatalogue_data();
    void systemLocalePicksTheCatalogue();
    void scanOptionHelpIsTranslated();

private:
    static QStringList menuTitles(const MainWindow &window);
    static void addLanguageRows();
};

void GuiLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window reads and writes QSettings
}

void GuiLanguages::cleanup()
{
    sslrec::l10n::install(QStringLiteral("en"));
}

QStringList GuiLanguages::menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

void GuiLanguages::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("scanButton");
    QTest::addColumn<QString>("optionsToggle");
    QTest::newRow("en") << "en" << QStringList{"&File", "&Scan", "&View", "&Help"} << "&Scan" << "Scan &options";
    QTest::newRow("de") << "de" << QStringList{"&Datei", "&Scan", "&Ansicht", "&Hilfe"} << "&Scannen" << "Scan-&Optionen";
    QTest::newRow("zh_CN") << "zh_CN" << QStringList{"文件(&F)", "扫描(&S)", "视图(&V)", "帮助(&H)"} << "扫描(&S)" << "扫描选项(&O)";
    QTest::newRow("zh_TW") << "zh_TW" << QStringList{"檔案(&F)", "掃描(&S)", "檢視(&V)", "說明(&H)"} << "掃描(&S)" << "掃描選項(&O)";
}

void GuiLanguages::startsInLanguage_data()
{
    addLanguageRows();
}

void GuiLanguages::startsInLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, scanButton);
    QFETCH(QString, optionsToggle);

    QCOMPARE(sslrec::l10n::install(language), language);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(menuTitles(window), menus);
    QCOMPARE(window.startPage()->scanButton()->text(), scanButton);
    QCOMPARE(window.startPage()->optionsPanel()->findChild<QToolButton *>()->text(), optionsToggle);
}

void GuiLanguages::switchesWhileOpen_data()
{
    addLanguageRows();
}

void GuiLanguages::switchesWhileOpen()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, scanButton);
    QFETCH(QString, optionsToggle);

    // Open in another language first, so every text has to change.
    sslrec::l10n::install(language == QLatin1String("de") ? QStringLiteral("zh_CN") : QStringLiteral("de"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(menuTitles(window) != menus);

    sslrec::l10n::install(language);
    // LanguageChange is posted: the window retranslates when the loop runs.
    QTRY_COMPARE(menuTitles(window), menus);
    QCOMPARE(window.startPage()->scanButton()->text(), scanButton);
    QCOMPARE(window.startPage()->optionsPanel()->findChild<QToolButton *>()->text(), optionsToggle);
    // The hint under the field is re-validated in the new language.
    const QString hint = window.startPage()->hintLabel()->text();
    sslrec::l10n::install(QStringLiteral("en"));
    QTRY_COMPARE(window.startPage()->hintLabel()->text(), QStringLiteral("Enter a domain such as example.com, or paste a URL."));
    if (language != QLatin1String("en"))
        QVERIFY(hint != window.startPage()->hintLabel()->text());
}

void GuiLanguages::systemLocalePicksTheCatalogue_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("de_AT") << "de_AT" << "de";
    QTest::newRow("zh_CN") << "zh_CN" << "zh_CN";
    QTest::newRow("zh_SG") << "zh_SG" << "zh_CN";
    QTest::newRow("zh_TW") << "zh_TW" << "zh_TW";
    QTest::newRow("zh_HK") << "zh_HK" << "zh_TW";
    QTest::newRow("fr_FR") << "fr_FR" << "en";
    QTest::newRow("en_GB") << "en_GB" << "en";
}

void GuiLanguages::systemLocalePicksTheCatalogue()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(sslrec::l10n::matchLanguage(QLocale(locale)), language);
}

QTEST_MAIN(GuiLanguages)
// The scan options' help (shared by the CLI and the GUI's options panel)
// lives in the scanner library with its own tr() helper: it must ask for the
// context lupdate filed its strings under, or it silently stays English.
void GuiLanguages::scanOptionHelpIsTranslated()
{
    sslrec::l10n::install(QStringLiteral("de"));
    QCommandLineParser parser;
    sslrec::addScanOptions(parser);
    const QString help = parser.helpText();
    QVERIFY2(help.contains(QStringLiteral("Hostnamen ohne --resolve-Bindung nicht auflösen")), qPrintable(help));
    QVERIFY(!help.contains(QStringLiteral("Do not resolve hostnames")));
}

#include "tst_guilanguages.moc"
