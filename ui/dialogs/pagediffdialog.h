#pragma once

#include "scan/bodysource.h"
#include "scan/scantypes.h"

#include <QDialog>

namespace sslrec::ui {

class PageDiffView;

// A window with one page's side-by-side diff; not modal, so several pages
// can be compared while the scan goes on.
class PageDiffDialog : public QDialog
{
    Q_OBJECT

public:
    PageDiffDialog(const PagePair &pair, const std::optional<PageBodies> &bodies, QWidget *parent = nullptr);
    PageDiffView *view() const { return m_view; }

private:
    PageDiffView *m_view;
};

} // namespace sslrec::ui
