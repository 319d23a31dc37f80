#include "AccessImpact.h"

#include "Access.h"

#include <QJsonObject>

#include <algorithm>

namespace rs {

namespace {

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

// role -> features whose cells differ
QHash<Id, QSet<Id>> changedFeatures(const Workspace &stored, const Workspace &working)
{
    QHash<Id, QSet<Id>> changed;
    QSet<Id> roleIds;
    for (const Role &r : stored.roles())
        roleIds.insert(r.id);
    for (const Role &r : working.roles())
        roleIds.insert(r.id);
    const bool sameCatalog = stored.features() == working.features();
    for (Id id : std::as_const(roleIds)) {
        const Role *before = stored.role(id);
        const Role *after = working.role(id);
        if (before && after && *before == *after && sameCatalog)
            continue;
        for (const CellChange &c : cellChanges(stored, working, before, after))
            changed[id].insert(c.feature);
    }
    return changed;
}

// Member -> features to check (an empty set: all of them).
QHash<Id, QSet<Id>> membersToCheck(const Workspace &stored, const Workspace &working)
{
    QHash<Id, QSet<Id>> memberFeatures;
    const QHash<Id, QSet<Id>> changed = changedFeatures(stored, working);
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        QList<Id> holders = stored.holders(it.key());
        holders += working.holders(it.key());
        for (Id m : holders)
            memberFeatures[m].unite(it.value());
    }
    QSet<Id> everything;
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
    return memberFeatures;
}

} // namespace

QList<CellChange> cellChanges(const Workspace &stored, const Workspace &working, const Role *before, const Role *after)
{
    QList<CellChange> cells;
    const Workspace &catalog = after ? working : stored;
    for (const Feature &f : catalog.features()) {
        const Feature *sf = stored.feature(f.id);
        const Levels b = before && sf ? stored.grant(*before, *sf) : Levels();
        const Levels a = after ? working.grant(*after, f) : Levels();
        if (a != b)
            cells.append(CellChange { f.id, b, a });
    }
    return cells;
}

AccessImpact accessImpact(const Workspace &stored, const Workspace &working, int maxMembers)
{
    AccessImpact impact;
    const QHash<Id, QSet<Id>> memberFeatures = membersToCheck(stored, working);
    QList<Id> members = memberFeatures.keys();
    std::sort(members.begin(), members.end());
    impact.membersAffected = int(members.size());
    members = members.mid(0, maxMembers);
    impact.membersShown = int(members.size());

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
                    impact.access.append(AccessChange { memberId, f.id, b, a, {} });
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
            impact.access += rows;
        }
    }
    return impact;
}

QJsonArray impactJson(const Workspace &stored, const Workspace &working, const QList<AccessChange> &access)
{
    QJsonArray out;
    for (const AccessChange &a : access) {
        const Member *m = working.member(a.member) ? working.member(a.member) : stored.member(a.member);
        const Feature *f = working.feature(a.feature) ? working.feature(a.feature) : stored.feature(a.feature);
        QJsonArray where;
        for (Id p : a.productions) {
            const Production *production = working.production(p) ? working.production(p) : stored.production(p);
            where.append(production ? production->name : QString());
        }
        out.append(QJsonObject { { QStringLiteral("member"), m ? m->name : QString() },
            { QStringLiteral("feature"), f ? f->name : QString() }, { QStringLiteral("before"), a.before.toArgument() },
            { QStringLiteral("after"), a.after.toArgument() }, { QStringLiteral("productions"), where } });
    }
    return out;
}

QList<KeptAccessChange> keptImpact(const QJsonArray &impact)
{
    const auto levels = [](const QJsonValue &v) {
        const Result<Levels> parsed = Levels::parseArgument(v.toString());
        return parsed ? parsed.value() : Levels();
    };
    QList<KeptAccessChange> rows;
    for (const QJsonValue &v : impact) {
        const QJsonObject o = v.toObject();
        KeptAccessChange row { o.value(QLatin1String("member")).toString(),
            o.value(QLatin1String("feature")).toString(), levels(o.value(QLatin1String("before"))),
            levels(o.value(QLatin1String("after"))), {} };
        for (const QJsonValue &p : o.value(QLatin1String("productions")).toArray())
            row.productions.append(p.toString());
        rows.append(row);
    }
    return rows;
}

} // namespace rs
