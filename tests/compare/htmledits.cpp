#include "htmledits.h"

#include <QRegularExpression>

namespace sslrec::corpus {

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int Rng::below(int n)
{
    return n <= 1 ? 0 : int(next() % quint64(n));
}

QByteArray Rng::hex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(digits[below(16)]);
    // A "hex" id made only of letters would be an ordinary word; real ids have digits.
    out[below(length)] = char('0' + below(10));
    return out;
}

QByteArray Rng::base64ish(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet[below(64)]);
    out[below(length)] = char('0' + below(10));
    out[below(length)] = char('a' + below(26));
    return out;
}

QByteArray Rng::uuid()
{
    return hex(8) + '-' + hex(4) + '-' + hex(4) + '-' + hex(4) + '-' + hex(12);
}

QByteArray Rng::timestamp(int format)
{
    static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *longMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                       "August", "September", "October", "November", "December"};
    const int y = 2019 + below(7);
    const int mo = below(12);
    const int d = 1 + below(28);
    const int h = below(24), mi = below(60), s = below(60);
    const auto two = [](int v) { return QByteArray::number(v).rightJustified(2, '0'); };
    switch (format % 4) {
    case 0:
        return QByteArray::number(y) + '-' + two(mo + 1) + '-' + two(d) + ' ' + two(h) + ':' + two(mi) + ':' + two(s);
    case 1:
        return QByteArray(days[below(7)]) + ", " + two(d) + ' ' + months[mo] + ' ' + QByteArray::number(y) + ' '
               + two(h) + ':' + two(mi) + ':' + two(s) + " GMT";
    case 2:
        return QByteArray(longMonths[mo]) + ' ' + QByteArray::number(d) + ", " + QByteArray::number(y) + " at "
               + QByteArray::number(1 + h % 12) + ':' + two(mi) + (h < 12 ? " AM" : " PM");
    default:
        return QByteArray::number(y) + '-' + two(mo + 1) + '-' + two(d) + 'T' + two(h) + ':' + two(mi) + ':' + two(s) + 'Z';
    }
}

qsizetype HtmlEdits::indexOfFolded(const QByteArray &html, const QByteArray &lowerNeedle, qsizetype from)
{
    const qsizetype n = lowerNeedle.size();
    for (qsizetype i = std::max<qsizetype>(0, from); i + n <= html.size(); ++i) {
        qsizetype j = 0;
        while (j < n && char(std::tolower(static_cast<unsigned char>(html[i + j]))) == lowerNeedle[j])
            ++j;
        if (j == n)
            return i;
    }
    return -1;
}

qsizetype HtmlEdits::lastIndexOfFolded(const QByteArray &html, const QByteArray &lowerNeedle)
{
    qsizetype found = -1;
    for (qsizetype at = indexOfFolded(html, lowerNeedle); at >= 0; at = indexOfFolded(html, lowerNeedle, at + 1))
        found = at;
    return found;
}

void HtmlEdits::insertAfterStartTag(QByteArray &html, const QByteArray &tag, const QByteArray &snippet)
{
    qsizetype at = indexOfFolded(html, "<" + tag);
    while (at >= 0) {
        const char next = at + tag.size() + 1 < html.size() ? html[at + tag.size() + 1] : '>';
        if (next == '>' || next == ' ' || next == '\n' || next == '\t' || next == '\r')
            break;
        at = indexOfFolded(html, "<" + tag, at + 1);
    }
    const qsizetype end = at >= 0 ? html.indexOf('>', at) : -1;
    html.insert(end >= 0 ? end + 1 : 0, snippet);
}

void HtmlEdits::insertBeforeBodyEnd(QByteArray &html, const QByteArray &snippet)
{
    const qsizetype at = lastIndexOfFolded(html, "</body");
    if (at >= 0)
        html.insert(at, snippet);
    else
        html.append(snippet);
}

void HtmlEdits::insertInMain(QByteArray &html, const QByteArray &snippet)
{
    for (const QByteArray &close : {QByteArray("</h1>"), QByteArray("</h2>"), QByteArray("</p>")}) {
        const qsizetype at = indexOfFolded(html, close);
        if (at >= 0) {
            html.insert(at + close.size(), snippet);
            return;
        }
    }
    insertAfterStartTag(html, "body", snippet);
}

qsizetype HtmlEdits::removeElements(QByteArray &html, const QByteArray &tag)
{
    const QRegularExpression re(QStringLiteral("<%1\\b[^>]*>.*?</%1\\s*>").arg(QString::fromLatin1(tag)),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const qsizetype before = html.size();
    html = QString::fromUtf8(html).remove(re).toUtf8();
    return before - html.size();
}

qsizetype HtmlEdits::removeSecondHalfOfParagraphs(QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("<p\\b[^>]*>.*?</p\\s*>"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QString text = QString::fromUtf8(html);
    QList<QPair<qsizetype, qsizetype>> spans;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        spans.append({m.capturedStart(), m.capturedLength()});
    }
    qsizetype removed = 0;
    for (qsizetype i = spans.size() - 1; i >= spans.size() / 2; --i) {
        text.remove(spans[i].first, spans[i].second);
        removed += spans[i].second;
    }
    html = text.toUtf8();
    return removed;
}

QByteArray HtmlEdits::absolutizeLinks(const QByteArray &html, const QByteArray &base)
{
    static const QRegularExpression re(QStringLiteral("(href|src)=\"([^\"#:?/][^\":]*)\""));
    QString text = QString::fromUtf8(html);
    text.replace(re, QStringLiteral("\\1=\"%1\\2\"").arg(QString::fromUtf8(base)));
    return text.toUtf8();
}

QByteArray HtmlEdits::reverseAttributes(const QByteArray &html)
{
    static const QRegularExpression tagRe(QStringLiteral("<([a-zA-Z][a-zA-Z0-9]*)((?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>=`]+))?)+)\\s*>"));
    static const QRegularExpression attrRe(QStringLiteral("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'<>=`]+))?"));
    const QString text = QString::fromUtf8(html);
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = tagRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QStringList attrs;
        const QString list = m.captured(2);
        for (auto a = attrRe.globalMatch(list); a.hasNext();)
            attrs.prepend(a.next().captured(0));
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += QLatin1Char('<') + m.captured(1) + QLatin1Char(' ') + attrs.join(QLatin1Char(' ')) + QLatin1Char('>');
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out.toUtf8();
}

QByteArray HtmlEdits::reflowWhitespace(const QByteArray &html)
{
    QByteArray out = html;
    out.replace("\r\n", "\n");
    // Only existing whitespace changes: inserting a break between two inline
    // tags would change the rendered text ("foo<b>bar" -> "foo bar").
    out.replace(">\n<", ">\n    <");
    out.replace("> <", ">  <");
    out.replace(". ", ".  ");
    out.replace("\n", "\r\n");
    return out;
}

QByteArray HtmlEdits::title(const QByteArray &html)
{
    const qsizetype start = indexOfFolded(html, "<title");
    if (start < 0)
        return {};
    const qsizetype open = html.indexOf('>', start);
    const qsizetype close = indexOfFolded(html, "</title", open);
    if (open < 0 || close < 0)
        return {};
    return html.mid(open + 1, close - open - 1).simplified();
}

QList<QByteArray> HtmlEdits::plainParagraphs(const QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("<p>([^<]{80,400})</p>"), QRegularExpression::CaseInsensitiveOption);
    QList<QByteArray> out;
    const QString text = QString::fromUtf8(html);
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1).simplified().toUtf8());
    return out;
}

} // namespace sslrec::corpus
