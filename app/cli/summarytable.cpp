#include "summarytable.h"

#include <QCoreApplication>

#include <algorithm>

#include <sys/ioctl.h>
#include <unistd.h>

namespace sslrec::cli {

namespace {

int terminalWidth()
{
    winsize ws{};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 40)
        return ws.ws_col;
    return 0; // not a terminal: never cut
}

// Terminal columns a character takes: two for East Asian wide and
// fullwidth characters (CJK, kana, Hangul, fullwidth forms, emoji), none for
// combining marks and zero-width characters, one otherwise.
int columnsOf(char32_t c)
{
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F))
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

int columnsOf(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += columnsOf(c);
    return columns;
}

// @p text padded with spaces to @p columns terminal columns.
QString padded(const QString &text, qsizetype columns)
{
    return text + QString(std::max<qsizetype>(0, columns - columnsOf(text)), QLatin1Char(' '));
}

// The longest start of @p text that fits in @p columns terminal columns.
QString cutToColumns(const QString &text, int columns)
{
    int used = 0;
    QString out;
    for (const char32_t c : text.toUcs4()) {
        used += columnsOf(c);
        if (used > columns)
            break;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace

QString summaryTable(const ScanResult &result)
{
    const QString hOrigin = QCoreApplication::translate("sslrec::cli", "ORIGIN");
    const QString hMode = QCoreApplication::translate("sslrec::cli", "RECOMMENDED");
    const QString hApi = QCoreApplication::translate("sslrec::cli", "API VALUE");
    const QString hReason = QCoreApplication::translate("sslrec::cli", "KEY REASON");

    // Widths in terminal columns, not characters: a translated header such
    // as "源站" takes four.
    int wOrigin = columnsOf(hOrigin), wMode = columnsOf(hMode), wApi = columnsOf(hApi);
    for (const OriginResult &o : result.origins) {
        wOrigin = std::max(wOrigin, columnsOf(o.host));
        wMode = std::max(wMode, columnsOf(modeName(o.verdict.recommended)));
        wApi = std::max(wApi, columnsOf(cloudflareValue(o.verdict.recommended)));
    }
    const int width = terminalWidth();
    auto row = [&](const QString &a, const QString &b, const QString &c, QString d) {
        const QString line = padded(a, wOrigin + 2) + padded(b, wMode + 2) + padded(c, wApi + 2);
        const int used = wOrigin + wMode + wApi + 6;
        if (width > 0 && used + columnsOf(d) > width)
            d = cutToColumns(d, std::max(10, width - used - 1)) + QChar(0x2026);
        return line + d + QLatin1Char('\n');
    };
    QString text = row(hOrigin, hMode, hApi, hReason);
    for (const OriginResult &o : result.origins) {
        const QString api = cloudflareValue(o.verdict.recommended);
        text += row(o.host, modeName(o.verdict.recommended), api.isEmpty() ? QStringLiteral("-") : api,
                    o.verdict.reasons.value(0));
    }
    if (result.origins.isEmpty())
        text += QCoreApplication::translate("sslrec::cli", "(no origin was scanned)\n");
    return text;
}

} // namespace sslrec::cli
