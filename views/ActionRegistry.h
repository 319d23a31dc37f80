#pragma once

#include <QKeySequence>
#include <QMap>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace rs {

// The editor window's actions and menus, each found by a typed id rather than by its object name. Every action of
// the window is made through add(): it gets its id's object name (for accessibility and tests) and is found again
// with action(). Adding an action to the editor is one line in the Id list below plus the add() that makes it.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    // The object name of an action is its id's name with a small first letter: NewRole is "newRole".
    enum class Id {
        // File
        New,
        Open,
        ConnectServer,
        ForgetPassword,
        Apply,
        Discard,
        ExportSheet,
        ExportAll,
        ExportWorkspace,
        ExportMatrix,
        ImportFile,
        PrintSheet,
        PreviewSheet,
        Quit,
        // Edit
        Undo,
        Redo,
        UndoImport,
        Review,
        ApplyColumn,
        Find,
        FocusGrid,
        FocusNavigator,
        Preferences,
        // Roles
        NewRole,
        FreelancerRole,
        DuplicateRole,
        RenameRole,
        DeleteRole,
        CompareRoles,
        EditCatalog,
        TemplateDrift,
        // Members
        AddMember,
        SetAccountRole,
        TransferOwnership,
        CreateProduction,
        Invite,
        CheckAccess,
        RenameMemberOrProduction,
        RemoveFromTeam,
        RemoveMember,
        DeleteProduction,
        ExpiringSoon,
        // View
        AuditTrail,
        AccessReviews,
        Duties,
        Approvals,
        // Help
        KeyboardShortcuts,
        WhereToStart,
        About,
    };
    Q_ENUM(Id)
    enum class Menu { File, Edit, Roles, Members, View, Help };
    Q_ENUM(Menu)

    // Actions are made as children of `window`, where the window's shortcuts and accessibility find them.
    explicit ActionRegistry(QWidget *window);

    // Makes the action `id` with `text` and `shortcut`; an id is made once.
    QAction *add(Id id, const QString &text, const QKeySequence &shortcut = QKeySequence());
    // Registers an action made elsewhere (the undo stack's Undo and Redo) under `id`.
    QAction *adopt(Id id, QAction *action);
    // The action `id`, or null while nothing registered it.
    QAction *action(Id id) const { return m_actions.value(id); }
    QList<QAction *> actions(std::initializer_list<Id> ids) const;

    void addMenu(Menu id, QMenu *menu);
    // The menu `id`, or null while nothing registered it.
    QMenu *menu(Menu id) const { return m_menus.value(id); }

    static QString objectName(Id id);
    // The registry of `window`, or null when it has none.
    static ActionRegistry *of(const QWidget *window);

private:
    QWidget *m_window;
    QMap<Id, QAction *> m_actions;
    QMap<Menu, QMenu *> m_menus;
};

using ActionId = ActionRegistry::Id;
using MenuId = ActionRegistry::Menu;

} // namespace rs
