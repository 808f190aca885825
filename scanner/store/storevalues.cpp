#include "store/storevalues.h"

#include <cstring>

namespace sslrec {

namespace {

void appendEscaped(QByteArray &out, const QByteArray &bytes)
{
    for (char c : bytes) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\r': out += "\\r"; break;
        case '\n': out += "\\n"; break;
        default: out += c; break;
        }
    }
}

// Unescapes [begin, end) of a header line.
QByteArray unescaped(const char *begin, const char *end)
{
    const char *slash = static_cast<const char *>(std::memchr(begin, '\\', size_t(end - begin)));
    if (!slash)
        return QByteArray(begin, end - begin);
    QByteArray out(end - begin, Qt::Uninitialized);
    char *o = out.data();
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\\' && p + 1 < end) {
            ++p;
            *o++ = *p == 'r' ? '\r' : *p == 'n' ? '\n' : *p;
        } else {
            *o++ = *p;
        }
    }
    out.truncate(o - out.constData());
    return out;
}

// The bytes of [begin, end) unescaped, sharing \a known's data when they are
// the same (no allocation).
QByteArray unescapedLike(const char *begin, const char *end, const QByteArray *known)
{
    if (known && known->size() == end - begin && std::memcmp(known->constData(), begin, size_t(end - begin)) == 0
        && !known->contains('\\'))
        return *known;
    return unescaped(begin, end);
}

} // namespace

std::optional<qint64> timeMillis(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

QVariant timeColumn(const QDateTime &time)
{
    const std::optional<qint64> ms = timeMillis(time);
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFromColumn(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QByteArray headersToColumn(const QList<HeaderField> &headers)
{
    QByteArray out;
    for (const HeaderField &h : headers) {
        appendEscaped(out, h.first);
        out += ": ";
        appendEscaped(out, h.second);
        out += "\r\n";
    }
    return out;
}

QList<HeaderField> headersFromColumn(const QByteArray &column, const QList<HeaderField> &like)
{
    QList<HeaderField> headers;
    const char *p = column.constData();
    const char *const end = p + column.size();
    while (p < end) {
        const char *lineEnd = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
        if (!lineEnd)
            lineEnd = end;
        const char *colon = static_cast<const char *>(std::memchr(p, ':', size_t(lineEnd - p)));
        if (colon) {
            const char *value = colon + 1 < lineEnd && colon[1] == ' ' ? colon + 2 : colon + 1;
            const HeaderField *known = headers.size() < like.size() ? &like.at(headers.size()) : nullptr;
            headers.append({unescapedLike(p, colon, known ? &known->first : nullptr),
                            unescapedLike(value, lineEnd, known ? &known->second : nullptr)});
        }
        p = lineEnd + 2; // past CR LF
    }
    return headers;
}

FetchError fetchErrorFromCode(const QString &code)
{
    for (FetchError e : {FetchError::None, FetchError::Dns, FetchError::Refused, FetchError::Timeout, FetchError::TlsHandshake,
                         FetchError::HttpProtocol, FetchError::TooLarge, FetchError::Closed, FetchError::Cancelled}) {
        if (fetchErrorCode(e) == code)
            return e;
    }
    return FetchError::Network;
}

PageSource pageSourceFromName(const QString &name)
{
    for (PageSource s : {PageSource::Start, PageSource::Crawl, PageSource::Sitemap, PageSource::Seed, PageSource::AccessLog,
                         PageSource::Redirect}) {
        if (pageSourceName(s) == name)
            return s;
    }
    return PageSource::Crawl;
}

PageVerdict pageVerdictFromName(const QString &name)
{
    for (PageVerdict v : {PageVerdict::Pending, PageVerdict::Same, PageVerdict::EquivalentRedirect, PageVerdict::Different,
                          PageVerdict::Error}) {
        if (pageVerdictName(v) == name)
            return v;
    }
    return PageVerdict::Error;
}

} // namespace sslrec
