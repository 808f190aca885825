#pragma once

#include <QString>

namespace sslrec::cli {

/// Standard output and standard error as UTF-8 text.
void out(const QString &text);
void err(const QString &text);
/// "sslrec-cli: <message>" on stderr, newline added.
void error(const QString &message);
/// True when stderr is an interactive terminal (progress lines only then).
bool stderrIsTerminal();

} // namespace sslrec::cli
