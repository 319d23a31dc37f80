#pragma once

#include <QColor>
#include <QProxyStyle>

namespace rs {

// Wraps the application's style so that keyboard focus is always visible: a solid two-pixel frame around the current
// cell of an item view, and the base style's own focus marks even after a mouse click. Given an outline colour (dark
// and high-contrast palettes), check boxes, radio buttons, buttons and text fields get a frame in it as well, so that
// no empty box is drawn dark on dark.
class FocusFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Takes ownership of `base` (Fusion when null). An invalid `outline` leaves the controls as the base draws them.
    explicit FocusFrameStyle(QStyle *base = nullptr, const QColor &outline = QColor());

    QColor outline() const { return m_outline; }

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override;
    QRect subElementRect(SubElement element, const QStyleOption *option, const QWidget *widget) const override;

private:
    void drawCellFocus(const QStyleOption *option, QPainter *painter) const;
    void drawOutline(PrimitiveElement element, const QStyleOption *option, QPainter *painter) const;

    QColor m_outline;
};

} // namespace rs
