#include "dialogs/comparedialog.h"

#include "models/verdictstyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sslrec::ui {

namespace {

QString certificateText(const QString &fingerprint, const QDateTime &notAfter, bool valid)
{
    if (fingerprint.isEmpty())
        return CompareDialog::tr("no certificate");
    return CompareDialog::tr("%1…, %2, expires %3")
        .arg(fingerprint.left(16), valid ? CompareDialog::tr("valid") : CompareDialog::tr("invalid"),
             notAfter.toString(QStringLiteral("yyyy-MM-dd")));
}

} // namespace

CompareDialog::CompareDialog(const ScanResult &before, const QString &beforeLabel, const ScanResult &after,
                             const QString &afterLabel, QWidget *parent)
    : QDialog(parent)
    , m_diff(diffScans(before, after))
{
    setObjectName(QStringLiteral("CompareDialog"));
    setWindowTitle(tr("Changes in %1").arg(after.settings.domain));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(tr("From <b>%1</b><br>to <b>%2</b>").arg(beforeLabel.toHtmlEscaped(), afterLabel.toHtmlEscaped()), this);
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(header);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("changesView"));
    m_tree->setAccessibleName(tr("Changes between the scans"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Change"), tr("Before"), tr("After")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill();
    resize(860, 520);
}

void CompareDialog::fill()
{
    const ScanDiff &d = m_diff;
    QString summary = d.hasChanges() ? tr("%n recommendation(s) changed", nullptr, int(d.recommendations.size())) + QStringLiteral(", ")
                                           + tr("%n certificate(s) changed", nullptr, int(d.certificates.size())) + QStringLiteral(", ")
                                           + tr("%n page verdict(s) changed", nullptr, int(d.pages.size())) + QLatin1Char('.')
                                     : tr("No changes: the same origins, recommendations, certificates and page verdicts.");
    if (d.pagesOnlyBefore > 0 || d.pagesOnlyAfter > 0)
        summary += QLatin1Char(' ') + tr("The samples differ: %1 only in the older scan, %2 only in the newer one (not counted as changes).")
                                          .arg(tr("%n page(s)", nullptr, d.pagesOnlyBefore), QString::number(d.pagesOnlyAfter));
    m_summary->setText(summary);

    const QPalette palette = this->palette();
    auto branch = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(count)});
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    if (!d.recommendations.isEmpty()) {
        QTreeWidgetItem *b = branch(tr("Recommendations"), int(d.recommendations.size()));
        for (const RecommendationChange &c : d.recommendations) {
            auto *item = new QTreeWidgetItem(b, {c.host, modeDisplayName(c.from), modeDisplayName(c.to)});
            item->setForeground(2, verdictstyle::stateColor(isStronger(c.to, c.from) ? NodeState::Same : NodeState::Different, palette));
        }
    }
    if (!d.certificates.isEmpty()) {
        QTreeWidgetItem *b = branch(tr("Certificates"), int(d.certificates.size()));
        for (const CertificateChange &c : d.certificates) {
            auto *item = new QTreeWidgetItem(b, {c.host, certificateText(c.fromFingerprint, c.fromNotAfter, c.fromValid),
                                                 certificateText(c.toFingerprint, c.toNotAfter, c.toValid)});
            item->setForeground(2, verdictstyle::stateColor(c.toValid ? NodeState::Same : NodeState::Different, palette));
        }
    }
    if (!d.pages.isEmpty()) {
        QTreeWidgetItem *b = branch(tr("Page verdicts"), int(d.pages.size()));
        for (const PageVerdictChange &c : d.pages) {
            auto *item = new QTreeWidgetItem(b, {c.host + c.pathAndQuery, pageVerdictName(c.from), pageVerdictName(c.to)});
            item->setToolTip(0, c.reason);
            item->setForeground(2, verdictstyle::stateColor(verdictstyle::stateOf(c.to), palette));
        }
    }
    if (!d.originsAppeared.isEmpty()) {
        QTreeWidgetItem *b = branch(tr("Origins only in the newer scan"), int(d.originsAppeared.size()));
        for (const QString &host : d.originsAppeared)
            new QTreeWidgetItem(b, {host, QString(), tr("scanned")});
    }
    if (!d.originsDisappeared.isEmpty()) {
        QTreeWidgetItem *b = branch(tr("Origins only in the older scan"), int(d.originsDisappeared.size()));
        for (const QString &host : d.originsDisappeared)
            new QTreeWidgetItem(b, {host, tr("scanned"), QString()});
    }
}

} // namespace sslrec::ui
