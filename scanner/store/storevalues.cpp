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
    QByteArray out;
    out.reserve(end - begin);
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\\' && p + 1 < end) {
            ++p;
            out += *p == 'r' ? '\r' : *p == 'n' ? '\n' : *p;
        } else {
            out += *p;
        }
    }
    return out;
}

} // namespace

QVariant timeColumn(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
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

QList<HeaderField> headersFromColumn(const QByteArray &column)
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
            headers.append({unescaped(p, colon), unescaped(value, lineEnd)});
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
