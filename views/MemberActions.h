#pragma once

#include "ActionRegistry.h"
#include "Workbench.h"
#include "domain/Entities.h"

#include <QObject>

class QAction;

namespace rs {

// The Members menu: add members, set account roles, transfer ownership, create productions, invite, check access.
class MemberActions : public QObject
{
    Q_OBJECT
public:
    explicit MemberActions(const Workbench &bench);

    QList<QAction *> actions() const { return m_actions; }
    void updateActions();

    void addMember();
    void setAccountRole();
    void transferOwnership();
    void createProduction();
    void invite();
    void checkAccess();
    void removeFromTeam();
    // Renames the member or the production picked in the navigator.
    void renameSelected();
    void removeMember();
    void deleteProduction();

private:
    QAction *add(ActionId id, const QString &text, const QKeySequence &shortcut);

    Workbench m_bench;
    QList<QAction *> m_actions;
};

} // namespace rs
