#pragma once

#include "scan/scanresult.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTableView;
class QAbstractItemModel;

namespace sslrec::ui {

class RateGraph;

// The crawl as it happens: overall progress, elapsed time and ETA, the
// requests-per-second graph, pause/resume/cancel, and per-origin counters
// (found, sampled, answered over HTTP and HTTPS, compared).
class ProgressPanel : public QWidget
{
    Q_OBJECT

public:
    ProgressPanel(QAbstractItemModel *origins, QAction *pause, QAction *cancel, QWidget *parent = nullptr);

    void scanStarted(const QString &domain);
    void setProgress(const ScanProgress &progress);
    void scanFinished(const ScanResult &result);
    QTableView *originsView() const { return m_origins; }
    RateGraph *rateGraph() const { return m_graph; }

    static QString duration(qint64 ms);

private:
    QLabel *m_status = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_times = nullptr;
    RateGraph *m_graph = nullptr;
    QTableView *m_origins = nullptr;
    QString m_domain;
};

} // namespace sslrec::ui
