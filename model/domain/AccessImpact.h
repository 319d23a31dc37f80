#pragma once

#include "Workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QStringList>

namespace rs {

// One cell of a role that changes between two workspaces.
struct CellChange
{
    Id feature = 0;
    Levels before;
    Levels after;
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

// Who gains or loses what between `stored` and `working`, worked out for at most `maxMembers` members (lowest ids
// first) of `membersAffected`.
struct AccessImpact
{
    QList<AccessChange> access;
    int membersAffected = 0;
    int membersShown = 0;
};

// The cells of one role that differ (`before` or `after` null: the role is added or removed), in catalog order.
QList<CellChange> cellChanges(const Workspace &stored, const Workspace &working, const Role *before, const Role *after);

// The members whose access may differ (holders of changed cells' roles, members whose account role or seats
// changed, members added or removed), each checked on the features that can differ for them.
AccessImpact accessImpact(const Workspace &stored, const Workspace &working, int maxMembers);

// The impact with names instead of ids, as kept in the audit record of an applied approval request: an array of
// {"member", "feature", "before", "after", "productions"}, levels in the command line's notation ("view,edit").
QJsonArray impactJson(const Workspace &stored, const Workspace &working, const QList<AccessChange> &access);

// One row of an impact as impactJson() wrote it, read back: names as they were, levels parsed (none when unreadable).
struct KeptAccessChange
{
    QString member;
    QString feature; // the catalog's stored name
    Levels before;
    Levels after;
    QStringList productions;
};
QList<KeptAccessChange> keptImpact(const QJsonArray &impact);

} // namespace rs
