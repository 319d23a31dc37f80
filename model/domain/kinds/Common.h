#pragma once
// What several kinds of change share: a fresh change of a kind, the names their sentences use for what a change
// names, and the checks more than one kind makes. Not part of the model's interface.
#include "Kinds.h"

#include "domain/Rules.h"
#include "domain/Workspace.h"

#include <QCoreApplication>

namespace rs::kinds {

inline Change make(Change::Kind kind)
{
    Change c;
    c.kind = kind;
    return c;
}

// The name of what a change names, or its id when it no longer exists.
QString roleName(const Workspace &ws, Id id);
QString memberName(const Workspace &ws, Id id);
QString productionName(const Workspace &ws, Id id);
QString featureName(const Workspace &ws, Id id);
QString sectionName(const Workspace &ws, Id id);

// Refusals for what a change names and no longer exists.
Error roleGone();
Error memberGone();
Error productionGone();
Error sectionGone();
Error featureGone();
// A built-in role's refusal to be changed.
Error builtInUnchangeable(const Role &role);

// Rule 9 and uniqueness for the names of members, productions, sections and features; `except` is the one renamed.
Status checkMemberName(const Workspace &ws, const QString &name, Id except);
Status checkProductionName(const Workspace &ws, const QString &name, Id except);
Status checkSectionName(const Workspace &ws, const QString &name, Id except);
Status checkFeatureName(const Workspace &ws, const QString &name, Id except);
// An account role a member may be given (0: none).
Status checkAccountRole(const Workspace &ws, Id role);
// The member of a seat change exists and holds the seat in `production`.
Status checkSeatHeld(const Workspace &ws, const Production &production, const Member *member);

} // namespace rs::kinds
