#include "models/pagefiltermodel.h"

#include "models/modelroles.h"
#include "models/pagesmodel.h"

namespace sslrec::ui {

PageFilterModel::PageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void PageFilterModel::setHost(const QString &host)
{
    if (host == m_host)
        return;
    m_host = host;
    invalidateFilter();
}

void PageFilterModel::setVerdictFilter(VerdictFilter filter)
{
    if (filter == m_verdict)
        return;
    m_verdict = filter;
    invalidateFilter();
}

void PageFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool PageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, PagesModel::Path, sourceParent);
    if (!m_host.isEmpty() && first.data(HostRole).toString() != m_host)
        return false;
    const auto state = NodeState(first.data(StateRole).toInt());
    switch (m_verdict) {
    case VerdictFilter::All: break;
    case VerdictFilter::Different: if (state != NodeState::Different) return false; break;
    case VerdictFilter::Same: if (state != NodeState::Same) return false; break;
    case VerdictFilter::Error: if (state != NodeState::Error) return false; break;
    case VerdictFilter::Unfinished:
        if (state == NodeState::Same || state == NodeState::Different || state == NodeState::Error)
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    for (int column : {PagesModel::Path, PagesModel::Reason, PagesModel::HttpStatus, PagesModel::HttpsStatus}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sslrec::ui
