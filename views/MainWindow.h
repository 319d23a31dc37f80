#pragma once

#include "MessageBar.h"
#include "domain/Entities.h"
#include "domain/Result.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;

namespace rs {

class DetailsPanel;
class EditSession;
class GridPanel;
class Journal;
class MemberActions;
class NavigatorPanel;
class RoleActions;
class SheetActions;
class Store;
class Workspace;
class StoreWatcher;

// The editor's window: the navigator, the grid and the role details, the menus, and the file and staging actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace file, offering to restore staged changes a previous session left behind.
    Status openWorkspace(const QString &path);
    // Creates a default workspace at `path` and opens it.
    Status newWorkspace(const QString &path);
    // Creates `workspace` at `path` and opens it.
    Status newWorkspace(const QString &path, const Workspace &workspace);
    // Writes every staged change to the workspace in one transaction.
    Status applyChanges();
    void discardChanges();
    // Reads the workspace again after another editor or the command line changed it, and stages the changes made
    // here once more on top of it.
    void reloadFromElsewhere();
    // A message that stays until the next edit or until it is closed.
    void showMessage(const QString &message);
    // A message that stays until its cause is gone, offering the actions that put it right.
    void showMessage(const MessageBar::Message &message);
    // "Create a production first", with the button that does: it goes once a production exists.
    void showNeedsProduction(const QString &message);
    // A message about role `role` that goes once a production is picked in the navigator or another role is shown.
    void showNeedsProductionPicked(const QString &message, Id role);

    EditSession *session() const { return m_session; }
    Store *store() const { return m_store.get(); }
    NavigatorPanel *navigator() const { return m_navigator; }
    GridPanel *grid() const { return m_grid; }
    DetailsPanel *details() const { return m_details; }
    RoleActions *roleActions() const { return m_roleActions; }
    MemberActions *memberActions() const { return m_memberActions; }
    SheetActions *sheetActions() const { return m_sheetActions; }
    // The text of the message bar; it is visible while the bar is.
    QLabel *messageBar() const { return m_messageBar->label(); }
    MessageBar *messages() const { return m_messageBar; }
    QAction *action(const QString &name) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void updateTitle();
    void writeJournal();
    void offerJournal();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    bool confirmLeavingStaged();
    void openDialog();
    void newDialog();
    void review();
    void about();
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<StoreWatcher> m_watcher;
    EditSession *m_session;
    NavigatorPanel *m_navigator;
    GridPanel *m_grid;
    DetailsPanel *m_details;
    QSplitter *m_splitter;
    MessageBar *m_messageBar;
    QAction *m_offerProduction;
    RoleActions *m_roleActions;
    MemberActions *m_memberActions;
    SheetActions *m_sheetActions;
    QMenu *m_recentMenu = nullptr;
    bool m_restoring = false;
    bool m_journalOfferPending = false; // a journal waits to be offered once the window is on screen
    QTimer *m_journalTimer;
};

} // namespace rs
