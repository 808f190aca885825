#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sslrec {

/// The proxy-to-origin modes, weakest to strongest. `None` is not a proxy
/// setting: it means sslrec could not judge the origin (nothing answers,
/// opted out, blocked) and recommends no change.
enum class Mode {
    None,       ///< no recommendation
    Off,        ///< HTTP everywhere, no HTTPS at the edge
    Flexible,   ///< edge HTTPS, origin always HTTP
    Full,       ///< origin over the visitor's scheme, certificate not checked
    FullStrict, ///< origin over the visitor's scheme, certificate validated
    Strict,     ///< origin always over validated HTTPS
};

/// Every real proxy mode, weakest first (None excluded).
inline constexpr Mode kProxyModes[] = {Mode::Off, Mode::Flexible, Mode::Full, Mode::FullStrict, Mode::Strict};

/// sslrec's stable name: none, off, flexible, full, full_strict, strict.
QString modeName(Mode mode);
/// The value Cloudflare's API uses for the `ssl` zone setting: off, flexible,
/// full, strict (our full_strict), origin_pull (our strict); empty for None.
QString cloudflareValue(Mode mode);
/// A name for people: "Full (strict)".
QString modeDisplayName(Mode mode);
/// Parses sslrec names and Cloudflare API values alike, case-insensitively.
std::optional<Mode> parseMode(const QString &text);
/// The names parseMode() accepts, for help texts and error messages.
QStringList modeNames();

/// Strength order, for "never recommend weaker than the current mode".
inline bool isStronger(Mode a, Mode b) { return static_cast<int>(a) > static_cast<int>(b); }

} // namespace sslrec
