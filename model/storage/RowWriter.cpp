// Rows of a workspace written from what a change touched.
#include "RowWriter.h"

#include "StoreFiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace rs::rows {

namespace {

// The keys of what a change touched in the order of the table's key: rows then land at the end of their table and its
// indexes, where a hash's order put each one somewhere in the middle (a large write spent most of its time there).
template <typename Value> QList<Id> sortedKeys(const QHash<Id, Value> &hash)
{
    QList<Id> keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

template <typename Value> QList<SeatKey> sortedKeys(const QHash<SeatKey, Value> &hash)
{
    QList<SeatKey> keys = hash.keys();
    std::sort(keys.begin(), keys.end(), [](const SeatKey &a, const SeatKey &b) {
        return a.production != b.production ? a.production < b.production : a.member < b.member;
    });
    return keys;
}

Status writeCatalog(Writer &w, const Workspace &ws, const Touched &t)
{
    // Removed rows go first: names are unique, and a feature removed and another added under its name in one change
    // must not meet in the table.
    for (const Feature &f : t.featuresBefore) {
        if (!ws.feature(f.id)) {
            if (Status s = w.run(features().remove(), { f.id }); !s)
                return s;
        }
    }
    for (const Section &sec : t.sectionsBefore) {
        if (!ws.section(sec.id)) {
            if (Status s = w.run(sections().remove(), { sec.id }); !s)
                return s;
        }
    }
    for (int i = 0; i < ws.sections().size(); ++i) {
        if (Status s = w.section(ws.sections().at(i), i); !s)
            return s;
    }
    for (int i = 0; i < ws.features().size(); ++i) {
        if (Status s = w.feature(ws.features().at(i), i); !s)
            return s;
    }
    return {};
}

// A role's cells: only those that differ from the state before when there was one (a template's change touches every
// role that follows it, and each of those changes one cell), all of them for a new role.
Status writeRoleCells(Writer &w, const Role &r, const std::optional<Role> &before)
{
    if (!before)
        return w.roleGrants(r);
    for (auto it = r.grants.cbegin(); it != r.grants.cend(); ++it) {
        if (before->grants.value(it.key()) != it.value()) {
            if (Status s = w.grant(r.id, it.key(), it.value()); !s)
                return s;
        }
    }
    for (auto it = before->grants.cbegin(); it != before->grants.cend(); ++it) {
        if (!r.grants.contains(it.key())) {
            if (Status s = w.grant(r.id, it.key(), Levels()); !s)
                return s;
        }
    }
    return {};
}

} // namespace

Status writeTouched(Writer &w, const Workspace &ws, const Touched &t)
{
    if (t.catalog) {
        if (Status s = writeCatalog(w, ws, t); !s)
            return s;
    }
    if (t.workspaceName) {
        if (Status s = w.name(ws.name()); !s)
            return s;
    }
    if (t.timeZone) {
        if (Status s = w.timeZone(ws.timeZoneId()); !s)
            return s;
    }
    if (t.approvalPolicy) {
        if (Status s = w.approvalPolicy(ws.approvalPolicy()); !s)
            return s;
    }
    for (const Id id : sortedKeys(t.productions)) {
        const Production *p = ws.production(id);
        Status s = p ? w.production(*p) : w.run(productions().remove(), { id });
        if (!s)
            return s;
    }
    for (const Id id : sortedKeys(t.roles)) {
        const Role *r = ws.role(id);
        const std::optional<Role> before = t.roles.value(id);
        Status s = r ? w.role(*r) : w.run(roleLinks().remove(), { id });
        if (s && !r)
            s = w.run(roles().remove(), { id });
        if (s && r)
            s = writeRoleCells(w, *r, before);
        if (s && r && (!before || before->link != r->link || before->version != r->version))
            s = w.roleLink(*r);
        if (!s)
            return s;
    }
    QSet<Id> bumped;
    for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
        const Id role = it.key().first;
        if (t.roles.contains(role) || !ws.role(role) || !ws.feature(it.key().second))
            continue;
        if (Status s = w.grant(role, it.key().second, ws.role(role)->grants.value(it.key().second)); !s)
            return s;
        if (!bumped.contains(role)) {
            bumped.insert(role);
            if (Status s = w.touchRole(role); !s)
                return s;
        }
    }
    // At most one member is flagged owner at any moment (a unique index, checked row by row), so the owner of the new
    // state is written after every other member, when the one it replaces no longer holds the flag.
    const Id ownerRole = ws.builtInRole(BuiltIn::Owner);
    const Id owner = ws.owner();
    if (owner && t.members.contains(owner)) {
        if (Status s = w.owner(owner); !s)
            return s;
    }
    // Members and seats kept or added are written many to a statement (Writer::rows), in the order met.
    QVariantList values;
    for (const Id id : sortedKeys(t.members)) {
        if (id == owner)
            continue;
        const Member *m = ws.member(id);
        if (m) {
            members().appendValues(values, { *m, ownerRole && m->accountRole == ownerRole });
            continue;
        }
        if (Status s = w.rows(members(), true, values); !s)
            return s;
        values.clear();
        if (Status s = w.run(members().remove(), { id }); !s)
            return s;
    }
    if (Status s = w.rows(members(), true, values); !s)
        return s;
    values.clear();
    if (owner && t.members.contains(owner)) {
        if (Status s = w.member(*ws.member(owner), true); !s)
            return s;
    }
    for (const SeatKey &key : sortedKeys(t.seats)) {
        if (!ws.production(key.production) || !ws.member(key.member))
            continue; // removed with its production or member
        const Id role = ws.seats().value(key, 0);
        if (role) {
            seats().appendValues(values, { key, role, ws.seatTerm(key) });
            continue;
        }
        if (Status s = w.rows(seats(), true, values); !s)
            return s;
        values.clear();
        if (Status s = w.seat(key, 0, {}); !s)
            return s;
    }
    return w.rows(seats(), true, values);
}

// Names are unique in the database and checked row by row, but a batch may pass names along (A becomes B while B
// becomes A) and is written entity by entity, each in its final state. So in a batch every name that will be written
// is first set aside under a placeholder no real name can equal: the rules forbid control characters in names. Rows
// the batch removes are set aside too, since a row is removed only when the change that touched it first is written.
Status setNamesAside(Writer &w, const QList<Touched> &touched)
{
    if (touched.size() < 2)
        return {};
    const QString mark(QChar(1));
    bool catalog = false;
    QSet<Id> members, productions, roles;
    for (const Touched &t : touched) {
        catalog = catalog || t.catalog;
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it)
            members.insert(it.key());
        for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it)
            productions.insert(it.key());
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it)
            roles.insert(it.key());
    }
    if (catalog) {
        for (const char *sql : { "UPDATE features SET name = ? || CAST(id AS TEXT)",
                 "UPDATE sections SET name = ? || CAST(id AS TEXT)" }) {
            if (Status s = w.run(sql, { mark }); !s)
                return s;
        }
    }
    const auto aside = [&](const char *sql, const QSet<Id> &ids) -> Status {
        for (Id id : ids) {
            if (Status s = w.run(sql, { QString(mark + QString::number(id)), id }); !s)
                return s;
        }
        return {};
    };
    if (Status s = aside("UPDATE members SET name = ? WHERE id = ?", members); !s)
        return s;
    if (Status s = aside("UPDATE productions SET name = ? WHERE id = ?", productions); !s)
        return s;
    return aside("UPDATE roles SET name = ? WHERE id = ?", roles);
}

// A batch writes each member in its final state when it first touches it, so the new owner of a batch can be written
// before the change that demotes the old one (add a member, then transfer ownership to them). One owner flag at a
// time: the old owner of a batch that replaces it is demoted first, to its final account role.
Status demoteReplacedOwner(Writer &w, const QSqlDatabase &db, const Workspace &ws, const QList<Touched> &touched)
{
    if (touched.size() < 2)
        return {};
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM members WHERE is_owner = 1")))
        return Error::storage(QCoreApplication::translate("rs::Store", "The workspace could not be saved."),
            storefiles::errorDetail(q.lastError()));
    const Id previous = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return demoteReplacedOwner(w, previous, ws, touched);
}

Status demoteReplacedOwner(Writer &w, Id previous, const Workspace &ws, const QList<Touched> &touched)
{
    if (touched.size() < 2)
        return {};
    if (!previous || previous == ws.owner())
        return {};
    const Member *m = ws.member(previous);
    return w.run("UPDATE members SET account_role_id = ?, is_owner = 0 WHERE id = ?",
        { idOrNull(m ? m->accountRole : 0), previous });
}

} // namespace rs::rows
