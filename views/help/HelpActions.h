#pragma once

#include <QCoreApplication>

namespace rs {

struct Workbench;

// Adds the help and preference actions to a main window's menus: Edit › Preferences, Help › Keyboard Shortcuts and
// Help › Where to Start, found beside the window's own Undo and About entries.
class HelpActions
{
    Q_DECLARE_TR_FUNCTIONS(rs::HelpActions)

public:
    static void install(const Workbench &bench);
    static void showShortcuts(const Workbench &bench);
    static void showPreferences(const Workbench &bench);
    // Closes the window (asking about staged changes) and starts the editor again in the language just chosen;
    // false when the person chose to stay.
    static bool restartApplication(const Workbench &bench);
};

} // namespace rs
