#pragma once

#include "ActionRegistry.h"

#include <QList>

class QMenu;
class QModelIndex;
class QTreeView;

namespace rs {

// The navigator's right-click menu, made for the row clicked: a role's actions on a role, a member's on a member or a
// seat, a production's on a production, and on a group or folder what adds to it. The row is picked first, so the
// actions act on it.
namespace navigatormenu {

// The actions offered on a row of this kind (NavigatorModel::NodeKind); `group` is the row of a group row.
QList<ActionId> actionsFor(int kind, int group);
// Shows the menu on a right click in `tree`, with the registry's actions.
void install(QTreeView *tree, ActionRegistry *registry);
// The menu for `index`, as a right click shows it; the caller owns it.
QMenu *menuFor(const QModelIndex &index, ActionRegistry *registry, QWidget *parent);

} // namespace navigatormenu
} // namespace rs
