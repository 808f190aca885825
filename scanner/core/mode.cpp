#include "core/mode.h"

#include <QCoreApplication>

namespace sslrec {

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::None: return QStringLiteral("none");
    case Mode::Off: return QStringLiteral("off");
    case Mode::Flexible: return QStringLiteral("flexible");
    case Mode::Full: return QStringLiteral("full");
    case Mode::FullStrict: return QStringLiteral("full_strict");
    case Mode::Strict: return QStringLiteral("strict");
    }
    return {};
}

QString cloudflareValue(Mode mode)
{
    switch (mode) {
    case Mode::None: return {};
    case Mode::Off: return QStringLiteral("off");
    case Mode::Flexible: return QStringLiteral("flexible");
    case Mode::Full: return QStringLiteral("full");
    case Mode::FullStrict: return QStringLiteral("strict");
    case Mode::Strict: return QStringLiteral("origin_pull");
    }
    return {};
}

QString modeDisplayName(Mode mode)
{
    switch (mode) {
    case Mode::None: return QCoreApplication::translate("sslrec::Mode", "No recommendation");
    case Mode::Off: return QCoreApplication::translate("sslrec::Mode", "Off");
    case Mode::Flexible: return QCoreApplication::translate("sslrec::Mode", "Flexible");
    case Mode::Full: return QCoreApplication::translate("sslrec::Mode", "Full");
    case Mode::FullStrict: return QCoreApplication::translate("sslrec::Mode", "Full (strict)");
    case Mode::Strict: return QCoreApplication::translate("sslrec::Mode", "Strict");
    }
    return {};
}

std::optional<Mode> parseMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (Mode m : {Mode::None, Mode::Off, Mode::Flexible, Mode::Full, Mode::FullStrict, Mode::Strict}) {
        if (t == modeName(m))
            return m;
    }
    // Cloudflare's API spellings.
    if (t == QLatin1String("origin_pull"))
        return Mode::Strict;
    if (t == QLatin1String("full-strict") || t == QLatin1String("full (strict)"))
        return Mode::FullStrict;
    return std::nullopt;
}

QStringList modeNames()
{
    return {QStringLiteral("off"), QStringLiteral("flexible"), QStringLiteral("full"),
            QStringLiteral("full_strict"), QStringLiteral("strict")};
}

} // namespace sslrec
