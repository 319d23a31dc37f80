#include "NavigatorMenu.h"

#include "itemmodels/NavigatorModel.h"

#include <QAction>
#include <QMenu>
#include <QTreeView>

namespace rs::navigatormenu {

QList<ActionId> actionsFor(int kind, int group)
{
    switch (kind) {
    case NavigatorModel::AccountRoleNode:
    case NavigatorModel::TemplateNode:
    case NavigatorModel::ProductionRoleNode:
        return { ActionId::DuplicateRole, ActionId::RenameRole, ActionId::DeleteRole, ActionId::CompareRoles };
    case NavigatorModel::MemberNode:
        return { ActionId::SetAccountRole, ActionId::Invite, ActionId::CheckAccess, ActionId::RenameMemberOrProduction,
            ActionId::TransferOwnership, ActionId::RemoveMember };
    case NavigatorModel::SeatNode:
        return { ActionId::CheckAccess, ActionId::SetAccountRole, ActionId::RemoveFromTeam };
    case NavigatorModel::ProductionNode:
        return { ActionId::Invite, ActionId::FreelancerRole, ActionId::RenameMemberOrProduction,
            ActionId::DeleteProduction };
    case NavigatorModel::RolesFolderNode:
        return { ActionId::NewRole, ActionId::FreelancerRole };
    case NavigatorModel::TeamFolderNode:
        return { ActionId::Invite };
    case NavigatorModel::GroupNode:
        switch (group) {
        case NavigatorModel::AccountRoles:
        case NavigatorModel::Templates:
            return { ActionId::NewRole };
        case NavigatorModel::Productions:
            return { ActionId::CreateProduction };
        case NavigatorModel::Members:
            return { ActionId::AddMember };
        default:
            return {};
        }
    default:
        return {};
    }
}

QMenu *menuFor(const QModelIndex &index, ActionRegistry *registry, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("navigatorMenu"));
    if (!index.isValid())
        return menu;
    const int kind = index.data(NavigatorModel::KindRole).toInt();
    for (ActionId id : actionsFor(kind, index.row())) {
        if (QAction *action = registry->action(id))
            menu->addAction(action);
    }
    return menu;
}

void install(QTreeView *tree, ActionRegistry *registry)
{
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(tree, &QWidget::customContextMenuRequested, tree, [tree, registry](const QPoint &pos) {
        const QModelIndex index = tree->indexAt(pos);
        if (!index.isValid())
            return;
        // The row under the pointer is the one the actions act on.
        tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        QMenu *menu = menuFor(index, registry, tree);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        if (menu->isEmpty())
            delete menu;
        else
            menu->popup(tree->viewport()->mapToGlobal(pos));
    });
}

} // namespace rs::navigatormenu
