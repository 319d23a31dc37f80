// The desktop editor: opens a workspace file (the last one, or the default) in the main window.
#include "Benchmark.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "Screenshots.h"
#include "appearance/Appearance.h"
#include "help/FirstRunHint.h"
#include "help/HelpActions.h"
#include "i18n/Translations.h"
#include "welcome/Welcome.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

int main(int argc, char *argv[])
{
    rs::Benchmark::markStart();
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
    const QCommandLineOption benchmark(QStringLiteral("benchmark"),
        QApplication::translate("main",
            "Measure start-up, role switching, cell toggling and memory on the stress "
            "workspace, print the figures and quit."));
    const QCommandLineOption benchmarkRun(QStringLiteral("benchmark-run"),
        QApplication::translate("main", "One measured start on FILE (used by --benchmark)."), QStringLiteral("FILE"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QApplication::translate("main", "Save pictures of the window and dialogs on a sample workspace into DIR."),
        QStringLiteral("DIR"));
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
    parser.addOption(screenshots);
    parser.addOption(benchmark);
    parser.addOption(benchmarkRun);
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

    if (parser.isSet(benchmark))
        return rs::Benchmark::runAll();
    if (parser.isSet(screenshots))
        return rs::Screenshots::take(parser.value(screenshots));

    if (parser.isSet(benchmarkRun)) {
        // The measured run keeps its settings and journals apart and answers "restore?" with no.
        QStandardPaths::setTestModeEnabled(true);
        rs::Prompts::setNextAnswer(QMessageBox::No);
    }
    rs::MainWindow window;
    rs::HelpActions::install(&window);
    if (!QSettings().contains(QStringLiteral("window/geometry"))) // the first start: room for the grid and the hint
        window.resize(window.screen()->availableSize() * 0.85);
    if (parser.isSet(benchmarkRun)) {
        const QString path = parser.value(benchmarkRun);
        const rs::Status status = QFileInfo::exists(path) ? window.openWorkspace(path) : window.newWorkspace(path);
        if (!status) {
            rs::Prompts::warning(nullptr, QApplication::translate("main", "Rolesheet"), status.error().message);
            return 2;
        }
    } else if (!rs::Welcome::start(&window, parser.positionalArguments().value(0))) {
        return 0; // closed from the welcome: nothing was created, and the next start welcomes again
    }
    window.show();
    if (parser.isSet(benchmarkRun))
        return rs::Benchmark::measure(window);
    rs::FirstRunHint::showOnce(&window, window.navigator());
    return app.exec();
}
