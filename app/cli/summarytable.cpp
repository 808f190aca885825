#include "summarytable.h"

#include <QCoreApplication>

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

} // namespace

QString summaryTable(const ScanResult &result)
{
    const QString hOrigin = QCoreApplication::translate("sslrec::cli", "ORIGIN");
    const QString hMode = QCoreApplication::translate("sslrec::cli", "RECOMMENDED");
    const QString hApi = QCoreApplication::translate("sslrec::cli", "API VALUE");
    const QString hReason = QCoreApplication::translate("sslrec::cli", "KEY REASON");

    qsizetype wOrigin = hOrigin.size(), wMode = hMode.size(), wApi = hApi.size();
    for (const OriginResult &o : result.origins) {
        wOrigin = std::max(wOrigin, o.host.size());
        wMode = std::max(wMode, modeName(o.verdict.recommended).size());
        wApi = std::max(wApi, cloudflareValue(o.verdict.recommended).size());
    }
    const int width = terminalWidth();
    auto row = [&](const QString &a, const QString &b, const QString &c, QString d) {
        QString line = a.leftJustified(wOrigin + 2) + b.leftJustified(wMode + 2) + c.leftJustified(wApi + 2);
        if (width > 0 && line.size() + d.size() > width)
            d = d.left(std::max<qsizetype>(10, width - line.size() - 1)) + QChar(0x2026);
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
