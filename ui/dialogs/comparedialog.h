#pragma once

#include "store/scandiff.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace sslrec::ui {

// What changed between two scans of a domain (scanner/store/scandiff.h):
// origins that appeared or went, recommendations, certificates and page
// verdicts that changed, as a tree with one branch per kind of change.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // \a before is the older scan; the labels name the two scans for people.
    CompareDialog(const ScanResult &before, const QString &beforeLabel, const ScanResult &after, const QString &afterLabel,
                  QWidget *parent = nullptr);

    const ScanDiff &diff() const { return m_diff; }
    QTreeWidget *changesView() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void fill();

    ScanDiff m_diff;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace sslrec::ui
