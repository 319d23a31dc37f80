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
    QAction *preferences
        = makeAction(window, QStringLiteral("preferences"), tr("&Preferences…"), QKeySequence(tr("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);
    QObject::connect(preferences, &QAction::triggered, window, [window]() { showPreferences(window); });
    QMenu *edit = menuHolding(window, QStringLiteral("undo"), tr("&Edit"));
    edit->addSeparator();
    edit->addAction(preferences);

    QAction *shortcuts = makeAction(
        window, QStringLiteral("keyboardShortcuts"), tr("&Keyboard Shortcuts…"), QKeySequence::HelpContents);
    QObject::connect(shortcuts, &QAction::triggered, window, [window]() { showShortcuts(window); });
    QAction *start = makeAction(window, QStringLiteral("whereToStart"), tr("&Where to Start"), QKeySequence());
    QObject::connect(
        start, &QAction::triggered, window, [window]() { FirstRunHint::showNow(window, window->navigator()); });
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
