#pragma once

#include "models/verdictstyle.h"

#include <QSortFilterProxyModel>

namespace sslrec::ui {

// PagesModel narrowed to one origin, a verdict and a search text (path,
// reason or status, case-insensitive). Sorts by SortRole so scores and
// statuses sort as numbers.
class PageFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class VerdictFilter { All, Different, Same, Error, Unfinished };

    explicit PageFilterModel(QObject *parent = nullptr);

    void setHost(const QString &host);
    QString host() const { return m_host; }
    void setVerdictFilter(VerdictFilter filter);
    VerdictFilter verdictFilter() const { return m_verdict; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_host;
    VerdictFilter m_verdict = VerdictFilter::All;
    QString m_search;
};

} // namespace sslrec::ui
