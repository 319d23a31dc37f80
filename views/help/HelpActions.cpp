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

namespace rs {

namespace {

// The menu that shows `action`, or a new menu at the end of the menu bar.
QMenu *menuHolding(MainWindow *window, const QString &action, const QString &fallbackTitle)
{
    if (QAction *a = window->action(action)) {
        for (QObject *holder : a->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(holder))
                return menu;
        }
    }
    return window->menuBar()->addMenu(fallbackTitle);
}

QAction *makeAction(MainWindow *window, const QString &name, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, window);
    action->setObjectName(name);
    action->setShortcut(keys);
    return action;
}

} // namespace

void HelpActions::install(MainWindow *window)
{
    if (window->action(QStringLiteral("keyboardShortcuts")))
        return;
    QAction *preferences = makeAction(window, QStringLiteral("preferences"),
        tr("&Preferences…"), QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    QObject::connect(preferences, &QAction::triggered, window, [window]() { showPreferences(window); });
    QMenu *edit = menuHolding(window, QStringLiteral("undo"), tr("&Edit"));
    edit->addSeparator();
    edit->addAction(preferences);

    QAction *shortcuts = makeAction(window, QStringLiteral("keyboardShortcuts"),
        tr("&Keyboard Shortcuts…"), QKeySequence::HelpContents);
    QObject::connect(shortcuts, &QAction::triggered, window, [window]() { showShortcuts(window); });
    QAction *start = makeAction(
        window, QStringLiteral("whereToStart"), tr("&Where to Start"), QKeySequence());
    QObject::connect(start, &QAction::triggered, window,
        [window]() { FirstRunHint::showNow(window, window->navigator()); });
    QMenu *help = menuHolding(window, QStringLiteral("about"), tr("&Help"));
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
    Prompts::exec(&dialog);
}

} // namespace rs
