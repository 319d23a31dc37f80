#pragma once

#include <QLocale>
#include <QStringList>

namespace rs {

// Installs the translators of one language, Qt's own strings and the application's, replacing any installed before.
class Translations
{
public:
    // The languages the application ships a catalog for, as language codes ("de", "es", "fr", "nl"). English, the
    // source language, needs none and is not listed.
    static QStringList available();

    // The shipped language that serves the locale best: the first of its UI languages that has a catalog, or "en".
    static QString languageFor(const QLocale &locale);

    // Installs Qt's translations (from QLibraryInfo's translations folder, where Debian ships them) and the
    // application's embedded catalog for languageFor(locale), replacing earlier ones. Returns the language installed;
    // "en" leaves no translator installed. Needs a QCoreApplication.
    static QString install(const QLocale &locale);

    // Removes the translators install() put in place; strings appear in English again.
    static void uninstall();

    // The language a person chose in Preferences (saved in QSettings), or "" to follow the system.
    static QString chosen();
    // Saves the choice ("" follows the system) and installs it; returns the language installed.
    static QString choose(const QString &language);
    // Installs the chosen language, or the system's when none was chosen: the one call a main() makes.
    static QString installChosen();

    // The names of the default catalog (sections, features, built-in roles, the Production template) as written in
    // the source, marked for translation in the context "rs::Catalog". Names a studio typed are not among them.
    static QStringList catalogTerms();
};

} // namespace rs
