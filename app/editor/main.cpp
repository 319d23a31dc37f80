// The desktop editor: opens a workspace file (the last one, or the default) in the main window.
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "appearance/Appearance.h"
#include "help/FirstRunHint.h"
#include "help/HelpActions.h"
#include "i18n/Translations.h"
#include "welcome/Welcome.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QScreen>
#include <QSettings>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rolesheet"));
    QApplication::setApplicationName(QStringLiteral("rolesheet"));
    QApplication::setApplicationDisplayName(QStringLiteral("Rolesheet"));
    QApplication::setApplicationVersion(QStringLiteral(ROLESHEET_VERSION));
    rs::Translations::installChosen();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Design the permission roles of a studio."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(QStringLiteral("language"),
        QApplication::translate("main",
            "Speak LANGUAGE (de, en, es, fr, nl) this time instead of the one chosen in "
            "Preferences."),
        QStringLiteral("LANGUAGE"));
    const QCommandLineOption appearance(QStringLiteral("appearance"),
        QApplication::translate("main", "Use these colours this time: system, light, dark or high-contrast."),
        QStringLiteral("NAME"));
    parser.addOption(language);
    parser.addOption(appearance);
    parser.addPositionalArgument(
        QStringLiteral("workspace"), QApplication::translate("main", "The .rolesheet file to open."));
    parser.process(app);
    if (parser.isSet(language))
        rs::Translations::install(QLocale(parser.value(language)));
    rs::Appearance::Theme theme = rs::Appearance::chosen();
    if (parser.isSet(appearance) && !rs::Appearance::parse(parser.value(appearance), &theme)) {
        QTextStream(stderr) << QApplication::translate("main", "Unknown appearance: %1").arg(parser.value(appearance))
                            << Qt::endl;
        return 1;
    }
    rs::Appearance::apply(theme);

    rs::MainWindow window;
    rs::HelpActions::install(window.workbench());
    if (!QSettings().contains(QStringLiteral("window/geometry"))) // the first start: room for the grid and the hint
        window.resize(window.screen()->availableSize() * 0.85);
    if (!rs::Welcome::start(window.workbench(), parser.positionalArguments().value(0)))
        return 0; // closed from the welcome: nothing was created, and the next start welcomes again
    window.show();
    rs::FirstRunHint::showOnce(&window, window.navigator());
    return app.exec();
}
