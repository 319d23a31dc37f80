#include "FocusFrameStyle.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace rs {

namespace {

constexpr int kFocusWidth = 2;

} // namespace

FocusFrameStyle::FocusFrameStyle(QStyle *base, const QColor &outline)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")))
    , m_outline(outline)
{
    setObjectName(QStringLiteral("focusFrameStyle"));
}

void FocusFrameStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        if (qobject_cast<const QAbstractItemView *>(widget) && (option->state & State_Item)) {
            drawCellFocus(option, painter);
            return;
        }
        // Fusion draws focus marks only after a key moved the focus; a person who clicked must see them too.
        if (const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option)) {
            QStyleOptionFocusRect always(*focus);
            always.state |= State_KeyboardFocusChange;
            QProxyStyle::drawPrimitive(element, &always, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (m_outline.isValid())
        drawOutline(element, option, painter);
}

QRect FocusFrameStyle::subElementRect(SubElement element, const QStyleOption *option, const QWidget *widget) const
{
    // The frame goes round the whole cell: a check box cell has no text for the base style to frame.
    if (element == SE_ItemViewItemFocusRect && qobject_cast<const QAbstractItemView *>(widget))
        return option->rect;
    return QProxyStyle::subElementRect(element, option, widget);
}

void FocusFrameStyle::drawCellFocus(const QStyleOption *option, QPainter *painter) const
{
    // Two pixels in the text colour stand out from the cells around; on a selected cell a line in the selection's
    // text colour inside them stands out from the selection as well.
    const QPalette::ColorGroup group = option->state & State_Enabled ? QPalette::Active : QPalette::Disabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(
        QPen(option->palette.color(group, QPalette::Text), kFocusWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    const int inset = kFocusWidth / 2;
    painter->drawRect(option->rect.adjusted(inset, inset, -inset, -inset));
    if (option->state & State_Selected) {
        painter->setPen(QPen(option->palette.color(group, QPalette::HighlightedText), 1));
        painter->drawRect(option->rect.adjusted(kFocusWidth, kFocusWidth, -kFocusWidth - 1, -kFocusWidth - 1));
    }
    painter->restore();
}

void FocusFrameStyle::drawOutline(PrimitiveElement element, const QStyleOption *option, QPainter *painter) const
{
    switch (element) {
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
    case PE_PanelButtonCommand:
    case PE_PanelButtonTool:
    case PE_FrameLineEdit:
        break;
    default:
        return;
    }
    if (element == PE_PanelButtonTool && !(option->state & (State_Raised | State_Sunken | State_MouseOver)))
        return; // flat tool buttons stay flat
    // A closed cell's box keeps a fainter frame: still there, plainly not the same as an open one.
    QColor colour = m_outline;
    if (!(option->state & State_Enabled))
        colour.setAlphaF(0.45f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, 1));
    const QRect r = option->rect.adjusted(0, 0, -1, -1);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(r);
    else
        painter->drawRect(r);
    painter->restore();
}

} // namespace rs
