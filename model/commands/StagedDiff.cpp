#include "StagedDiff.h"

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
    rc.cells = cellChanges(stored, working, before, after);
    return rc;
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
    for (Id id : sortedRoles) {
        const Role *before = stored.role(id);
        const Role *after = working.role(id);
        if (before && after && *before == *after && stored.features() == working.features())
            continue;
        RoleChange rc = compareRole(stored, working, before, after);
        if (rc.kind == RoleChange::Kind::Changed && rc.cells.isEmpty() && rc.notes.isEmpty())
            continue;
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

    AccessImpact impact = accessImpact(stored, working, maxMembers);
    diff.access = std::move(impact.access);
    diff.membersAffected = impact.membersAffected;
    diff.membersShown = impact.membersShown;
    return diff;
}

} // namespace rs
