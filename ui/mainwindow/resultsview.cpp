#include "mainwindow/resultsview.h"

#include "mainwindow/origindetails.h"
#include "models/modebadgedelegate.h"
#include "models/modelroles.h"
#include "models/originsmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace sslrec::ui {

namespace {
constexpr int kDetailsMinHeight = 220;
}

ResultsView::ResultsView(OriginsModel *origins, QAbstractItemModel *pages, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
    , m_origins(origins)
    , m_table(new QTableView(this))
    , m_details(new OriginDetails(pages, this))
{
    setObjectName(QStringLiteral("resultsSplitter"));
    m_table->setObjectName(QStringLiteral("originsView"));
    m_table->setAccessibleName(tr("Origins and their recommended modes"));
    m_table->setModel(origins);
    m_table->setItemDelegateForColumn(OriginsModel::Recommended, new ModeBadgeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    for (int c : {OriginsModel::Discovered, OriginsModel::Sampled, OriginsModel::HttpAnswered, OriginsModel::HttpsAnswered,
                  OriginsModel::Compared})
        m_table->setColumnHidden(c, true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OriginsModel::Reason, QHeaderView::Stretch);
    header->setSectionResizeMode(OriginsModel::Certificate, QHeaderView::Interactive);
    m_table->setColumnWidth(OriginsModel::Certificate, 220);
    // Explicit minimums: the details' own hint (a tab of tables) is tall
    // enough to squeeze the origins table down to three rows.
    m_table->setMinimumHeight(80);
    m_details->setMinimumHeight(kDetailsMinHeight);
    addWidget(m_table);
    addWidget(m_details);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    setSizes({230, 400});

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResultsView::refreshDetails);
    connect(origins, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_table->currentIndex().row();
        if (row >= from.row() && row <= to.row())
            refreshDetails();
    });
    connect(origins, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_table->currentIndex().isValid() && m_origins->rowCount() > 0)
            m_table->setCurrentIndex(m_origins->index(0, 0));
        fitTableToRows();
    });
    connect(origins, &QAbstractItemModel::modelReset, this, [this] {
        refreshDetails();
        fitTableToRows();
    });
    connect(this, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
}

// Every origin should be visible without scrolling (up to ten; a domain
// rarely has more), so the table grows as origins appear instead of showing
// three rows over a mostly empty details pane. Deferred so that it measures
// after the layout has settled, once per burst of inserted rows.
void ResultsView::fitTableToRows()
{
    if (m_userSized || m_fitQueued)
        return;
    m_fitQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_fitQueued = false;
        const int rows = qBound(3, m_origins->rowCount(), 10);
        const int rowHeight = m_origins->rowCount() > 0 ? m_table->rowHeight(0) : m_table->verticalHeader()->defaultSectionSize();
        int wanted = m_table->horizontalHeader()->height() + rows * rowHeight + 2 * m_table->frameWidth();
        if (m_table->horizontalScrollBar()->isVisible())
            wanted += m_table->horizontalScrollBar()->height();
        const QList<int> current = sizes();
        const int total = current.value(0) + current.value(1);
        if (total <= 0 || current.value(0) >= wanted)
            return;
        // Leave the details pane enough to read a verdict.
        wanted = qMin(wanted, total - kDetailsMinHeight);
        if (wanted > current.value(0))
            setSizes({wanted, total - wanted});
    });
}

void ResultsView::selectOrigin(const QString &host)
{
    const int row = m_origins->rowOf(host);
    if (row >= 0)
        m_table->setCurrentIndex(m_origins->index(row, 0));
}

QString ResultsView::selectedHost() const
{
    return m_table->currentIndex().data(HostRole).toString();
}

void ResultsView::refreshDetails()
{
    const int row = m_table->currentIndex().row();
    m_details->setOrigin(row >= 0 && row < m_origins->rowCount() ? &m_origins->rowAt(row) : nullptr, m_currentMode, m_expiryDays);
}

} // namespace sslrec::ui
