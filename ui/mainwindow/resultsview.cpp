#include "mainwindow/resultsview.h"

#include "mainwindow/origindetails.h"
#include "models/modebadgedelegate.h"
#include "models/modelroles.h"
#include "models/originsmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace sslrec::ui {

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
    });
    connect(origins, &QAbstractItemModel::modelReset, this, &ResultsView::refreshDetails);
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
