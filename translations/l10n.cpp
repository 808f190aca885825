#include "l10n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace sslrec::l10n {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app; // sslrec's catalogue from the resources
    std::unique_ptr<QTranslator> qt; // qtbase_<lang>.qm, when installed
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString nativeName(const QString &language)
{
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("zh_TW"))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString matchLanguage(const QLocale &locale)
{
    // uiLanguages() lists the user's preferences in order (LANGUAGE, then
    // LC_ALL/LC_MESSAGES/LANG on Unix); the first one we ship wins.
    for (const QString &name : locale.uiLanguages()) {
        const QLocale l(name);
        if (l.language() == QLocale::German)
            return QStringLiteral("de");
        if (l.language() == QLocale::Chinese) {
            const bool traditional = l.script() == QLocale::TraditionalChineseScript
                || l.territory() == QLocale::Taiwan || l.territory() == QLocale::HongKong
                || l.territory() == QLocale::Macao;
            return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
        }
        if (l.language() == QLocale::English)
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString install(const QString &language)
{
    Installed &state = installed();
    const QString wanted = availableLanguages().contains(language) ? language : matchLanguage(QLocale::system());

    // English has a catalogue too: the plural forms of the %n strings.
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/sslrec_%1.qm").arg(wanted)))
        app.reset();
    auto qt = std::make_unique<QTranslator>();
    if (wanted == QLatin1String("en")
        || !qt->load(QStringLiteral("qtbase_%1").arg(wanted), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();

    // Remove first: each install/remove posts a LanguageChange, and the
    // widgets retranslate once the event loop runs, with the final set.
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app = std::move(app);
    state.qt = std::move(qt);
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.app)
        QCoreApplication::installTranslator(state.app.get());
    state.language = state.app ? wanted : QStringLiteral("en");
    return state.language;
}

QString current()
{
    return installed().language;
}

} // namespace sslrec::l10n
