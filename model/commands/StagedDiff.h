#pragma once

#include "DatedDiff.h"
#include "domain/AccessImpact.h"
#include "domain/Workspace.h"

#include <QStringList>

namespace rs {

// A role that staged changes add, remove or alter, cell by cell.
struct RoleChange
{
    enum class Kind { Added, Removed, Changed };
    Id role = 0;
    Kind kind = Kind::Changed;
    QString label; // the role as people name it, in the working copy (or the stored one when removed)
    QStringList notes; // renamed, guardrails, reach, description
    QList<CellChange> cells;
};

// The difference the staged changes make: roles cell by cell, other changes in words, and who gains or loses what.
struct StagedDiff
{
    QList<RoleChange> roles;
    QStringList others;
    // The dates before and after of the lines of `others` that set dates, by their index in `others`.
    QHash<qsizetype, DatedChange> dates;
    QList<AccessChange> access;
    // Access that starts or ends at another time, which the access of this moment does not show.
    QList<TimedAccess> timed;
    int membersAffected = 0;
    int membersShown = 0;
};

// Compares the working copy with the stored workspace. Impact is worked out for at most `maxMembers` members.
StagedDiff diffStaged(
    const Workspace &stored, const Workspace &working, const QList<Change> &staged, int maxMembers = 200);

} // namespace rs
