#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sslrec::ui {

// The two bodies of one page pair, as fetched.
struct PageBodies
{
    QByteArray http;  // body received over HTTP (decoded)
    QByteArray https; // body received over HTTPS (decoded)
};

// Where the diff view gets bodies from. The engine drops bodies after
// pagePairCompleted; the scan file provides every body lazily
// (StoredBodySource), with some kept in memory (MemoryBodyCache) for pages
// not committed yet.
class BodySource
{
public:
    virtual ~BodySource() = default;
    // The bodies of host + pathAndQuery, or nothing when they were not kept.
    virtual std::optional<PageBodies> bodies(const QString &host, const QString &pathAndQuery) const = 0;
};

} // namespace sslrec::ui
