#pragma once

#include <QColor>
#include <QPalette>

namespace rs {

// The one home of the colours the grid, compare and access views give their cells. Each is the palette's base
// colour tinted towards a hue, as far as the palette's text stays readable on it, so the marks fit the light, dark
// and high-contrast appearances and a desktop's own palette alike.
class Colours
{
public:
    // A staged cell in the grid, a row where the compared roles differ: a warm yellow.
    static QColor changed(const QPalette &palette);
    static QColor changed();
    // A level someone is granted in the access grid: a green.
    static QColor granted(const QPalette &palette);
    static QColor granted();

    // A palette whose text stands out from its base as in the high-contrast appearance (black and white); its marks
    // keep text at the stricter contrast of 7:1.
    static bool isHighContrast(const QPalette &palette);
    // The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
    static double contrastRatio(const QColor &a, const QColor &b);
    static double relativeLuminance(const QColor &colour);
    // The contrast the palette's text keeps on every mark: 4.5, or 7 in high contrast.
    static double textContrast(const QPalette &palette);

private:
    static QColor tint(const QPalette &palette, const QColor &hue);
};

} // namespace rs
