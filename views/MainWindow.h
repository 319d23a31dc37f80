#pragma once

#include "ActionRegistry.h"
#include "MessageBar.h"
#include "Workbench.h"
#include "domain/Entities.h"
#include "domain/Result.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;

namespace rs {

class CentreStack;
class DetailsPanel;
class Document;
class EditSession;
class GridPanel;
class MemberActions;
class NavigatorPanel;
class RecentMenu;
class RoleActions;
class SheetActions;
class Workspace;
class WorkProgress;

// The editor's window: the navigator, the grid and the role details, the menus, and the file and staging actions.
// The open workspace is its Document, which does the storage work off the window's thread; the window shows what
// the document reports.
class MainWindow : public QMainWindow, public WorkspaceSteps
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace (a file or a server address, asking for a server's password when needed), offering to
    // restore staged changes a previous session left behind, and waits until it is open or refused: the event loop
    // runs meanwhile, so the window paints. Returns the outcome.
    Status openWorkspace(const QString &path) override;
    // The same without waiting: the workspace shows once it is read, a failure is told in a message box, and the
    // document's opened() signal tells the outcome. The workspace open before stays until then.
    void openInBackground(const QString &path) override;
    // Creates a default workspace at `path` and opens it; waits as openWorkspace() does.
    Status newWorkspace(const QString &path);
    // Creates `workspace` at `path` and opens it; waits as openWorkspace() does.
    Status newWorkspace(const QString &path, const Workspace &workspace) override;
    // Writes every staged change to the workspace in one transaction and waits for the outcome (the window paints
    // meanwhile). File › Apply does not wait: it starts the apply, and the document's applied() tells the outcome.
    Status applyChanges() override;
    void discardChanges() override;
    void revertImport(const AuditEntry &record) override;
    // Reads the workspace again after another editor or the command line changed it, and stages the changes made
    // here once more on top of it; the document's reloaded() tells when it is done.
    void reloadFromElsewhere();
    // A message that stays until the next edit or until it is closed.
    using WorkspaceSteps::showMessage;
    // A message that stays until its cause is gone, offering the actions that put it right.
    void showMessage(const MessageBar::Message &message) override;
    // "Create a production first", with the button that does: it goes once a production exists.
    void showNeedsProduction(const QString &message) override;
    // A message about role `role` that goes once a production is picked in the navigator or another role is shown.
    void showNeedsProductionPicked(const QString &message, Id role) override;

    // What the window's features stand on: they are given this, never the window.
    const Workbench &workbench() const { return m_bench; }

    Document *document() const { return m_document; }
    EditSession *session() const { return m_session; }
    WorkProgress *progress() const { return m_progress; }
    NavigatorPanel *navigator() const { return m_navigator; }
    GridPanel *grid() const { return m_grid; }
    DetailsPanel *details() const { return m_details; }
    CentreStack *centre() const { return m_centre; }
    RoleActions *roleActions() const { return m_roleActions; }
    MemberActions *memberActions() const { return m_memberActions; }
    SheetActions *sheetActions() const { return m_sheetActions; }
    // The text of the message bar; it is visible while the bar is.
    QLabel *messageBar() const { return m_messageBar->label(); }
    MessageBar *messages() const { return m_messageBar; }
    // The window's actions and menus by typed id.
    ActionRegistry *registry() const { return m_registry; }
    QAction *action(ActionId id) const { return m_registry->action(id); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void updateTitle();
    void offerJournal();
    void opened(const Status &status);
    void applied(const Status &status, int count);
    void reloaded(const Status &status, int refused);
    void workFinished();
    Status openAndWait(const QString &path, const QString &password);
    bool confirmLeavingStaged();
    void openDialog();
    void newDialog();
    void review();
    void about();

    ActionRegistry *m_registry;
    Workbench m_bench;
    Document *m_document;
    EditSession *m_session;
    WorkProgress *m_progress;
    NavigatorPanel *m_navigator;
    GridPanel *m_grid;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    CentreStack *m_centre = nullptr;
    MessageBar *m_messageBar;
    QAction *m_offerProduction;
    RoleActions *m_roleActions;
    MemberActions *m_memberActions;
    SheetActions *m_sheetActions;
    RecentMenu *m_recent = nullptr;
    int m_waiting = 0; // opens a caller waits for, which tells their failure itself
    bool m_cancelled = false; // the open under way was cancelled from the window
    bool m_closeWhenDone = false; // the window was closed while an apply ran: it closes once that is done
    Id m_roleBefore = 0; // the role shown when the work under way started
};

} // namespace rs
