#pragma once

#include "scan/scantypes.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <deque>
#include <optional>
#include <set>
#include <utility>

namespace sslrec {

/// The crawl frontier of one origin: every distinct URL found, and which to
/// fetch next. With more candidates than `maxPages`, picks spread across the
/// first path segment (the site's sections) instead of taking the first N
/// found, and among equals keeps discovery order (shallow pages first).
/// Seed and access-log paths only fill in when the crawl itself runs dry.
class Frontier
{
public:
    struct Candidate
    {
        QString pathAndQuery; ///< the fetch key shared by both schemes
        PageSource source;    ///< where it came from
    };

    explicit Frontier(int maxPages);

    /// Adds a URL (path and query); false when it was already known.
    bool add(const QString &pathAndQuery, PageSource source);
    /// Records a URL sampled in an earlier run (resume): known, and counted
    /// against the sample, but never handed out again.
    void addSampled(const QString &pathAndQuery);
    /// The next URL to sample, or nothing when none is left or the sample is full.
    std::optional<Candidate> next();

    /// True when the URL was added (or sampled) before.
    bool knows(const QString &pathAndQuery) const { return m_seen.contains(pathAndQuery); }
    int discovered() const { return int(m_seen.size()); }
    int sampled() const { return m_sampled; }
    bool full() const { return m_sampled >= m_maxPages; }
    /// True when nothing is waiting (the crawl may still add more).
    bool idle() const;

private:
    static QString sectionOf(const QString &pathAndQuery);

    int m_maxPages;
    int m_sampled = 0;
    QSet<QString> m_seen;
    QHash<QString, std::deque<Candidate>> m_sections; // section → waiting, discovery order
    QHash<QString, int> m_sampledPerSection;
    // Sections with something waiting, by (sampled so far, name): the first
    // is the next to sample. Flat sites have a section per page, so next()
    // must not walk them all.
    std::set<std::pair<int, QString>> m_ready;
    std::deque<Candidate> m_fallback; // seeds and access-log paths
};

} // namespace sslrec
