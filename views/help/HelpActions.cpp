#include "HelpActions.h"

#include "FirstRunHint.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "ShortcutsDialog.h"
#include "preferences/PreferencesDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTimer>

namespace rs {

namespace {

// The window's menu `id`, or a new menu at the end of the menu bar.
QMenu *menuOf(MainWindow *window, MenuId id, const QString &fallbackTitle)
{
    if (QMenu *menu = window->registry()->menu(id))
        return menu;
    QMenu *menu = window->menuBar()->addMenu(fallbackTitle);
    window->registry()->addMenu(id, menu);
    return menu;
}

} // namespace

void HelpActions::install(MainWindow *window)
{
    ActionRegistry *registry = window->registry();
    if (registry->action(ActionId::KeyboardShortcuts))
        return;
    QAction *preferences = registry->add(ActionId::Preferences, tr("&Preferences…"), QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    QObject::connect(preferences, &QAction::triggered, window, [window]() { showPreferences(window); });
    QMenu *edit = menuOf(window, MenuId::Edit, tr("&Edit"));
    edit->addSeparator();
    edit->addAction(preferences);

    QAction *shortcuts
        = registry->add(ActionId::KeyboardShortcuts, tr("&Keyboard Shortcuts…"), QKeySequence::HelpContents);
    QObject::connect(shortcuts, &QAction::triggered, window, [window]() { showShortcuts(window); });
    QAction *start = registry->add(ActionId::WhereToStart, tr("&Where to Start"));
    QObject::connect(
        start, &QAction::triggered, window, [window]() { FirstRunHint::showNow(window, window->navigator()); });
    QMenu *help = menuOf(window, MenuId::Help, tr("&Help"));
    QAction *first = help->actions().value(0);
    help->insertAction(first, shortcuts);
    help->insertAction(first, start);
    if (first)
        help->insertSeparator(first);
}

void HelpActions::showShortcuts(MainWindow *window)
{
    ShortcutsDialog dialog(window, window);
    Prompts::exec(&dialog);
}

void HelpActions::showPreferences(MainWindow *window)
{
    PreferencesDialog dialog(window);
    bool restart = false;
    QObject::connect(&dialog, &PreferencesDialog::restartRequested, window, [&restart]() { restart = true; });
    Prompts::exec(&dialog);
    if (restart)
        QTimer::singleShot(0, window, [window]() { restartApplication(window); });
}

bool HelpActions::restartApplication(MainWindow *window)
{
    // Closing asks about staged changes first; staged changes left unapplied come back from the journal anyway.
    if (!window->close())
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
