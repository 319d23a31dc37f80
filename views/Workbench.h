#pragma once

#include "ActionRegistry.h"
#include "MessageBar.h"
#include "domain/Entities.h"
#include "domain/Result.h"

#include <QMainWindow>

namespace rs {

class Document;
class EditSession;
class GridPanel;
class NavigatorPanel;
class Workspace;
class WorkProgress;
struct AuditEntry;

// What a feature may ask of the window that composes it: the steps that replace or write the whole workspace, and
// the messages shown above the grid. The window carries them out; a feature never sees the window's class.
class WorkspaceSteps
{
public:
    // Opens a workspace (asking for a server's password when needed) and waits, the window painting meanwhile.
    virtual Status openWorkspace(const QString &path) = 0;
    // Opens a workspace without waiting; a failure is told in a message box.
    virtual void openInBackground(const QString &path) = 0;
    // Creates `workspace` at `path` and opens it, waiting as openWorkspace() does.
    virtual Status newWorkspace(const QString &path, const Workspace &workspace) = 0;
    // Writes every staged change in one transaction and waits for the outcome.
    virtual Status applyChanges() = 0;
    virtual void discardChanges() = 0;
    // Brings back the workspace a whole-workspace import replaced, named by its audit record.
    virtual void revertImport(const AuditEntry &record) = 0;
    // A message above the grid that stays until its cause is gone (or the next edit, for plain text).
    virtual void showMessage(const MessageBar::Message &message) = 0;
    void showMessage(const QString &text) { showMessage(MessageBar::Message { text, QString(), {}, {} }); }
    // "Create a production first", offering the action that does.
    virtual void showNeedsProduction(const QString &message) = 0;
    // A message about `role` that goes once a production is picked or another role is shown.
    virtual void showNeedsProductionPicked(const QString &message, Id role) = 0;

protected:
    ~WorkspaceSteps() = default;
};

// What every feature of the editor stands on (roles, members, sheets, audit, reviews, expiring access, welcome,
// help): the open document and its edit session, the action registry, the navigator's choice, and the steps over
// the whole workspace. The window fills it in once and hands it to each feature it composes; none of them includes
// the window's header.
struct Workbench
{
    QMainWindow *window = nullptr; // the parent of the feature's dialogs, with the menu and status bars
    Document *document = nullptr;
    EditSession *session = nullptr;
    ActionRegistry *registry = nullptr;
    WorkProgress *progress = nullptr;
    NavigatorPanel *navigator = nullptr;
    GridPanel *grid = nullptr;
    WorkspaceSteps *steps = nullptr;
};

} // namespace rs
