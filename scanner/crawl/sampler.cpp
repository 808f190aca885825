#include "crawl/sampler.h"

#include "crawl/urlnormalizer.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace sslrec {

namespace {

struct Entry
{
    SampleCandidate candidate;
    QString key;     // path and query
    QString path;
    bool hasQuery = false;
    int depth = 0;   // non-empty path segments
    int order = 0;   // first appearance, for seeds
};

bool lessForQueue(const Entry &a, const Entry &b)
{
    if (a.depth != b.depth)
        return a.depth < b.depth;
    if (a.hasQuery != b.hasQuery)
        return !a.hasQuery;
    if (a.candidate.source != b.candidate.source)
        return a.candidate.source < b.candidate.source;
    return a.key < b.key;
}

QString sectionOf(const QString &path)
{
    const qsizetype start = path.startsWith(u'/') ? 1 : 0;
    const qsizetype end = path.indexOf(u'/', start);
    return path.mid(start, end < 0 ? -1 : end - start);
}

struct Section
{
    QString name;
    QList<QList<Entry>> queues; // one per type, ordered
    int next = 0;               // type whose turn it is
    qsizetype size = 0;
};

} // namespace

QString sampleTypeKey(const SampleCandidate &candidate)
{
    if (!candidate.contentType.isEmpty())
        return candidate.contentType.section(u';', 0, 0).trimmed().toLower();
    const QString path = candidate.url.path();
    const QString last = path.mid(path.lastIndexOf(u'/') + 1);
    const qsizetype dot = last.lastIndexOf(u'.');
    if (dot <= 0 || last.size() - dot - 1 > 8)
        return QString();
    return last.mid(dot + 1).toLower();
}

QList<SampleCandidate> pickSample(const QList<SampleCandidate> &candidates, const SamplerOptions &options)
{
    QList<SampleCandidate> out;
    if (candidates.isEmpty() || options.maxPages <= 0)
        return out;

    // Merge duplicates.
    QList<Entry> entries;
    QHash<QString, qsizetype> byKey;
    for (const SampleCandidate &c : candidates) {
        if (!c.url.isValid())
            continue;
        Entry e;
        e.candidate = c;
        e.key = UrlNormalizer::pathAndQuery(c.url);
        const auto it = byKey.constFind(e.key);
        if (it != byKey.constEnd()) {
            Entry &known = entries[*it];
            if (c.source < known.candidate.source)
                known.candidate.source = c.source;
            if (known.candidate.contentType.isEmpty())
                known.candidate.contentType = c.contentType;
            continue;
        }
        e.path = c.url.path(QUrl::FullyEncoded);
        if (e.path.isEmpty())
            e.path = QStringLiteral("/");
        e.hasQuery = c.url.hasQuery();
        e.depth = static_cast<int>(e.path.split(u'/', Qt::SkipEmptyParts).size());
        e.order = static_cast<int>(entries.size());
        byKey.insert(e.key, entries.size());
        entries.append(e);
    }
    if (entries.isEmpty())
        return out;

    // Depth and query-variant limits.
    QHash<QString, QList<Entry>> byPath;
    for (const Entry &e : std::as_const(entries)) {
        if (e.depth <= options.maxDepth)
            byPath[e.path].append(e);
    }
    QList<Entry> kept;
    for (auto it = byPath.begin(); it != byPath.end(); ++it) {
        QList<Entry> &variants = it.value();
        std::sort(variants.begin(), variants.end(), [](const Entry &a, const Entry &b) {
            if (a.candidate.source != b.candidate.source)
                return a.candidate.source < b.candidate.source;
            if (a.key.size() != b.key.size())
                return a.key.size() < b.key.size();
            return a.key < b.key;
        });
        kept.append(variants.mid(0, std::max(1, options.maxQueryVariants)));
    }

    // The root first, made up when no candidate lists it.
    const auto root = std::find_if(kept.begin(), kept.end(), [](const Entry &e) { return e.key == QLatin1String("/"); });
    if (root != kept.end()) {
        out.append(root->candidate);
        kept.erase(root);
    } else {
        SampleCandidate made = entries.first().candidate;
        made.url = made.url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        made.url.setPath(QStringLiteral("/"));
        made.contentType.clear();
        made.source = UrlSource::Crawl;
        out.append(made);
    }

    // Seeds next, in the user's order.
    QList<Entry> seeds;
    QList<Entry> rest;
    for (const Entry &e : std::as_const(kept))
        (e.candidate.source == UrlSource::Seed ? seeds : rest).append(e);
    std::sort(seeds.begin(), seeds.end(), [](const Entry &a, const Entry &b) { return a.order < b.order; });
    for (const Entry &e : std::as_const(seeds)) {
        if (out.size() >= options.maxPages)
            return out;
        out.append(e.candidate);
    }

    // Round-robin over sections, rotating over types inside each.
    QMap<QString, QMap<QString, QList<Entry>>> grouped;
    for (const Entry &e : std::as_const(rest))
        grouped[sectionOf(e.path)][sampleTypeKey(e.candidate)].append(e);
    QList<Section> sections;
    for (auto s = grouped.begin(); s != grouped.end(); ++s) {
        Section section;
        section.name = s.key();
        for (auto t = s.value().begin(); t != s.value().end(); ++t) {
            QList<Entry> queue = t.value();
            std::sort(queue.begin(), queue.end(), lessForQueue);
            section.size += queue.size();
            section.queues.append(queue);
        }
        std::stable_sort(section.queues.begin(), section.queues.end(), [](const QList<Entry> &a, const QList<Entry> &b) { return a.size() > b.size(); });
        sections.append(section);
    }
    std::stable_sort(sections.begin(), sections.end(), [](const Section &a, const Section &b) { return a.size > b.size; });

    QList<QList<qsizetype>> cursor;
    for (const Section &s : std::as_const(sections))
        cursor.append(QList<qsizetype>(s.queues.size(), 0));
    bool progress = true;
    while (progress && out.size() < options.maxPages) {
        progress = false;
        for (qsizetype si = 0; si < sections.size() && out.size() < options.maxPages; ++si) {
            Section &s = sections[si];
            for (qsizetype tries = 0; tries < s.queues.size(); ++tries) {
                const qsizetype ti = s.next;
                s.next = static_cast<int>((s.next + 1) % s.queues.size());
                if (cursor[si][ti] < s.queues[ti].size()) {
                    out.append(s.queues[ti][cursor[si][ti]++].candidate);
                    progress = true;
                    break;
                }
            }
        }
    }
    return out;
}

} // namespace sslrec
