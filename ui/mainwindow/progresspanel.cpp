#include "mainwindow/progresspanel.h"

#include "mainwindow/rategraph.h"
#include "models/modebadgedelegate.h"
#include "models/originsmodel.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QToolButton>

namespace sslrec::ui {

ProgressPanel::ProgressPanel(QAbstractItemModel *origins, QAction *pause, QAction *cancel, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    m_status = new QLabel(tr("Idle"), this);
    m_status->setObjectName(QStringLiteral("scanStatus"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_bar = new QProgressBar(this);
    m_bar->setAccessibleName(tr("Pages compared"));
    m_bar->setFormat(tr("%v of %m pages compared"));
    m_bar->setTextVisible(true);
    m_times = new QLabel(this);
    m_times->setAccessibleName(tr("Elapsed time and estimate"));
    m_graph = new RateGraph(this);

    auto *pauseButton = new QToolButton(this);
    pauseButton->setDefaultAction(pause);
    pauseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *cancelButton = new QToolButton(this);
    cancelButton->setDefaultAction(cancel);
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_origins = new QTableView(this);
    m_origins->setObjectName(QStringLiteral("progressOrigins"));
    m_origins->setAccessibleName(tr("Progress per origin"));
    m_origins->setModel(origins);
    m_origins->setItemDelegateForColumn(OriginsModel::Recommended, new ModeBadgeDelegate(m_origins));
    m_origins->verticalHeader()->hide();
    m_origins->setSelectionMode(QAbstractItemView::NoSelection);
    m_origins->setFocusPolicy(Qt::NoFocus);
    m_origins->setAlternatingRowColors(true);
    m_origins->setWordWrap(false);
    for (int c = 0; c < OriginsModel::ColumnCount; ++c) {
        const bool shown = c == OriginsModel::Origin || c == OriginsModel::Recommended || (c >= OriginsModel::Discovered && c <= OriginsModel::Compared);
        m_origins->setColumnHidden(c, !shown);
    }
    m_origins->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_origins->horizontalHeader()->setSectionResizeMode(OriginsModel::Origin, QHeaderView::Stretch);

    grid->addWidget(m_status, 0, 0, 1, 2);
    grid->addWidget(pauseButton, 0, 2);
    grid->addWidget(cancelButton, 0, 3);
    grid->addWidget(m_bar, 1, 0, 1, 4);
    grid->addWidget(m_times, 2, 0, 1, 4);
    grid->addWidget(m_origins, 3, 0, 1, 2);
    grid->addWidget(m_graph, 3, 2, 1, 2, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(3, 1);
}

QString ProgressPanel::duration(qint64 ms)
{
    if (ms < 0)
        return tr("unknown");
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 s").arg(s);
}

void ProgressPanel::scanStarted(const QString &domain)
{
    m_domain = domain;
    m_status->setText(tr("Scanning %1…").arg(domain));
    m_bar->setRange(0, 0);
    m_times->clear();
    m_graph->clear();
}

void ProgressPanel::setProgress(const ScanProgress &p)
{
    if (p.pagesSampled > 0) {
        m_bar->setRange(0, p.pagesSampled);
        m_bar->setValue(p.pagesCompared);
    }
    QString status = p.paused ? tr("Paused: %1").arg(m_domain) : tr("Scanning %1…").arg(m_domain);
    status += tr("  %1 of %2 origins done").arg(p.originsFinished).arg(p.origins);
    m_status->setText(status);
    m_times->setText(tr("Elapsed %1 · remaining %2 · %3 requests sent, %4 running, %5 queued")
                         .arg(duration(p.elapsedMs), p.etaMs < 0 ? tr("estimating…") : duration(p.etaMs))
                         .arg(p.requestsSent)
                         .arg(p.requestsRunning)
                         .arg(p.requestsQueued));
    m_graph->addSample(p.elapsedMs, p.requestsPerSecond);
}

void ProgressPanel::scanFinished(const ScanResult &result)
{
    const qint64 ms = result.startedAt.msecsTo(result.finishedAt);
    m_status->setText(result.cancelled ? tr("Cancelled: %1 (origins judged on what was fetched)").arg(result.settings.domain)
                                       : tr("Finished: %1").arg(result.settings.domain));
    if (m_bar->maximum() == 0) {
        m_bar->setRange(0, 1);
        m_bar->setValue(1);
    }
    const int n = int(result.origins.size());
    m_times->setText(tr("Took %1 · %2").arg(duration(ms), tr("%n origin(s)", nullptr, n)));
}

} // namespace sslrec::ui
