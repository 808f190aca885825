#pragma once

#include <QStyledItemDelegate>

namespace sslrec::ui {

// Paints a cell's mode (ModeRole) as a rounded coloured badge with the
// cell's text; cells without a mode are painted as usual.
class ModeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace sslrec::ui
