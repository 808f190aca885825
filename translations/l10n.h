#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace sslrec::l10n {

// The languages sslrec ships, as Qt locale names ("en" is the source
// language and needs no catalogue).
QStringList availableLanguages();
// A language's name in that language ("Deutsch", "简体中文"), for the chooser.
QString nativeName(const QString &language);
// The shipped language the given locale falls back to ("de_AT" -> "de",
// "zh_HK" -> "zh_TW"), or "en".
QString matchLanguage(const QLocale &locale);
// Replaces the installed catalogues (sslrec's own, embedded, and Qt's
// qtbase when the system has it) with those for \a language; an empty
// string means the system locale. Widgets get QEvent::LanguageChange.
// Returns the language now in effect.
QString install(const QString &language);
// The language install() last put in effect ("en" before any call).
QString current();

} // namespace sslrec::l10n
