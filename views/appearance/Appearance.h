#pragma once

#include <QPalette>
#include <QString>

namespace rs {

// The editor's colours: the desktop's own palette, or a light, dark or high-contrast one, kept in QSettings and
// applied to the whole application together with a style that always shows where the keyboard focus is.
class Appearance
{
public:
    enum class Theme { System, Light, Dark, HighContrast };

    static QList<Theme> themes();
    // The stable key saved in settings and taken on the command line: "system", "light", "dark", "high-contrast".
    static QString key(Theme theme);
    // The name people read in Preferences, translated.
    static QString displayName(Theme theme);
    // Reads a key back; false when the text names no theme.
    static bool parse(const QString &text, Theme *theme);

    // The theme chosen in Preferences, System when none was.
    static Theme chosen();
    // Saves the choice and applies it at once.
    static void choose(Theme theme);
    // The theme in effect: the last one apply() was given.
    static Theme current();

    // Applies a theme to the running application. System gives back the desktop's palette and style, unless the
    // desktop asks for dark or high-contrast colours in a way Qt does not read itself (GTK_THEME).
    static void apply(Theme theme);

    // What the desktop asks for beyond its palette: Dark or HighContrast from GTK_THEME ("Adwaita:dark",
    // "HighContrast"), System otherwise.
    static Theme desktopPreference();

    static QPalette lightPalette();
    static QPalette darkPalette();
    static QPalette highContrastPalette();
};

} // namespace rs
