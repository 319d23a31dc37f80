#include "RoleActions.h"

#include "CatalogDialog.h"
#include "CompareDialog.h"
#include "GridPanel.h"
#include "NavigatorPanel.h"
#include "NewRoleDialog.h"
#include "Prompts.h"
#include "Workbench.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/Rules.h"

#include <QAction>

namespace rs {

RoleActions::RoleActions(const Workbench &bench)
    : QObject(bench.window)
    , m_bench(bench)
{
    connect(add(ActionId::NewRole, tr("&New Role…"), QKeySequence(tr("Ctrl+Shift+N"))), &QAction::triggered, this,
        &RoleActions::newRole);
    connect(add(ActionId::FreelancerRole, tr("New Role for a &Freelancer…"), QKeySequence(tr("Ctrl+Shift+F"))),
        &QAction::triggered, this, &RoleActions::newFreelancerRole);
    connect(add(ActionId::DuplicateRole, tr("&Duplicate Role"), QKeySequence(tr("Ctrl+D"))), &QAction::triggered, this,
        &RoleActions::duplicateRole);
    connect(add(ActionId::RenameRole, tr("Re&name Role…"), QKeySequence(Qt::Key_F2)), &QAction::triggered, this,
        &RoleActions::renameRole);
    connect(add(ActionId::DeleteRole, tr("De&lete Role…"), QKeySequence(tr("Ctrl+Del"))), &QAction::triggered, this,
        &RoleActions::deleteRole);
    connect(add(ActionId::CompareRoles, tr("&Compare Roles…"), QKeySequence(tr("Ctrl+Shift+C"))), &QAction::triggered,
        this, &RoleActions::compareRoles);
    connect(add(ActionId::EditCatalog, tr("Edit &Catalog…"), QKeySequence(tr("Ctrl+Shift+K"))), &QAction::triggered,
        this, &RoleActions::editCatalog);
}

QAction *RoleActions::add(ActionId id, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = m_bench.registry->add(id, text, shortcut);
    m_actions.append(action);
    return action;
}

void RoleActions::updateActions()
{
    const bool open = m_bench.document->isOpen();
    const Role *r = open ? m_bench.session->working().role(m_bench.grid->role()) : nullptr;
    for (QAction *a : m_actions)
        a->setEnabled(open);
    m_bench.registry->action(ActionId::DuplicateRole)->setEnabled(r != nullptr);
    m_bench.registry->action(ActionId::RenameRole)->setEnabled(r && !r->isLocked());
    m_bench.registry->action(ActionId::DeleteRole)->setEnabled(r && !r->isLocked());
}

void RoleActions::newRole()
{
    EditSession *session = m_bench.session;
    NewRoleDialog dialog(
        session->working(), NewRoleDialog::Mode::General, m_bench.navigator->currentProduction(), m_bench.window);
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return;
    QList<Change> applied;
    if (session->stageAll(tr("Create a role"), dialog.changes(), &applied))
        m_bench.navigator->selectRole(applied.first().role);
}

void RoleActions::newFreelancerRole()
{
    EditSession *session = m_bench.session;
    if (session->working().productions().isEmpty()) {
        m_bench.steps->showNeedsProduction(
            tr("A freelancer's role belongs to a production: create a production first."));
        return;
    }
    NewRoleDialog dialog(
        session->working(), NewRoleDialog::Mode::Freelancer, m_bench.navigator->currentProduction(), m_bench.window);
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return;
    QList<Change> applied;
    if (session->stageAll(tr("Create a role for a freelancer"), dialog.changes(), &applied))
        m_bench.navigator->selectRole(applied.first().role);
}

QString RoleActions::unusedName(const QString &base, const Role &like) const
{
    const Workspace &ws = m_bench.session->working();
    for (int n = 1;; ++n) {
        const QString name = n == 1 ? tr("%1 (copy)").arg(base) : tr("%1 (copy %2)").arg(base, QString::number(n));
        bool taken = false;
        for (const Role &r : ws.roles()) {
            taken = taken
                || (r.name == name && r.isTemplate == like.isTemplate && r.scope == like.scope
                    && (r.scope == Scope::Account || r.production == 0 || r.production == like.production));
        }
        if (!taken)
            return name;
    }
}

void RoleActions::duplicateRole()
{
    EditSession *session = m_bench.session;
    const Role *r = session->working().role(m_bench.grid->role());
    if (!r)
        return;
    Id production = r->production;
    if (r->isProductionRole() && !production)
        production = m_bench.navigator->currentProduction();
    if (r->isProductionRole() && !production) {
        m_bench.steps->showNeedsProductionPicked(
            tr("Pick the production the copy of %1 is for in the navigator first.").arg(r->name), r->id);
        return;
    }
    Change applied;
    const Change c = Change::createRole(unusedName(r->name, *r), r->scope, production, r->id, r->isTemplate);
    if (session->submit(c, &applied))
        m_bench.navigator->selectRole(applied.role);
}

void RoleActions::renameRole()
{
    EditSession *session = m_bench.session;
    const Role *r = session->working().role(m_bench.grid->role());
    if (!r)
        return;
    bool ok = false;
    const QString name
        = Prompts::text(m_bench.window, tr("Rename role"), tr("New name for %1:").arg(r->name), r->name, &ok);
    if (ok && name != r->name)
        session->submit(Change::renameRole(r->id, name));
}

void RoleActions::deleteRole()
{
    EditSession *session = m_bench.session;
    const Role *r = session->working().role(m_bench.grid->role());
    if (!r)
        return;
    if (Prompts::question(
            m_bench.window, tr("Delete role"), tr("Delete %1?").arg(Rules::roleLabel(session->working(), *r)))
        != QMessageBox::Yes)
        return;
    session->submit(Change::deleteRole(r->id));
}

void RoleActions::compareRoles()
{
    CompareDialog dialog(
        m_bench.session->working(), m_bench.grid->role(), m_bench.navigator->currentProduction(), m_bench.window);
    Prompts::exec(&dialog);
}

void RoleActions::editCatalog()
{
    CatalogDialog dialog(m_bench.session, m_bench.window);
    Prompts::exec(&dialog);
}

} // namespace rs
