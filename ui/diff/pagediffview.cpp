#include "diff/pagediffview.h"

#include "compare/contentnormalizer.h"
#include "diff/headerstable.h"
#include "diff/sidebysideview.h"
#include "models/pagesmodel.h"
#include "models/verdictstyle.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace sslrec::ui {

namespace {
DiffDocument computeDiff(const PageBodies &bodies, const PagePair &pair, bool normalized, bool onlyChanges)
{
    DiffResult diff;
    if (normalized) {
        const auto left = ContentNormalizer::normalize(bodies.http, pair.http.contentType, pair.host);
        const auto right = ContentNormalizer::normalize(bodies.https, pair.https.contentType, pair.host);
        diff = Differ::diff(Differ::prettyPrint(left), Differ::prettyPrint(right));
    } else {
        diff = Differ::diffRaw(bodies.http, bodies.https);
    }
    return DiffDocument::build(diff, onlyChanges);
}
} // namespace

PageDiffView::PageDiffView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto *bar = new QHBoxLayout;
    m_normalized = new QCheckBox(tr("&Normalised"), this);
    m_normalized->setChecked(true);
    m_normalized->setToolTip(tr("Show what the comparator saw: visible text with volatile tokens masked. Off: the raw bodies."));
    m_onlyChanges = new QCheckBox(tr("Only &changes"), this);
    m_onlyChanges->setToolTip(tr("Hide unchanged lines except a few around each difference"));
    m_previous = new QAction(QIcon(QStringLiteral(":/icons/go-up.svg")), tr("&Previous Difference"), this);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previous->setToolTip(tr("Previous difference (Shift+F8)"));
    m_next = new QAction(QIcon(QStringLiteral(":/icons/go-down.svg")), tr("&Next Difference"), this);
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_next->setToolTip(tr("Next difference (F8)"));
    addAction(m_previous);
    addAction(m_next);
    auto *prevButton = new QToolButton(this);
    prevButton->setDefaultAction(m_previous);
    auto *nextButton = new QToolButton(this);
    nextButton->setDefaultAction(m_next);
    m_position = new QLabel(this);
    bar->addWidget(m_normalized);
    bar->addWidget(m_onlyChanges);
    bar->addStretch();
    bar->addWidget(m_position);
    bar->addWidget(prevButton);
    bar->addWidget(nextButton);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_view = new SideBySideView(m_tabs);
    m_headers = new HeadersTable(m_tabs);
    m_tabs->addTab(m_view, tr("&Body (HTTP left, HTTPS right)"));
    m_tabs->addTab(m_headers, tr("&Headers"));
    layout->addWidget(m_tabs, 1);

    connect(m_normalized, &QCheckBox::toggled, this, &PageDiffView::recompute);
    connect(m_onlyChanges, &QCheckBox::toggled, this, &PageDiffView::recompute);
    connect(m_next, &QAction::triggered, m_view, &SideBySideView::nextChange);
    connect(m_previous, &QAction::triggered, m_view, &SideBySideView::previousChange);
    connect(m_view, &SideBySideView::currentChangeChanged, this, &PageDiffView::updateNavigation);
    connect(&m_watcher, &QFutureWatcher<QPair<quint64, DiffDocument>>::finished, this, [this] {
        const auto [job, document] = m_watcher.result();
        if (job != m_job)
            return; // an older request; the newer one is on its way
        m_view->setDocument(document);
        m_shownJob = job;
        if (!document.changes.isEmpty())
            m_view->nextChange();
        emit diffReady();
    });
    updateNavigation(-1, 0);
}

PageDiffView::~PageDiffView()
{
    m_watcher.waitForFinished(); // the job reads only its own copies; this is short
}

void PageDiffView::setNormalized(bool normalized)
{
    m_normalized->setChecked(normalized);
}

void PageDiffView::setOnlyChanges(bool onlyChanges)
{
    m_onlyChanges->setChecked(onlyChanges);
}

void PageDiffView::setPair(const PagePair &pair, const std::optional<PageBodies> &bodies)
{
    m_pair = pair;
    m_bodies = bodies;
    const NodeState state = verdictstyle::stateOf(pair.verdict);
    m_summary->setText(tr("<b>%1%2</b> — %3, score %4<br>%5<br>HTTP: %6 · HTTPS: %7")
                           .arg(pair.host.toHtmlEscaped(), pair.pathAndQuery.toHtmlEscaped(), verdictstyle::stateText(state))
                           .arg(pair.score, 0, 'f', 2)
                           .arg(pair.reason.toHtmlEscaped(), PagesModel::statusText(pair.http).toHtmlEscaped(),
                                PagesModel::statusText(pair.https).toHtmlEscaped()));
    m_summary->setTextFormat(Qt::RichText);
    m_headers->setResponses(pair.http, pair.https);
    m_tabs->setTabText(1, m_headers->differingRows() > 0 ? tr("&Headers (%1 differ)").arg(m_headers->differingRows()) : tr("&Headers"));
    recompute();
}

void PageDiffView::recompute()
{
    const quint64 job = ++m_job;
    if (!m_bodies) {
        m_view->setMessage(tr("The bodies of this page were not kept: the scan file does not hold them (it could not "
                              "be written), and in memory sslrec keeps differing pages only, up to a budget."));
        m_shownJob = job;
        emit diffReady();
        return;
    }
    m_view->setMessage(tr("Comparing…"));
    const PageBodies bodies = *m_bodies;
    const PagePair pair = m_pair;
    const bool normalized = m_normalized->isChecked();
    const bool onlyChanges = m_onlyChanges->isChecked();
    m_watcher.setFuture(QtConcurrent::run([=] {
        return qMakePair(job, computeDiff(bodies, pair, normalized, onlyChanges));
    }));
}

void PageDiffView::updateNavigation(int index, int count)
{
    m_next->setEnabled(count > 0 && index < count - 1);
    m_previous->setEnabled(count > 0 && index > 0);
    if (count > 0)
        m_position->setText(tr("difference %1 of %2").arg(std::max(1, index + 1)).arg(count));
    else if (m_normalized->isChecked() && m_pair.verdict == PageVerdict::Different && m_bodies)
        m_position->setText(tr("no differences after masking noise; the status, type or raw bytes differ (untick Normalised)"));
    else
        m_position->setText(tr("no differences"));
}

} // namespace sslrec::ui
