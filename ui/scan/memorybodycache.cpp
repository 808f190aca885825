#include "scan/memorybodycache.h"

namespace sslrec::ui {

MemoryBodyCache::MemoryBodyCache(qint64 budgetBytes)
    : m_budget(budgetBytes)
{
}

QString MemoryBodyCache::key(const QString &host, const QString &pathAndQuery)
{
    return host + QLatin1Char(' ') + pathAndQuery;
}

bool MemoryBodyCache::insert(const QString &host, const QString &pathAndQuery, PageBodies bodies)
{
    const QString k = key(host, pathAndQuery);
    const qint64 size = bodies.http.size() + bodies.https.size();
    const auto existing = m_bodies.constFind(k);
    const qint64 freed = existing == m_bodies.cend() ? 0 : existing->http.size() + existing->https.size();
    if (m_used - freed + size > m_budget)
        return false;
    m_used += size - freed;
    m_bodies.insert(k, std::move(bodies));
    return true;
}

std::optional<PageBodies> MemoryBodyCache::bodies(const QString &host, const QString &pathAndQuery) const
{
    const auto it = m_bodies.constFind(key(host, pathAndQuery));
    if (it == m_bodies.cend())
        return std::nullopt;
    return *it;
}

void MemoryBodyCache::clear()
{
    m_bodies.clear();
    m_used = 0;
}

} // namespace sslrec::ui
