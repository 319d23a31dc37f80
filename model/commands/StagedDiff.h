#pragma once

#include "DatedDiff.h"
#include "domain/Workspace.h"

#include <QStringList>

namespace rs {

// One cell of a role that staged changes alter.
struct CellChange
{
    Id feature = 0;
    Levels before;
    Levels after;
};

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

// What one member gains or loses on one feature, in the listed productions (none for account-wide features).
struct AccessChange
{
    Id member = 0;
    Id feature = 0;
    Levels before;
    Levels after;
    QList<Id> productions;
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
