#pragma once

#include "diff/diffdocument.h"
#include "scan/bodysource.h"
#include "scan/scantypes.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTabWidget;

namespace sslrec::ui {

class HeadersTable;
class SideBySideView;

// One page pair: the verdict, score and reason, the bodies side by side
// (normalised — what the comparator saw — or raw), "only changes",
// next/previous difference (F8 / Shift+F8), and the headers compared. The
// diff is computed on the thread pool; a result for an older request is
// dropped by job id.
class PageDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit PageDiffView(QWidget *parent = nullptr);
    ~PageDiffView() override;

    // \a pair without bodies; \a bodies when they were kept.
    void setPair(const PagePair &pair, const std::optional<PageBodies> &bodies);
    void setNormalized(bool normalized);
    void setOnlyChanges(bool onlyChanges);

    SideBySideView *sideBySide() const { return m_view; }
    HeadersTable *headers() const { return m_headers; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    // True until the latest diff is shown (computed on the pool, shown when
    // its result reaches this thread).
    bool isBusy() const { return m_shownJob != m_job; }

signals:
    void diffReady();

private:
    void recompute();
    void updateNavigation(int index, int count);

    PagePair m_pair;
    std::optional<PageBodies> m_bodies;
    quint64 m_job = 0;
    quint64 m_shownJob = 0;
    QFutureWatcher<QPair<quint64, DiffDocument>> m_watcher;
    QLabel *m_summary = nullptr;
    QCheckBox *m_normalized = nullptr;
    QCheckBox *m_onlyChanges = nullptr;
    QLabel *m_position = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QTabWidget *m_tabs = nullptr;
    SideBySideView *m_view = nullptr;
    HeadersTable *m_headers = nullptr;
};

} // namespace sslrec::ui
