#include "crawl/robotstxt.h"

#include <QByteArrayView>

#include <algorithm>

namespace sslrec {

namespace {

// Patterns longer than this cannot match a URL sslrec would fetch (URLs are
// capped at 2048 characters) and would only cost matching time.
constexpr qsizetype kMaxPattern = 4096;

struct Group
{
    QList<QByteArray> agents; // lower-case product tokens, "*" for the global group
    QList<RobotsRule> rules;
    std::optional<double> crawlDelay;
};

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

bool isUnreserved(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

QByteArray productToken(QByteArrayView value)
{
    if (value.startsWith('*'))
        return QByteArrayLiteral("*");
    QByteArray token;
    for (char c : value) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_')
            token += c;
        else
            break;
    }
    return token.toLower();
}

QByteArray collapseStars(const QByteArray &pattern)
{
    QByteArray out;
    out.reserve(pattern.size());
    for (char c : pattern) {
        if (c == '*' && out.endsWith('*'))
            continue;
        out += c;
    }
    return out;
}

} // namespace

QByteArray RobotsTxt::canonicalPath(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c == '%' && i + 2 < utf8.size() && hexValue(utf8[i + 1]) >= 0 && hexValue(utf8[i + 2]) >= 0) {
            const int value = hexValue(utf8[i + 1]) * 16 + hexValue(utf8[i + 2]);
            if (isUnreserved(value)) {
                out += static_cast<char>(value);
            } else {
                out += '%';
                out += hex[value >> 4];
                out += hex[value & 15];
            }
            i += 2;
        } else if (c >= 0x80 || c <= 0x20 || c == 0x7f) {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

// RFC 9309 2.2.2. With `*` as the only wildcard, matching the literal pieces
// between stars greedily leftmost is exact, so this is linear-ish (indexOf)
// with no backtracking however many stars a hostile file holds.
bool RobotsTxt::matches(const QByteArray &path, const QByteArray &pattern)
{
    QByteArrayView rest(pattern);
    const bool anchored = rest.endsWith('$');
    if (anchored)
        rest.chop(1);
    const QByteArrayView subject(path);
    qsizetype star = rest.indexOf('*');
    if (star < 0)
        return anchored ? subject == rest : subject.startsWith(rest);
    if (!subject.startsWith(rest.first(star)))
        return false;
    qsizetype pos = star;
    rest = rest.sliced(star + 1);
    while ((star = rest.indexOf('*')) >= 0) {
        const QByteArrayView piece = rest.first(star);
        const qsizetype found = subject.sliced(pos).indexOf(piece);
        if (found < 0)
            return false;
        pos += found + piece.size();
        rest = rest.sliced(star + 1);
    }
    if (anchored)
        return subject.size() - pos >= rest.size() && subject.endsWith(rest);
    return subject.sliced(pos).indexOf(rest) >= 0;
}

RobotsTxt RobotsTxt::parse(const QByteArray &body, const RobotsOptions &options)
{
    RobotsTxt out;
    out.m_availability = Availability::Parsed;
    out.m_status = 200;

    QByteArrayView data(body);
    if (options.maxBytes >= 0 && data.size() > options.maxBytes) {
        out.m_truncated = true;
        data = data.first(options.maxBytes);
        // A cut line could turn "Disallow: /private-area" into "/pri".
        qsizetype end = data.size();
        while (end > 0 && data[end - 1] != '\n' && data[end - 1] != '\r')
            --end;
        data = data.first(end);
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    QList<Group> groups;
    bool inRules = false; // the current group has seen a rule: the next user-agent starts a new group
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < data.size()) {
        qsizetype end = pos;
        while (end < data.size() && data[end] != '\n' && data[end] != '\r')
            ++end;
        QByteArrayView line = data.sliced(pos, end - pos);
        if (end + 1 < data.size() && data[end] == '\r' && data[end + 1] == '\n')
            pos = end + 2;
        else
            pos = end + 1;
        ++lineNumber;

        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line = line.first(hash);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();

        if (key == "user-agent") {
            if (groups.isEmpty() || inRules) {
                groups.append(Group());
                inRules = false;
            }
            const QByteArray token = productToken(value);
            if (!token.isEmpty())
                groups.last().agents.append(token);
        } else if (key == "allow" || key == "disallow") {
            if (groups.isEmpty())
                continue;
            inRules = true;
            if (value.isEmpty())
                continue; // "Disallow:" with no path allows everything: no rule
            QByteArray pattern = value;
            if (!pattern.startsWith('/') && !pattern.startsWith('*'))
                pattern.prepend('/');
            pattern = collapseStars(canonicalPath(pattern));
            if (pattern.size() > kMaxPattern)
                continue;
            groups.last().rules.append(RobotsRule{key == "allow", pattern, lineNumber});
        } else if (key == "sitemap") {
            const QUrl url(QString::fromUtf8(value), QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
                const QString text = url.toString(QUrl::FullyEncoded);
                if (!out.m_sitemaps.contains(text))
                    out.m_sitemaps.append(text);
            }
        } else if (key == "crawl-delay") {
            if (groups.isEmpty())
                continue;
            inRules = true;
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (ok && seconds >= 0 && seconds <= 86400)
                groups.last().crawlDelay = seconds;
        }
    }

    const QByteArray wanted = options.productToken.toUtf8().toLower();
    auto collect = [&](const QByteArray &agent) {
        bool found = false;
        for (const Group &g : std::as_const(groups)) {
            if (!g.agents.contains(agent))
                continue;
            found = true;
            out.m_rules.append(g.rules);
            if (g.crawlDelay && !out.m_crawlDelay)
                out.m_crawlDelay = g.crawlDelay;
        }
        return found;
    };
    out.m_namedGroup = !wanted.isEmpty() && collect(wanted);
    if (!out.m_namedGroup && options.policy == RobotsPolicy::ObeyAll)
        collect(QByteArrayLiteral("*"));
    std::sort(out.m_rules.begin(), out.m_rules.end(), [](const RobotsRule &a, const RobotsRule &b) { return a.line < b.line; });
    return out;
}

RobotsTxt RobotsTxt::fromResponse(int httpStatus, const QByteArray &body, const RobotsOptions &options)
{
    RobotsTxt out;
    if (httpStatus >= 200 && httpStatus <= 299) {
        out = parse(body, options);
    } else if (httpStatus >= 300 && httpStatus <= 499 && httpStatus != 429) {
        out.m_availability = Availability::Unavailable;
    } else {
        out.m_availability = Availability::Unreachable;
    }
    out.m_status = httpStatus;
    return out;
}

RobotsDecision RobotsTxt::check(const QUrl &url) const
{
    QString key = url.path(QUrl::FullyEncoded);
    // An unparsable URL can keep "://" in a path without a leading slash;
    // anchoring it here stops check(QString) from handing it back to us.
    if (!key.startsWith(u'/'))
        key.prepend(u'/');
    if (url.hasQuery())
        key += u'?' + url.query(QUrl::FullyEncoded);
    return check(key);
}

RobotsDecision RobotsTxt::check(const QString &pathAndQuery) const
{
    QString target = pathAndQuery.isEmpty() ? QStringLiteral("/") : pathAndQuery;
    if (!target.startsWith(u'/') && target.contains(QLatin1String("://")))
        return check(QUrl(target));
    if (m_availability == Availability::Unreachable) {
        const QString why = m_status > 0 ? QStringLiteral("robots.txt answered HTTP %1: treated as disallowing everything").arg(m_status)
                                         : QStringLiteral("robots.txt could not be fetched: treated as disallowing everything");
        return RobotsDecision{false, why};
    }
    if (m_availability == Availability::Unavailable)
        return RobotsDecision{true, QString()};
    if (target == QLatin1String("/robots.txt"))
        return RobotsDecision{true, QString()};

    const QByteArray path = canonicalPath(target.toUtf8());
    const RobotsRule *best = nullptr;
    for (const RobotsRule &rule : m_rules) {
        if (best && (rule.pattern.size() < best->pattern.size() || (rule.pattern.size() == best->pattern.size() && !rule.allow)))
            continue;
        if (!matches(path, rule.pattern))
            continue;
        if (!best || rule.pattern.size() > best->pattern.size() || rule.allow)
            best = &rule;
    }
    if (!best)
        return RobotsDecision{true, QString()};
    return RobotsDecision{best->allow,
                          QStringLiteral("%1: %2 (robots.txt line %3)")
                              .arg(best->allow ? QStringLiteral("Allow") : QStringLiteral("Disallow"),
                                   QString::fromUtf8(best->pattern))
                              .arg(best->line)};
}

} // namespace sslrec
