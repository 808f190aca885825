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
    if (source == PageSource::Seed || source == PageSource::AccessLog)
        m_fallback.push_back(std::move(c));
    else
        m_sections[sectionOf(pathAndQuery)].push_back(std::move(c));
    return true;
}

void Frontier::addSampled(const QString &pathAndQuery)
{
    if (m_seen.contains(pathAndQuery))
        return;
    m_seen.insert(pathAndQuery);
    ++m_sampled;
    ++m_sampledPerSection[sectionOf(pathAndQuery)];
}

bool Frontier::idle() const
{
    if (full())
        return true;
    for (const auto &[section, waiting] : m_sections) {
        if (!waiting.empty())
            return false;
    }
    return m_fallback.empty();
}

std::optional<Frontier::Candidate> Frontier::next()
{
    if (full())
        return std::nullopt;
    // The least-sampled section with something waiting; ties go by section
    // name ("/" first), so the same site always yields the same sample.
    std::deque<Candidate> *best = nullptr;
    QString bestSection;
    int bestCount = 0;
    for (auto &[section, waiting] : m_sections) {
        if (waiting.empty())
            continue;
        const int count = m_sampledPerSection.value(section);
        if (!best || count < bestCount) {
            best = &waiting;
            bestSection = section;
            bestCount = count;
        }
    }
    Candidate picked;
    if (best) {
        picked = std::move(best->front());
        best->pop_front();
        ++m_sampledPerSection[bestSection];
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
