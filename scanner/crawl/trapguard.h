#pragma once

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUrl>

namespace sslrec {

/// Limits that keep a crawl out of infinite URL spaces.
struct TrapGuardOptions
{
    int maxDepth = 12;             ///< path segments at most
    int maxUrlLength = 2048;       ///< characters of the encoded URL at most
    int maxQueryVariants = 10;     ///< distinct queries per path (the bare path counts as one)
    int maxSegmentRepeats = 2;     ///< times one segment sequence may repeat back to back (/a/b/a/b is 2)
    int maxPatternVariants = 50;   ///< distinct URLs per shape with digits masked (/cal/2024/05 ~ /cal/0/0)
};

/// Why TrapGuard refused a URL.
enum class TrapVerdict {
    Accept,               ///< crawl it
    TooLong,              ///< longer than maxUrlLength
    TooDeep,              ///< more than maxDepth path segments
    RepeatingSegments,    ///< /a/b/a/b/a/b/...: a relative-link loop
    TooManyQueryVariants, ///< the path already has maxQueryVariants queries: faceted search, sort orders
    TooManyPatternVariants, ///< the digit-masked shape already has maxPatternVariants URLs: calendars, pagers
};

/// Decides per discovered URL whether the crawler should follow it, and
/// remembers what it accepted so that query and pattern variants are counted
/// per host. Asking again about an accepted URL accepts it again without
/// counting it twice. The URL should be normalised first (UrlNormalizer).
/// Memory grows with the number of accepted URLs, which the crawler's page
/// budget bounds. Thread-safe.
class TrapGuard
{
public:
    explicit TrapGuard(TrapGuardOptions options = {});

    /// The verdict for url; Accept records it.
    TrapVerdict check(const QUrl &url);
    /// Number of distinct URLs accepted so far.
    int acceptedCount() const;

    /// A short reason for logs and reports ("query variants of one path").
    static QString describe(TrapVerdict verdict);
    /// The shape used for TrapVerdict::TooManyPatternVariants: host, path and
    /// query with every run of digits replaced by "0".
    static QString pattern(const QUrl &url);
    /// True when some run of segments repeats more than maxRepeats times in a row.
    static bool hasRepeatingSegments(const QStringList &segments, int maxRepeats);

private:
    const TrapGuardOptions m_options;
    mutable QMutex m_mutex;
    QSet<QString> m_accepted;                // host + path + query
    QHash<QString, int> m_queryVariants;     // host + path -> accepted variants
    QHash<QString, int> m_patternVariants;   // pattern -> accepted URLs
};

} // namespace sslrec
