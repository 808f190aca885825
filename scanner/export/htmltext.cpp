#include "export/htmltext.h"

#include <QDateTime>

namespace sslrec::html {

QString escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        case u'\t':
        case u'\n': out += c; break;
        default:
            // Controls are invalid in HTML text and can hide content from reviewers.
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0))
                out += QChar(0xfffd);
            else
                out += c;
        }
    }
    return out;
}

QString escapeBreakable(const QString &text, int run)
{
    QString spaced;
    spaced.reserve(text.size() + text.size() / run);
    int sinceBreak = 0;
    for (QChar c : text) {
        spaced += c;
        if (c.isSpace() || c == u'/' || c == u'-') {
            sinceBreak = 0;
        } else if (++sinceBreak >= run) {
            spaced += QChar(0x200b);
            sinceBreak = 0;
        }
    }
    return escape(spaced);
}

QString modeBadge(Mode mode)
{
    return QStringLiteral("<span class=\"badge mode-%1\">&nbsp;%2&nbsp;</span>")
        .arg(modeName(mode), escape(modeDisplayName(mode)));
}

QString yesNo(bool value, bool goodWhenTrue)
{
    const bool good = value == goodWhenTrue;
    return QStringLiteral("<span class=\"%1\">%2</span>")
        .arg(good ? QStringLiteral("good") : QStringLiteral("bad"), value ? QStringLiteral("yes") : QStringLiteral("no"));
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace sslrec::html
