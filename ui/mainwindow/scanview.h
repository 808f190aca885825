#pragma once

#include <QSplitter>

class QAction;
class QTreeView;

namespace sslrec::ui {

class OriginsModel;
class PagesModel;
class ProgressPanel;
class ResultsView;
class SiteTreeModel;

// The scan screen: the live site tree on the left; progress above the
// results on the right.
class ScanView : public QSplitter
{
    Q_OBJECT

public:
    ScanView(OriginsModel *origins, PagesModel *pages, SiteTreeModel *tree, QAction *pause, QAction *cancel,
             QWidget *parent = nullptr);

    ProgressPanel *progress() const { return m_progress; }
    ResultsView *results() const { return m_results; }
    QTreeView *siteTree() const { return m_tree; }
    QSplitter *rightSplitter() const { return m_right; }

signals:
    void pageActivated(const QString &host, const QString &pathAndQuery);

private:
    QTreeView *m_tree;
    QSplitter *m_right;
    ProgressPanel *m_progress;
    ResultsView *m_results;
};

} // namespace sslrec::ui
