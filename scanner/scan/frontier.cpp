#include "scan/frontier.h"

namespace sslrec {

Frontier::Frontier(int maxPages)
    : m_maxPages(std::max(1, maxPages))
{
}

QString Frontier::sectionOf(const QString &pathAndQuery)
{
    // "/docs/intro.html?x" → "/docs"; "/about" → "/about"; "/" → "/".
    const qsizetype end = pathAndQuery.indexOf(QLatin1Char('?'));
    const QStringView path = QStringView(pathAndQuery).left(end < 0 ? pathAndQuery.size() : end);
    const qsizetype slash = path.indexOf(QLatin1Char('/'), 1);
    return (slash < 0 ? path : path.left(slash)).toString();
}

bool Frontier::add(const QString &pathAndQuery, PageSource source)
{
    if (m_seen.contains(pathAndQuery))
        return false;
    m_seen.insert(pathAndQuery);
    Candidate c{pathAndQuery, source};
    if (source == PageSource::Seed || source == PageSource::AccessLog) {
        m_fallback.push_back(std::move(c));
        return true;
    }
    const QString section = sectionOf(pathAndQuery);
    std::deque<Candidate> &waiting = m_sections[section];
    if (waiting.empty())
        m_ready.emplace(m_sampledPerSection.value(section), section);
    waiting.push_back(std::move(c));
    return true;
}

void Frontier::addSampled(const QString &pathAndQuery)
{
    if (m_seen.contains(pathAndQuery))
        return;
    m_seen.insert(pathAndQuery);
    ++m_sampled;
    const QString section = sectionOf(pathAndQuery);
    int &count = m_sampledPerSection[section];
    if (m_ready.erase({count, section}) > 0)
        m_ready.emplace(count + 1, section);
    ++count;
}

bool Frontier::idle() const
{
    return full() || (m_ready.empty() && m_fallback.empty());
}

std::optional<Frontier::Candidate> Frontier::next()
{
    if (full())
        return std::nullopt;
    // The least-sampled section with something waiting; ties go by section
    // name ("/" first), so the same site always yields the same sample.
    Candidate picked;
    if (!m_ready.empty()) {
        auto [count, section] = *m_ready.begin();
        m_ready.erase(m_ready.begin());
        std::deque<Candidate> &waiting = m_sections[section];
        picked = std::move(waiting.front());
        waiting.pop_front();
        m_sampledPerSection[section] = count + 1;
        if (!waiting.empty())
            m_ready.emplace(count + 1, std::move(section));
    } else if (!m_fallback.empty()) {
        picked = std::move(m_fallback.front());
        m_fallback.pop_front();
    } else {
        return std::nullopt;
    }
    ++m_sampled;
    return picked;
}

} // namespace sslrec
