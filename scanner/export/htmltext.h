#pragma once

#include "core/mode.h"

#include <QDateTime>
#include <QString>

// Building blocks of the HTML report, shared by its section writers.
namespace sslrec::html {

/// Text for an element's content or a double- or single-quoted attribute
/// value: & < > " ' escaped, control characters (but tab and line feed)
/// and NUL replaced with U+FFFD.
QString escape(const QString &text);

/// escape(), plus a zero-width space after every \a run characters without
/// a break opportunity, so QTextDocument can wrap long tokens (paths, hashes).
QString escapeBreakable(const QString &text, int run = 24);

/// A coloured badge naming \a mode ("Full (strict)"), class mode-<name>.
QString modeBadge(Mode mode);

/// "yes" / "no" in a span classed good or bad.
QString yesNo(bool value, bool goodWhenTrue = true);

/// ISO 8601 UTC to the second, or "-" when invalid.
QString timeText(const QDateTime &time);

} // namespace sslrec::html
