#include "models/modebadgedelegate.h"

#include "models/modelroles.h"
#include "models/verdictstyle.h"

#include <QApplication>
#include <QPainter>

namespace sslrec::ui {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 3;
} // namespace

void ModeBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant mode = index.data(ModeRole);
    if (!mode.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Selection and focus backgrounds first, so the badge sits on top.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QColor background = verdictstyle::modeBadgeColor(Mode(mode.toInt()));
    const QFontMetrics fm(opt.font);
    const int width = std::min(fm.horizontalAdvance(text) + 2 * kPadX, opt.rect.width() - 4);
    const int height = std::min(fm.height() + 2 * kPadY, opt.rect.height() - 2);
    const QRect badge(opt.rect.left() + 2, opt.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(verdictstyle::textOn(background));
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, badge.width() - 2 * kPadX + 2));
    painter->restore();
}

QSize ModeBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(ModeRole).isValid())
        size = size.expandedTo(QSize(QFontMetrics(option.font).horizontalAdvance(index.data().toString()) + 2 * kPadX + 6,
                                     QFontMetrics(option.font).height() + 2 * kPadY + 2));
    return size;
}

} // namespace sslrec::ui
