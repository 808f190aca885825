#include "crawl/trapguard.h"

#include "crawl/urlnormalizer.h"

namespace sslrec {

TrapGuard::TrapGuard(TrapGuardOptions options) : m_options(options) {}

QString TrapGuard::pattern(const QUrl &url)
{
    const QString text = url.host(QUrl::FullyEncoded) + UrlNormalizer::pathAndQuery(url);
    QString out;
    out.reserve(text.size());
    bool inDigits = false;
    for (QChar c : text) {
        const bool digit = c >= u'0' && c <= u'9';
        if (digit && !inDigits)
            out += u'0';
        else if (!digit)
            out += c;
        inDigits = digit;
    }
    return out;
}

bool TrapGuard::hasRepeatingSegments(const QStringList &segments, int maxRepeats)
{
    const qsizetype n = segments.size();
    const qsizetype times = qsizetype(maxRepeats) + 1;
    for (qsizetype period = 1; period * times <= n; ++period) {
        for (qsizetype start = 0; start + period * times <= n; ++start) {
            bool repeats = true;
            for (qsizetype k = period; k < period * times && repeats; ++k)
                repeats = segments[start + k] == segments[start + k % period];
            if (repeats)
                return true;
        }
    }
    return false;
}

TrapVerdict TrapGuard::check(const QUrl &url)
{
    const QString encoded = url.toString(QUrl::FullyEncoded);
    if (encoded.size() > m_options.maxUrlLength)
        return TrapVerdict::TooLong;
    const QString path = url.path(QUrl::FullyEncoded);
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.size() > m_options.maxDepth)
        return TrapVerdict::TooDeep;
    if (hasRepeatingSegments(segments, m_options.maxSegmentRepeats))
        return TrapVerdict::RepeatingSegments;

    const QString host = url.host(QUrl::FullyEncoded) + u':' + QString::number(url.port());
    const QString pathKey = host + (path.isEmpty() ? QStringLiteral("/") : path);
    const QString key = host + UrlNormalizer::pathAndQuery(url);
    const QString shape = pattern(url);

    const QMutexLocker lock(&m_mutex);
    if (m_accepted.contains(key))
        return TrapVerdict::Accept;
    if (m_queryVariants.value(pathKey) >= m_options.maxQueryVariants)
        return TrapVerdict::TooManyQueryVariants;
    if (m_patternVariants.value(shape) >= m_options.maxPatternVariants)
        return TrapVerdict::TooManyPatternVariants;
    m_accepted.insert(key);
    ++m_queryVariants[pathKey];
    ++m_patternVariants[shape];
    return TrapVerdict::Accept;
}

int TrapGuard::acceptedCount() const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_accepted.size());
}

QString TrapGuard::describe(TrapVerdict verdict)
{
    switch (verdict) {
    case TrapVerdict::Accept: return QStringLiteral("accepted");
    case TrapVerdict::TooLong: return QStringLiteral("URL too long");
    case TrapVerdict::TooDeep: return QStringLiteral("path too deep");
    case TrapVerdict::RepeatingSegments: return QStringLiteral("repeating path segments (link loop)");
    case TrapVerdict::TooManyQueryVariants: return QStringLiteral("too many query variants of one path");
    case TrapVerdict::TooManyPatternVariants: return QStringLiteral("too many URLs of one shape (calendar or pager)");
    }
    return QString();
}

} // namespace sslrec
