#pragma once

#include "domain/Workspace.h"

#include <QStringList>

namespace rs {

// A role as the difference of two workspaces names it: the ids of two workspaces say nothing about each other.
struct RoleName
{
    QString name;
    QString production; // the production a custom production role belongs to; empty otherwise
    Scope scope = Scope::Account;
    bool isTemplate = false;
    bool operator==(const RoleName &) const = default;
};

// What replacing one whole workspace by another changes, in names: roles, grants cell by cell, members and their
// account roles, productions and their team seats, the catalog and the workspace's name.
struct WorkspaceDiff
{
    struct RoleRenamed
    {
        RoleName before;
        RoleName after;
    };
    struct Grant
    {
        RoleName role; // as named after the change
        QString feature;
        Levels before;
        Levels after;
    };
    struct Renamed
    {
        QString before;
        QString after;
    };
    struct MemberRole
    {
        QString member; // as named after the change
        QString before; // account role names; empty: none
        QString after;
        // The account role's end as a person reads it ("31 Mar 2027"); empty when it does not end.
        QString untilBefore;
        QString untilAfter;
    };
    // A production whose wrap date changes; empty: no wrap date.
    struct Wrap
    {
        QString production; // as named after the change
        QString before;
        QString after;
    };
    struct Seat
    {
        QString production; // as named after the change
        QString member;
        QString before; // production role names; empty: not on the team
        QString after;
        // The seat's own dates, as a person reads them in the workspace's time zone ("until 30 Nov 2026"); empty
        // when the seat has none. A seat whose dates alone change is listed with its role on both sides.
        QString termBefore;
        QString termAfter;
    };

    QString nameBefore;
    QString nameAfter;
    QStringList featuresAdded;
    QStringList featuresRemoved;
    QList<RoleName> rolesAdded;
    QList<RoleName> rolesRemoved;
    QList<RoleRenamed> rolesRenamed;
    // Cells of roles both workspaces hold, on features both hold, whose levels differ.
    QList<Grant> grants;
    QStringList membersAdded;
    QStringList membersRemoved;
    QList<Renamed> membersRenamed;
    QList<MemberRole> memberRoles;
    QStringList productionsAdded;
    QStringList productionsRemoved;
    QList<Renamed> productionsRenamed;
    QList<Seat> seats;
    QList<Wrap> wraps;

    // `after` with the ids of `before` wherever the two hold the same thing, and new ids above every id of `before`
    // elsewhere: what diffStaged() takes as the working copy to show the change cell by cell and its impact on members.
    Workspace aligned;

    bool isEmpty() const;
    // Every change but the roles' (those diffStaged() shows cell by cell), one line each, translated; past
    // `maxLines`, one line says how many more there are.
    QStringList otherLines(int maxLines = 2000) const;
};

// Compares two whole workspaces, for instance the stored one and one about to be imported over it. Their ids may have
// nothing in common (a workspace exported elsewhere), so things are matched by name: sections and features by name,
// members and productions by name, built-in roles by what they are, other roles by name within their scope (account
// role, template, or production role of the same production). What is left unmatched on both sides is then matched
// by id, when both hold the same id for the same kind of thing: that is a rename.
WorkspaceDiff diffWorkspaces(const Workspace &before, const Workspace &after);

} // namespace rs
