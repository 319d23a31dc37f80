#pragma once

#include "ActionRegistry.h"
#include "Workbench.h"
#include "domain/Entities.h"

#include <QObject>

class QAction;

namespace rs {

// The Roles menu: new role, new role for a freelancer, duplicate, rename, delete, compare, and catalog editing.
class RoleActions : public QObject
{
    Q_OBJECT
public:
    explicit RoleActions(const Workbench &bench);

    QList<QAction *> actions() const { return m_actions; }
    void updateActions();

    void newRole();
    void newFreelancerRole();
    void duplicateRole();
    void renameRole();
    void deleteRole();
    void compareRoles();
    void editCatalog();

private:
    QAction *add(ActionId id, const QString &text, const QKeySequence &shortcut);
    QString unusedName(const QString &base, const Role &like) const;

    Workbench m_bench;
    QList<QAction *> m_actions;
};

} // namespace rs
