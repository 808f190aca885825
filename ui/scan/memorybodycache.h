#pragma once

#include "scan/bodysource.h"

#include <QHash>
#include <QList>

namespace sslrec::ui {

// Keeps bodies in memory up to a byte budget, first come first kept: once the
// budget is used, later pages report "not kept" instead of evicting pages the
// user may already be looking at.
class MemoryBodyCache : public BodySource
{
public:
    explicit MemoryBodyCache(qint64 budgetBytes = 50 * 1024 * 1024);

    // False when the pair does not fit in what is left of the budget.
    bool insert(const QString &host, const QString &pathAndQuery, PageBodies bodies);
    std::optional<PageBodies> bodies(const QString &host, const QString &pathAndQuery) const override;
    void clear();

    qint64 usedBytes() const { return m_used; }
    qint64 budgetBytes() const { return m_budget; }
    int count() const { return int(m_bodies.size()); }

private:
    static QString key(const QString &host, const QString &pathAndQuery);

    QHash<QString, PageBodies> m_bodies;
    qint64 m_budget;
    qint64 m_used = 0;
};

} // namespace sslrec::ui
