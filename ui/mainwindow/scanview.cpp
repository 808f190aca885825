#include "mainwindow/scanview.h"

#include "mainwindow/origindetails.h"
#include "mainwindow/progresspanel.h"
#include "mainwindow/resultsview.h"
#include "models/modelroles.h"
#include "models/originsmodel.h"
#include "models/pagesmodel.h"
#include "models/sitetreemodel.h"

#include <QHeaderView>
#include <QTreeView>

namespace sslrec::ui {

ScanView::ScanView(OriginsModel *origins, PagesModel *pages, SiteTreeModel *tree, QAction *pause, QAction *cancel,
                   QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_tree(new QTreeView(this))
    , m_right(new QSplitter(Qt::Vertical, this))
    , m_progress(new ProgressPanel(origins, pause, cancel, m_right))
    , m_results(new ResultsView(origins, pages, m_right))
{
    setObjectName(QStringLiteral("scanSplitter"));
    m_right->setObjectName(QStringLiteral("progressSplitter"));
    m_tree->setObjectName(QStringLiteral("siteTree"));
    m_tree->setAccessibleName(tr("Site tree"));
    m_tree->setToolTip(tr("Pages as they are discovered; folders show the worst verdict below them. Enter opens a page's diff."));
    m_tree->setModel(tree);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(SiteTreeModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(SiteTreeModel::State, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    // Origins open as they appear, so the tree fills in visibly.
    connect(tree, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            return;
        if (!parent.parent().isValid())
            m_tree->expand(parent);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(PathRole).toString();
        m_results->selectOrigin(index.data(HostRole).toString());
        if (!path.isEmpty())
            emit pageActivated(index.data(HostRole).toString(), path);
    });
    connect(m_results->details(), &OriginDetails::pageActivated, this, &ScanView::pageActivated);

    addWidget(m_tree);
    addWidget(m_right);
    setStretchFactor(0, 1);
    setStretchFactor(1, 3);
    m_right->setStretchFactor(0, 1);
    m_right->setStretchFactor(1, 5);
    // Defaults for a first run; saved layouts override them.
    setSizes({280, 1000});
    m_right->setSizes({190, 630});
}

} // namespace sslrec::ui
