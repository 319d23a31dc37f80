#include "Appearance.h"

#include "FocusFrameStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace rs {

namespace {

const QLatin1String kAppearanceKey("ui/appearance");

Appearance::Theme g_current = Appearance::Theme::System;

// The style the desktop gave the application before the first apply(), so that "follow the desktop" can return to it.
QString desktopStyleName()
{
    static const QString name = [] {
        const QStyle *style = QApplication::style();
        const auto *ours = qobject_cast<const FocusFrameStyle *>(style);
        const QString own = ours && ours->baseStyle() ? ours->baseStyle()->name() : (style ? style->name() : QString());
        return own.isEmpty() ? QStringLiteral("Fusion") : own;
    }();
    return name;
}

QPalette withDisabled(QPalette palette, const QColor &text, const QColor &base)
{
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, text);
    palette.setColor(QPalette::Disabled, QPalette::Base, base);
    return palette;
}

} // namespace

QList<Appearance::Theme> Appearance::themes()
{
    return { Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast };
}

QString Appearance::key(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QString Appearance::displayName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QApplication::translate("rs::Appearance", "Light");
    case Theme::Dark:
        return QApplication::translate("rs::Appearance", "Dark");
    case Theme::HighContrast:
        return QApplication::translate("rs::Appearance", "High contrast");
    case Theme::System:
        break;
    }
    return QApplication::translate("rs::Appearance", "Follow the desktop");
}

bool Appearance::parse(const QString &text, Theme *theme)
{
    const QString wanted = text.trimmed().toLower();
    for (Theme t : themes()) {
        if (key(t) == wanted) {
            *theme = t;
            return true;
        }
    }
    return false;
}

Appearance::Theme Appearance::chosen()
{
    Theme theme = Theme::System;
    return parse(QSettings().value(kAppearanceKey).toString(), &theme) ? theme : Theme::System;
}

void Appearance::choose(Theme theme)
{
    QSettings settings;
    if (theme == Theme::System)
        settings.remove(kAppearanceKey);
    else
        settings.setValue(kAppearanceKey, key(theme));
    apply(theme);
}

Appearance::Theme Appearance::current()
{
    return g_current;
}

Appearance::Theme Appearance::desktopPreference()
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME").toLower();
    if (gtkTheme.contains(QLatin1String("highcontrast")))
        return Theme::HighContrast;
    if (gtkTheme.endsWith(QLatin1String(":dark")) || gtkTheme.endsWith(QLatin1String("-dark")))
        return Theme::Dark;
    return Theme::System;
}

void Appearance::apply(Theme theme)
{
    const QString desktopStyle = desktopStyleName();
    g_current = theme;
    const Theme effective = theme == Theme::System ? desktopPreference() : theme;
    // Our own palettes are made for Fusion; the desktop's palette goes with the desktop's style.
    const bool own = effective != Theme::System;
    QStyle *base = QStyleFactory::create(own ? QStringLiteral("Fusion") : desktopStyle);
    QColor outline;
    if (effective == Theme::HighContrast)
        outline = Qt::white;
    else if (effective == Theme::Dark)
        outline = QColor(150, 150, 150);
    QApplication::setStyle(new FocusFrameStyle(base, outline));
    QPalette palette;
    switch (effective) {
    case Theme::Light:
        palette = lightPalette();
        break;
    case Theme::Dark:
        palette = darkPalette();
        break;
    case Theme::HighContrast:
        palette = highContrastPalette();
        break;
    case Theme::System:
        break; // an empty palette resolves to the desktop's
    }
    QApplication::setPalette(palette);
    QToolTip::setPalette(own ? palette : QApplication::palette());
}

QPalette Appearance::lightPalette()
{
    QPalette p(QColor(239, 239, 239), QColor(239, 239, 239));
    p.setColor(QPalette::Window, QColor(239, 239, 239));
    p.setColor(QPalette::WindowText, QColor(20, 20, 20));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(245, 245, 245));
    p.setColor(QPalette::Text, QColor(20, 20, 20));
    p.setColor(QPalette::Button, QColor(239, 239, 239));
    p.setColor(QPalette::ButtonText, QColor(20, 20, 20));
    p.setColor(QPalette::ToolTipBase, QColor(255, 255, 220));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(110, 110, 110));
    p.setColor(QPalette::Highlight, QColor(48, 140, 198));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0, 90, 170));
    return withDisabled(p, QColor(130, 130, 130), QColor(239, 239, 239));
}

QPalette Appearance::darkPalette()
{
    QPalette p(QColor(60, 60, 60), QColor(45, 45, 45));
    p.setColor(QPalette::Window, QColor(45, 45, 45));
    p.setColor(QPalette::WindowText, QColor(235, 235, 235));
    p.setColor(QPalette::Base, QColor(30, 30, 30));
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 40));
    p.setColor(QPalette::Text, QColor(235, 235, 235));
    p.setColor(QPalette::Button, QColor(60, 60, 60));
    p.setColor(QPalette::ButtonText, QColor(235, 235, 235));
    p.setColor(QPalette::BrightText, QColor(255, 110, 110));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    p.setColor(QPalette::ToolTipText, QColor(235, 235, 235));
    p.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
    p.setColor(QPalette::Highlight, QColor(62, 130, 214));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::Light, QColor(80, 80, 80));
    p.setColor(QPalette::Midlight, QColor(70, 70, 70));
    p.setColor(QPalette::Mid, QColor(50, 50, 50));
    p.setColor(QPalette::Dark, QColor(25, 25, 25));
    p.setColor(QPalette::Shadow, Qt::black);
    return withDisabled(p, QColor(130, 130, 130), QColor(45, 45, 45));
}

QPalette Appearance::highContrastPalette()
{
    // Black and white with a yellow selection, as desktops' high-contrast themes do; disabled text stays readable.
    QPalette p(Qt::black, Qt::black);
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(28, 28, 28));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::yellow);
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(200, 200, 200));
    p.setColor(QPalette::Highlight, QColor(255, 230, 0));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0, 230, 255));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(200, 200, 200));
    p.setColor(QPalette::Mid, QColor(160, 160, 160));
    p.setColor(QPalette::Dark, Qt::white);
    p.setColor(QPalette::Shadow, Qt::white);
    return withDisabled(p, QColor(170, 170, 170), Qt::black);
}

} // namespace rs
