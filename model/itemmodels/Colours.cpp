#include "Colours.h"

#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace rs {

namespace {

constexpr double kTextContrast = 4.5; // WCAG AA for normal text
constexpr double kHighTextContrast = 7.0; // WCAG AAA
constexpr double kHighContrastPalette = 19.5; // black and white is 21; near-black text on white (light) is under 18
constexpr int kMostTint = 60; // percent of the hue at most: the light appearance's marks stay pale

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &from, const QColor &to, int percent)
{
    const auto blend = [percent](int a, int b) { return (a * (100 - percent) + b * percent + 50) / 100; };
    return QColor(blend(from.red(), to.red()), blend(from.green(), to.green()), blend(from.blue(), to.blue()));
}

// The application's palette; without a GUI application (the model's command-line users and tests) there is none, and
// a light one stands in.
QPalette applicationPalette()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QGuiApplication::palette();
    QPalette light;
    light.setColor(QPalette::Base, QColor(255, 255, 255));
    light.setColor(QPalette::Text, QColor(20, 20, 20));
    return light;
}

} // namespace

double Colours::relativeLuminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

double Colours::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool Colours::isHighContrast(const QPalette &palette)
{
    return contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= kHighContrastPalette;
}

double Colours::textContrast(const QPalette &palette)
{
    return isHighContrast(palette) ? kHighTextContrast : kTextContrast;
}

QColor Colours::tint(const QPalette &palette, const QColor &hue)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const double wanted = textContrast(palette);
    // The strongest tint the text still reads on; on a light base that is the palest allowed, on a dark one the hue
    // darkened until light text keeps its contrast.
    for (int percent = kMostTint; percent > 0; percent -= 5) {
        const QColor colour = mix(base, hue, percent);
        if (contrastRatio(colour, text) >= wanted)
            return colour;
    }
    return base;
}

QColor Colours::changed(const QPalette &palette)
{
    // High contrast: a pure amber, so the mark stays a colour (not a grey) next to black and white.
    return tint(palette, isHighContrast(palette) ? QColor(255, 170, 0) : QColor(255, 200, 60));
}

QColor Colours::changed()
{
    return changed(applicationPalette());
}

QColor Colours::granted(const QPalette &palette)
{
    return tint(palette, isHighContrast(palette) ? QColor(0, 200, 0) : QColor(90, 190, 90));
}

QColor Colours::granted()
{
    return granted(applicationPalette());
}

} // namespace rs
