#include "HelpActions.h"

#include "FirstRunHint.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "ShortcutsDialog.h"
#include "Workbench.h"
#include "preferences/PreferencesDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTimer>

namespace rs {

namespace {

// The window's menu `id`, or a new menu at the end of the menu bar.
QMenu *menuOf(const Workbench &bench, MenuId id, const QString &fallbackTitle)
{
    if (QMenu *menu = bench.registry->menu(id))
        return menu;
    QMenu *menu = bench.window->menuBar()->addMenu(fallbackTitle);
    bench.registry->addMenu(id, menu);
    return menu;
}

} // namespace

void HelpActions::install(const Workbench &bench)
{
    ActionRegistry *registry = bench.registry;
    if (registry->action(ActionId::KeyboardShortcuts))
        return;
    QAction *preferences = registry->add(ActionId::Preferences, tr("&Preferences…"), QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    QObject::connect(preferences, &QAction::triggered, bench.window, [bench]() { showPreferences(bench); });
    QMenu *edit = menuOf(bench, MenuId::Edit, tr("&Edit"));
    edit->addSeparator();
    edit->addAction(preferences);

    QAction *shortcuts
        = registry->add(ActionId::KeyboardShortcuts, tr("&Keyboard Shortcuts…"), QKeySequence::HelpContents);
    QObject::connect(shortcuts, &QAction::triggered, bench.window, [bench]() { showShortcuts(bench); });
    QAction *start = registry->add(ActionId::WhereToStart, tr("&Where to Start"));
    QObject::connect(
        start, &QAction::triggered, bench.window, [bench]() { FirstRunHint::showNow(bench.window, bench.navigator); });
    QMenu *help = menuOf(bench, MenuId::Help, tr("&Help"));
    QAction *first = help->actions().value(0);
    help->insertAction(first, shortcuts);
    help->insertAction(first, start);
    if (first)
        help->insertSeparator(first);
}

void HelpActions::showShortcuts(const Workbench &bench)
{
    ShortcutsDialog dialog(bench.window, bench.window);
    Prompts::exec(&dialog);
}

void HelpActions::showPreferences(const Workbench &bench)
{
    PreferencesDialog dialog(bench.window);
    bool restart = false;
    QObject::connect(&dialog, &PreferencesDialog::restartRequested, bench.window, [&restart]() { restart = true; });
    Prompts::exec(&dialog);
    if (restart)
        QTimer::singleShot(0, bench.window, [bench]() { restartApplication(bench); });
}

bool HelpActions::restartApplication(const Workbench &bench)
{
    // Closing asks about staged changes first; staged changes left unapplied come back from the journal anyway.
    if (!bench.window->close())
        return false;
    QStringList arguments = QCoreApplication::arguments().mid(1);
    // A --language given for the old session would hide the choice just made.
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--language") && i + 1 < arguments.size())
            arguments.remove(i, 2), --i;
        else if (arguments.at(i).startsWith(QLatin1String("--language=")))
            arguments.remove(i--);
    }
    const bool started = QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
    return started;
}

} // namespace rs
