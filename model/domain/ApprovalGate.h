#pragma once

#include "Workspace.h"

namespace rs::approval {

// Whether a change needs a second person's approval under the workspace's policy, judged on the workspace as it is
// before the change. Unknown: the change names something the workspace does not hold (it is gone, or the change would
// be refused); before a change is applied that counts as gated.
enum class Gate { Open, Gated, Unknown };

// One decision for every kind of change (ApprovalGate.cpp): a kind without one does not compile.
Gate gate(const Workspace &ws, const Change &change);
// The positions of the changes that are gated, each judged on the workspace as the changes before it leave it.
QList<int> gated(const Workspace &ws, const QList<Change> &changes);

// Who may approve: the owner, members whose account role is Admin, and those the policy names.
bool mayApprove(const Workspace &ws, Id member);
// Whether the changes alter the member's own access: their account role or seats, a role they hold, ownership.
bool touchesAccessOf(const Workspace &ws, const QList<Change> &changes, Id member);

} // namespace rs::approval
