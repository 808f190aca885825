#include "crawl/urlnormalizer.h"

namespace sslrec {

namespace {

Result<QUrl> fail(const char *code, const QString &message)
{
    return Result<QUrl>::failure(QString::fromLatin1(code), message);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isUnreserved(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

// RFC 3986 6.2.2.1/6.2.2.2: escapes of unreserved characters are decoded,
// the rest upper-cased; a stray '%' becomes %25 so the output stays valid.
QString normalizePercent(const QString &in)
{
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in[i];
        if (c != u'%') {
            out += c;
            continue;
        }
        const int hi = i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
        const int lo = i + 2 < in.size() ? hexValue(in[i + 2]) : -1;
        if (hi < 0 || lo < 0) {
            out += QLatin1String("%25");
            continue;
        }
        const int value = hi * 16 + lo;
        if (isUnreserved(value)) {
            out += QChar(value);
        } else {
            out += u'%';
            out += QString::number(value, 16).toUpper().rightJustified(2, u'0');
        }
        i += 2;
    }
    return out;
}

// RFC 3986 5.2.4 for an absolute path.
QString removeDotSegments(const QString &path)
{
    const QStringList segments = path.split(u'/');
    QStringList out;
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString &seg = segments[i];
        const bool last = i == segments.size() - 1;
        if (seg == QLatin1String(".")) {
            if (last)
                out.append(QString());
        } else if (seg == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            if (last)
                out.append(QString());
        } else {
            out.append(seg);
        }
    }
    return u'/' + out.join(u'/');
}

QString decodedLower(const QString &name)
{
    return QUrl::fromPercentEncoding(name.toLatin1()).toLower();
}

} // namespace

UrlNormalizer::UrlNormalizer(UrlNormalizerOptions options) : m_options(std::move(options)) {}

Result<QUrl> UrlNormalizer::normalize(const QString &text) const
{
    if (text.size() > m_options.maxLength)
        return fail("url.length", QStringLiteral("A URL of %1 characters exceeds the limit of %2: it was skipped.").arg(text.size()).arg(m_options.maxLength));
    const QUrl url(text.trimmed());
    if (url.isRelative())
        return fail("url.relative", QStringLiteral("\"%1\" is not an absolute URL: resolve it against its page first.").arg(text.left(200)));
    return normalize(url);
}

Result<QUrl> UrlNormalizer::normalize(const QUrl &url) const
{
    if (!url.isValid())
        return fail("url.invalid", QStringLiteral("\"%1\" is not a valid URL: %2").arg(url.toString().left(200), url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail("url.scheme", QStringLiteral("\"%1\" uses the scheme \"%2\": only http and https pages are scanned.").arg(url.toString().left(200), scheme));
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    if (host.isEmpty())
        return fail("url.nohost", QStringLiteral("\"%1\" has no host: only absolute http(s) URLs can be fetched.").arg(url.toString().left(200)));
    const QString encoded = url.toString(QUrl::FullyEncoded);
    if (encoded.size() > m_options.maxLength)
        return fail("url.length", QStringLiteral("A URL of %1 characters exceeds the limit of %2: it was skipped.").arg(encoded.size()).arg(m_options.maxLength));

    QString text = scheme + QLatin1String("://");
    text += host.contains(u':') ? u'[' + host + u']' : host;
    const int port = url.port();
    const int defaultPort = scheme == QLatin1String("http") ? 80 : 443;
    if (port >= 0 && port != defaultPort)
        text += u':' + QString::number(port);

    QString path = normalizePercent(url.path(QUrl::FullyEncoded));
    if (m_options.stripSessionParameters)
        path = stripPathParameters(path);
    path = path.isEmpty() ? QStringLiteral("/") : removeDotSegments(path.startsWith(u'/') ? path : u'/' + path);
    text += path;

    if (url.hasQuery()) {
        const QString query = normalizeQuery(url.query(QUrl::FullyEncoded));
        if (!query.isEmpty())
            text += u'?' + query;
    }
    if (text.size() > m_options.maxLength)
        return fail("url.length", QStringLiteral("A URL of %1 characters exceeds the limit of %2: it was skipped.").arg(text.size()).arg(m_options.maxLength));

    QUrl out(text, QUrl::StrictMode);
    if (!out.isValid())
        return fail("url.invalid", QStringLiteral("\"%1\" could not be normalised: %2").arg(text.left(200), out.errorString()));
    return out;
}

QString UrlNormalizer::normalizeQuery(const QString &query) const
{
    const QString normalized = normalizePercent(query);
    if (!m_options.stripSessionParameters)
        return normalized;
    QStringList kept;
    for (const QString &pair : normalized.split(u'&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf(u'=');
        if (!isSessionParameter(decodedLower(eq < 0 ? pair : pair.left(eq))))
            kept.append(pair);
    }
    return kept.join(u'&');
}

QString UrlNormalizer::stripPathParameters(const QString &path) const
{
    if (!path.contains(u';'))
        return path;
    QStringList segments = path.split(u'/');
    for (QString &segment : segments) {
        if (!segment.contains(u';'))
            continue;
        QStringList params = segment.split(u';');
        QStringList kept{params.takeFirst()};
        for (const QString &param : params) {
            const qsizetype eq = param.indexOf(u'=');
            if (!isSessionParameter(decodedLower(eq < 0 ? param : param.left(eq))))
                kept.append(param);
        }
        segment = kept.join(u';');
    }
    return segments.join(u'/');
}

bool UrlNormalizer::isSessionParameter(const QString &name) const
{
    for (const QString &p : m_options.sessionParameters) {
        if (name.compare(p, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QString &p : m_options.sessionParameterPrefixes) {
        if (name.startsWith(p, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString UrlNormalizer::pathAndQuery(const QUrl &url)
{
    QString out = url.path(QUrl::FullyEncoded);
    if (out.isEmpty())
        out = QStringLiteral("/");
    if (url.hasQuery())
        out += u'?' + url.query(QUrl::FullyEncoded);
    return out;
}

} // namespace sslrec
