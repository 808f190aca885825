#include "mainwindow/origindetails.h"

#include "certs/chainview.h"
#include "models/modeladdermodel.h"
#include "models/modelroles.h"
#include "models/pagefiltermodel.h"
#include "models/pagesmodel.h"
#include "models/verdictstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sslrec::ui {

OriginDetails::OriginDetails(QAbstractItemModel *pages, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("originDetails"));
    addTab(createVerdictTab(), QIcon(QStringLiteral(":/icons/verdict.svg")), tr("&Verdict"));
    addTab(createPagesTab(pages), QIcon(QStringLiteral(":/icons/pages.svg")), tr("&Pages"));
    m_chain = new ChainView(this);
    addTab(m_chain, QIcon(QStringLiteral(":/icons/certificate.svg")), tr("&Certificate"));
    setOrigin(nullptr, std::nullopt, 30);
}

QWidget *OriginDetails::createVerdictTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_headline = new QLabel(page);
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);
    m_ladder = new ModeLadderModel(page);
    m_ladderView = new QTableView(page);
    m_ladderView->setObjectName(QStringLiteral("modeLadder"));
    m_ladderView->setAccessibleName(tr("Mode ladder"));
    m_ladderView->setModel(m_ladder);
    m_ladderView->verticalHeader()->hide();
    m_ladderView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ladderView->setWordWrap(true);
    m_ladderView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ladderView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_ladderView, 2);
    layout->addWidget(new QLabel(tr("Reasons:"), page));
    m_reasons = new QListWidget(page);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setAccessibleName(tr("Reasons for the recommendation"));
    m_reasons->setWordWrap(true);
    m_reasons->setMinimumHeight(48);
    layout->addWidget(m_reasons, 1);
    return page;
}

QWidget *OriginDetails::createPagesTab(QAbstractItemModel *pages)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_verdict = new QComboBox(page);
    m_verdict->setObjectName(QStringLiteral("verdictFilter"));
    m_verdict->setAccessibleName(tr("Show pages"));
    using F = PageFilterModel::VerdictFilter;
    m_verdict->addItem(tr("All pages"), int(F::All));
    m_verdict->addItem(tr("Different"), int(F::Different));
    m_verdict->addItem(tr("Same"), int(F::Same));
    m_verdict->addItem(tr("Errors"), int(F::Error));
    m_verdict->addItem(tr("Not judged yet"), int(F::Unfinished));
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("pageSearch"));
    m_search->setPlaceholderText(tr("Search path, status or reason (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search pages"));
    bar->addWidget(m_verdict);
    bar->addWidget(m_search, 1);
    layout->addLayout(bar);

    m_filter = new PageFilterModel(page);
    m_filter->setSourceModel(pages);
    m_filter->setHost(QStringLiteral(" ")); // nothing until an origin is chosen
    m_pagesView = new QTableView(page);
    m_pagesView->setObjectName(QStringLiteral("pagesView"));
    m_pagesView->setAccessibleName(tr("Pages of the origin"));
    m_pagesView->setModel(m_filter);
    m_pagesView->setSortingEnabled(true);
    m_pagesView->sortByColumn(PagesModel::Verdict, Qt::DescendingOrder);
    m_pagesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pagesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pagesView->verticalHeader()->hide();
    m_pagesView->setColumnHidden(PagesModel::Host, true);
    m_pagesView->setToolTip(tr("Double-click or press Enter to compare the page side by side"));
    m_pagesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_pagesView->horizontalHeader()->setStretchLastSection(false);
    m_pagesView->horizontalHeader()->setSectionResizeMode(PagesModel::Reason, QHeaderView::Stretch);
    m_pagesView->setColumnWidth(PagesModel::Path, 260);
    layout->addWidget(m_pagesView, 1);

    connect(m_verdict, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setVerdictFilter(F(m_verdict->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &PageFilterModel::setSearchText);
    connect(m_pagesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit pageActivated(index.data(HostRole).toString(), index.data(PathRole).toString());
    });
    return page;
}

void OriginDetails::setOrigin(const OriginsModel::Row *row, std::optional<Mode> currentMode, int expiryWarningDays)
{
    const QString host = row ? row->host : QString();
    if (host != m_host) {
        m_host = host;
        m_filter->setHost(host.isEmpty() ? QStringLiteral(" ") : host);
        m_tlsShownFor.clear();
    }
    m_reasons->clear();
    if (!row) {
        m_headline->setText(tr("Select an origin to see its verdict, pages and certificate."));
        m_ladder->clear();
        m_chain->clear();
        return;
    }
    if (row->result) {
        const OriginVerdict &v = row->result->verdict;
        const QColor colour = verdictstyle::modeBadgeColor(v.recommended);
        m_headline->setText(tr("<span style=\"font-size:large\">%1: <span style=\"background:%2;color:%3\">&nbsp;%4&nbsp;</span></span>"
                               "&nbsp; Cloudflare API value: <code>%5</code>")
                                .arg(row->host.toHtmlEscaped(), colour.name(), verdictstyle::textOn(colour).name(),
                                     modeDisplayName(v.recommended).toHtmlEscaped(),
                                     cloudflareValue(v.recommended).isEmpty() ? tr("(no change)") : cloudflareValue(v.recommended)));
        m_ladder->setVerdict(v, currentMode);
        m_reasons->addItems(v.reasons);
        if (v.adviseEdgeRedirect)
            m_reasons->addItem(tr("Advice: redirect HTTP to HTTPS at the edge."));
        for (const QString &note : row->result->robotsNotes)
            m_reasons->addItem(tr("robots.txt: %1").arg(note));
        m_ladderView->resizeRowsToContents();
    } else {
        m_headline->setText(tr("%1: still scanning — the verdict comes when every sampled page is compared.").arg(row->host.toHtmlEscaped()));
        m_ladder->clear();
    }
    // Rebuilding the chain view resets its selection; only do it when new.
    const QString tlsKey = row->tls ? row->host + QString::number(row->tls->elapsedMs) + QString::number(row->result.has_value()) : QString();
    if (tlsKey != m_tlsShownFor) {
        m_tlsShownFor = tlsKey;
        if (row->tls)
            m_chain->setReport(*row->tls, expiryWarningDays);
        else
            m_chain->clear();
    }
}

} // namespace sslrec::ui
