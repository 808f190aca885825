#include "crawl/accesslogparser.h"

#include <QIODevice>
#include <QUrl>

#include <algorithm>

namespace sslrec {

namespace {

qsizetype skipSpaces(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    return i;
}

qsizetype skipField(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && s[i] != ' ' && s[i] != '\t')
        ++i;
    return i;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads a quoted field starting at the opening quote; undoes \" \\ and \xHH.
std::optional<QByteArray> readQuoted(QByteArrayView s, qsizetype &i)
{
    if (i >= s.size() || s[i] != '"')
        return std::nullopt;
    QByteArray out;
    for (++i; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '"') {
            ++i;
            return out;
        }
        if (c == '\\' && i + 1 < s.size()) {
            const char n = s[i + 1];
            if (n == 'x' && i + 3 < s.size() && hexValue(s[i + 2]) >= 0 && hexValue(s[i + 3]) >= 0) {
                out += static_cast<char>(hexValue(s[i + 2]) * 16 + hexValue(s[i + 3]));
                i += 3;
            } else {
                out += n;
                ++i;
            }
            continue;
        }
        out += c;
    }
    return std::nullopt;
}

} // namespace

AccessLogParser::AccessLogParser(AccessLogOptions options) : m_options(std::move(options)) {}

std::optional<AccessLogRequest> AccessLogParser::parseLine(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    qsizetype i = skipSpaces(line, 0);
    for (int field = 0; field < 3; ++field) { // remote host, ident, user
        const qsizetype end = skipField(line, i);
        if (end == i)
            return std::nullopt;
        i = skipSpaces(line, end);
    }
    if (i >= line.size() || line[i] != '[')
        return std::nullopt;
    const qsizetype close = line.indexOf(']', i);
    if (close < 0)
        return std::nullopt;
    i = skipSpaces(line, close + 1);
    const std::optional<QByteArray> request = readQuoted(line, i);
    if (!request)
        return std::nullopt;
    i = skipSpaces(line, i);
    const qsizetype statusEnd = skipField(line, i);
    const QByteArrayView statusText = line.sliced(i, statusEnd - i);
    if (statusText.size() != 3 || !std::all_of(statusText.begin(), statusText.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    i = skipSpaces(line, statusEnd);
    const qsizetype bytesEnd = skipField(line, i);
    const QByteArrayView bytes = line.sliced(i, bytesEnd - i);
    if (bytes.isEmpty() || (bytes != "-" && !std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; })))
        return std::nullopt;

    const QList<QByteArray> parts = request->split(' ');
    if (parts.size() < 2 || parts.size() > 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    if (parts.size() == 3 && !parts[2].startsWith("HTTP/"))
        return std::nullopt;
    AccessLogRequest out;
    out.method = QString::fromLatin1(parts[0]);
    out.target = QString::fromUtf8(parts[1]);
    out.status = statusText.toInt();
    return out;
}

bool AccessLogParser::addLine(QByteArrayView line)
{
    if (m_totals.lines >= m_options.maxLines) {
        m_totals.capHit = true;
        return false;
    }
    if (line.trimmed().isEmpty())
        return true;
    ++m_totals.lines;
    if (line.size() > m_options.maxLineLength) {
        ++m_totals.malformed;
        return true;
    }
    const std::optional<AccessLogRequest> request = parseLine(line);
    if (!request) {
        ++m_totals.malformed;
        return true;
    }
    const bool methodOk = request->method == QLatin1String("GET") || (m_options.includeHead && request->method == QLatin1String("HEAD"));
    if (!methodOk || request->status < 200 || request->status > 399) {
        ++m_totals.ignored;
        return true;
    }
    QString path;
    if (request->target.startsWith(u'/')) {
        const QUrl url(QStringLiteral("http://log.invalid") + request->target);
        if (!url.isValid()) {
            ++m_totals.ignored;
            return true;
        }
        path = url.path(QUrl::FullyEncoded);
        if (url.hasQuery())
            path += u'?' + url.query(QUrl::FullyEncoded);
    } else {
        const QUrl url(request->target, QUrl::StrictMode);
        if (!url.isValid() || !m_options.scope.containsUrl(url)) {
            ++m_totals.ignored;
            return true;
        }
        path = url.path(QUrl::FullyEncoded);
        if (path.isEmpty())
            path = QStringLiteral("/");
        if (url.hasQuery())
            path += u'?' + url.query(QUrl::FullyEncoded);
    }

    const auto it = m_index.constFind(path);
    if (it != m_index.constEnd()) {
        ++m_paths[*it].count;
    } else if (m_paths.size() < m_options.maxDistinctPaths) {
        m_index.insert(path, m_paths.size());
        m_paths.append(AccessLogPath{path, 1});
    } else {
        m_totals.capHit = true;
        ++m_totals.ignored;
        return true;
    }
    ++m_totals.accepted;
    return true;
}

void AccessLogParser::addDevice(QIODevice &device)
{
    while (!device.atEnd()) {
        // The cap on readLine keeps one endless line from filling memory.
        QByteArray line = device.readLine(m_options.maxLineLength + 2);
        if (line.isEmpty())
            break;
        if (!line.endsWith('\n') && !device.atEnd()) {
            while (!device.atEnd() && !device.readLine(64 * 1024).endsWith('\n')) {
            }
            line = QByteArray(m_options.maxLineLength + 1, 'x'); // counted as one malformed line
        }
        if (!addLine(line))
            break;
    }
}

AccessLogSummary AccessLogParser::summary() const
{
    AccessLogSummary out = m_totals;
    out.paths = m_paths;
    std::stable_sort(out.paths.begin(), out.paths.end(), [](const AccessLogPath &a, const AccessLogPath &b) { return a.count > b.count; });
    return out;
}

AccessLogSummary AccessLogParser::parse(const QByteArray &log, const AccessLogOptions &options)
{
    AccessLogParser parser(options);
    qsizetype pos = 0;
    while (pos < log.size()) {
        qsizetype end = log.indexOf('\n', pos);
        if (end < 0)
            end = log.size();
        if (!parser.addLine(QByteArrayView(log).sliced(pos, end - pos)))
            break;
        pos = end + 1;
    }
    return parser.summary();
}

} // namespace sslrec
