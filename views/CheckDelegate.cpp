#include "CheckDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace rs {

namespace {

// A small padlock, `height` pixels tall, its body's left edge at `left`, centred on `middle`.
void drawPadlock(QPainter *painter, int left, int middle, int height, const QColor &colour)
{
    const qreal h = height;
    const qreal bodyH = h * 0.55;
    const qreal w = h * 0.8;
    const QRectF body(left, middle - h / 2 + (h - bodyH), w, bodyH);
    const qreal shackleW = w * 0.62;
    const QRectF shackle(body.center().x() - shackleW / 2, middle - h / 2, shackleW, (h - bodyH) * 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, qMax(1.2, h / 8)));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()), QPointF(shackle.left(), body.top()));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()), QPointF(shackle.right(), body.top()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(body, 1.5, 1.5);
    painter->restore();
}

} // namespace

CheckDelegate::CheckDelegate(int warningRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_warningRole(warningRole)
{
}

void CheckDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_warningRole && index.data(m_warningRole).toBool()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(14, 14);
    }
}

void CheckDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant check = index.data(Qt::CheckStateRole);
    if (!check.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The cell without its box, then the box in the middle of the cell.
    QStyleOptionViewItem cell = opt;
    cell.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    QStyleOptionViewItem box = opt;
    const QRect indicator = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, widget);
    box.rect = QRect(QPoint(0, 0), indicator.size());
    box.rect.moveCenter(option.rect.center());
    box.state &= ~QStyle::State_HasFocus;
    switch (Qt::CheckState(check.toInt())) {
    case Qt::Checked:
        box.state |= QStyle::State_On;
        break;
    case Qt::PartiallyChecked:
        box.state |= QStyle::State_NoChange;
        break;
    default:
        box.state |= QStyle::State_Off;
        break;
    }
    const bool locked = m_lockedRole && index.data(m_lockedRole).toBool();
    if (locked) {
        // Read-only: the box as the style draws a disabled one, and a padlock beside it.
        box.state &= ~QStyle::State_Enabled;
        box.state |= QStyle::State_ReadOnly;
        box.palette.setCurrentColorGroup(QPalette::Disabled);
    }
    style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &box, painter, widget);
    if (locked) {
        const int height = qMax(9, box.rect.height() * 3 / 4);
        const QColor colour = opt.state & QStyle::State_Selected
            ? opt.palette.color(QPalette::HighlightedText)
            : opt.palette.color(QPalette::Disabled, QPalette::WindowText);
        drawPadlock(painter, box.rect.right() + 4, box.rect.center().y(), height, colour);
    }
}

bool CheckDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const Qt::ItemFlags flags = model->flags(index);
    const QVariant check = index.data(Qt::CheckStateRole);
    if (!check.isValid() || !(flags & Qt::ItemIsUserCheckable) || !(flags & Qt::ItemIsEnabled))
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        return false; // the view makes the cell current and selects it; the release toggles
    case QEvent::MouseButtonDblClick:
        return static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
    case QEvent::MouseButtonRelease: {
        // A plain click toggles; Ctrl or Shift with it, or a drag across cells, only selects.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint())
            || (mouse->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            return false;
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            view && view->selectionModel() && view->selectionModel()->selectedIndexes().size() > 1)
            return false;
        break;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key != Qt::Key_Space && key != Qt::Key_Select)
            return false;
        break;
    }
    default:
        return false;
    }
    // Set or clear, never invert: a partly checked box becomes checked.
    const Qt::CheckState next = Qt::CheckState(check.toInt()) == Qt::Checked ? Qt::Unchecked : Qt::Checked;
    model->setData(index, next, Qt::CheckStateRole);
    return true;
}

} // namespace rs
