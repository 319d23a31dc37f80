#include "StagedDiff.h"

#include "domain/Access.h"
#include "domain/Rules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace rs {

namespace {

RoleChange compareRole(const Workspace &stored, const Workspace &working, const Role *before, const Role *after)
{
    RoleChange rc;
    rc.role = after ? after->id : before->id;
    rc.kind = !before ? RoleChange::Kind::Added : !after ? RoleChange::Kind::Removed : RoleChange::Kind::Changed;
    rc.label = after ? Rules::roleLabel(working, *after) : Rules::roleLabel(stored, *before);
    if (before && after) {
        if (before->name != after->name)
            rc.notes << QCoreApplication::translate("rs::StagedDiff", "Renamed from \u201c%1\u201d").arg(before->name);
        if (before->guardrails != after->guardrails)
            rc.notes << QCoreApplication::translate("rs::StagedDiff", "Guardrails: %1 \u2192 %2")
                            .arg(before->guardrails.isEmpty() ? QCoreApplication::translate("rs::StagedDiff", "none")
                                                              : before->guardrails.toText(),
                                after->guardrails.isEmpty() ? QCoreApplication::translate("rs::StagedDiff", "none")
                                                            : after->guardrails.toText());
        if (before->invitedOnly != after->invitedOnly)
            rc.notes << (after->invitedOnly
                    ? QCoreApplication::translate("rs::StagedDiff", "Now reaches invited productions only")
                    : QCoreApplication::translate("rs::StagedDiff", "Now reaches every production"));
        if (before->description != after->description)
            rc.notes << QCoreApplication::translate("rs::StagedDiff", "Description changed");
    }
    const Workspace &catalog = after ? working : stored;
    for (const Feature &f : catalog.features()) {
        const Feature *sf = stored.feature(f.id);
        const Levels b = before && sf ? stored.grant(*before, *sf) : Levels();
        const Levels a = after ? working.grant(*after, f) : Levels();
        if (a != b)
            rc.cells.append(CellChange { f.id, b, a });
    }
    return rc;
}

QList<Id> productionsToCheck(const Workspace &ws, const Member &m)
{
    const Role *account = ws.role(m.accountRole);
    if (account && !account->invitedOnly)
        return ws.productions().keys();
    QList<Id> result;
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        if (it.key().member == m.id)
            result.append(it.key().production);
    }
    return result;
}

} // namespace

StagedDiff diffStaged(const Workspace &stored, const Workspace &working, const QList<Change> &staged, int maxMembers)
{
    StagedDiff diff;
    QSet<Id> roleIds;
    for (const Role &r : stored.roles())
        roleIds.insert(r.id);
    for (const Role &r : working.roles())
        roleIds.insert(r.id);
    QList<Id> sortedRoles(roleIds.cbegin(), roleIds.cend());
    std::sort(sortedRoles.begin(), sortedRoles.end());
    QHash<Id, QSet<Id>> changedFeatures; // role -> features whose cells differ
    for (Id id : sortedRoles) {
        const Role *before = stored.role(id);
        const Role *after = working.role(id);
        if (before && after && *before == *after && stored.features() == working.features())
            continue;
        RoleChange rc = compareRole(stored, working, before, after);
        if (rc.kind == RoleChange::Kind::Changed && rc.cells.isEmpty() && rc.notes.isEmpty())
            continue;
        for (const CellChange &c : rc.cells)
            changedFeatures[id].insert(c.feature);
        diff.roles.append(rc);
    }
    for (const Change &c : staged) {
        if (c.area() == Change::Area::Role)
            continue;
        if (const std::optional<DatedChange> dated = datedChange(stored, working, c)) {
            diff.dates.insert(diff.others.size(), *dated);
            diff.others << dated->text;
        } else {
            diff.others << c.describe(working);
        }
    }
    diff.timed = timedAccess(stored, working, QDateTime::currentDateTimeUtc());

    // Members whose access may differ: holders of changed roles, and members whose roles or seats changed.
    QHash<Id, QSet<Id>> memberFeatures; // member -> features to check; empty set: all
    QSet<Id> everything;
    for (auto it = changedFeatures.cbegin(); it != changedFeatures.cend(); ++it) {
        QList<Id> holders = stored.holders(it.key());
        holders += working.holders(it.key());
        for (Id m : holders)
            memberFeatures[m].unite(it.value());
    }
    for (const Member &m : working.members()) {
        const Member *before = stored.member(m.id);
        if (!before || before->accountRole != m.accountRole)
            everything.insert(m.id);
    }
    for (const Member &m : stored.members()) {
        if (!working.member(m.id))
            everything.insert(m.id);
    }
    for (auto it = working.seats().cbegin(); it != working.seats().cend(); ++it) {
        if (stored.seats().value(it.key()) != it.value())
            everything.insert(it.key().member);
    }
    for (auto it = stored.seats().cbegin(); it != stored.seats().cend(); ++it) {
        if (!working.seats().contains(it.key()))
            everything.insert(it.key().member);
    }
    for (Id m : std::as_const(everything))
        memberFeatures[m] = {};
    QList<Id> members = memberFeatures.keys();
    std::sort(members.begin(), members.end());
    diff.membersAffected = int(members.size());
    members = members.mid(0, maxMembers);
    diff.membersShown = int(members.size());

    for (Id memberId : std::as_const(members)) {
        const Member *mb = stored.member(memberId);
        const Member *ma = working.member(memberId);
        QList<Id> productions;
        if (mb)
            productions += productionsToCheck(stored, *mb);
        if (ma)
            productions += productionsToCheck(working, *ma);
        std::sort(productions.begin(), productions.end());
        productions.erase(std::unique(productions.begin(), productions.end()), productions.end());
        const QSet<Id> &only = memberFeatures.value(memberId);
        for (const Feature &f : working.features()) {
            if (!only.isEmpty() && !only.contains(f.id))
                continue;
            if (f.scope == Scope::Account) {
                const Levels b = effectiveAccess(stored, memberId, 0, f.id).levels;
                const Levels a = effectiveAccess(working, memberId, 0, f.id).levels;
                if (a != b)
                    diff.access.append(AccessChange { memberId, f.id, b, a, {} });
                continue;
            }
            // One row per distinct before/after pair, listing the productions where it holds.
            QList<AccessChange> rows;
            for (Id p : std::as_const(productions)) {
                const Levels b = effectiveAccess(stored, memberId, p, f.id).levels;
                const Levels a = effectiveAccess(working, memberId, p, f.id).levels;
                if (a == b)
                    continue;
                auto row = std::find_if(
                    rows.begin(), rows.end(), [&](const AccessChange &r) { return r.before == b && r.after == a; });
                if (row == rows.end())
                    rows.append(AccessChange { memberId, f.id, b, a, { p } });
                else
                    row->productions.append(p);
            }
            diff.access += rows;
        }
    }
    return diff;
}

} // namespace rs
