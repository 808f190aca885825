#include "dialogs/pagediffdialog.h"

#include "diff/pagediffview.h"
#include "mainwindow/appsettings.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace sslrec::ui {

PageDiffDialog::PageDiffDialog(const PagePair &pair, const std::optional<PageBodies> &bodies, QWidget *parent)
    : QDialog(parent)
    , m_view(new PageDiffView(this))
{
    setObjectName(QStringLiteral("PageDiffDialog"));
    setWindowTitle(tr("%1%2 — HTTP vs HTTPS").arg(pair.host, pair.pathAndQuery));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_view->setPair(pair, bodies);
    if (!restoreGeometry(AppSettings::windowState(QStringLiteral("diffGeometry"))))
        resize(1100, 700);
    connect(this, &QDialog::finished, this, [this] {
        AppSettings::setWindowState(QStringLiteral("diffGeometry"), saveGeometry());
    });
}

} // namespace sslrec::ui
