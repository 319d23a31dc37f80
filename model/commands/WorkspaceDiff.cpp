#include "WorkspaceDiff.h"
#include "domain/Quoted.h"

#include "domain/Dates.h"

#include "domain/DefaultWorkspace.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace rs {

namespace {

// Maps the ids of `after`'s things to the ids of `before`'s: first by key (a name), then, among the things left
// unmatched on both sides, by equal id when `sameKind` says the two are the same kind of thing (a rename).
template <typename T, typename BeforeKey, typename AfterKey, typename SameKind>
QHash<Id, Id> match(const QList<const T *> &before, const QList<const T *> &after, BeforeKey beforeKey,
    AfterKey afterKey, SameKind sameKind)
{
    QHash<QString, Id> byKey;
    byKey.reserve(before.size());
    for (const T *b : before)
        byKey.insert(beforeKey(*b), b->id);
    QHash<Id, Id> map;
    QSet<Id> used;
    for (const T *a : after) {
        const auto it = byKey.constFind(afterKey(*a));
        if (it != byKey.cend() && !used.contains(*it)) {
            map.insert(a->id, *it);
            used.insert(*it);
        }
    }
    QHash<Id, const T *> left;
    for (const T *b : before) {
        if (!used.contains(b->id))
            left.insert(b->id, b);
    }
    for (const T *a : after) {
        if (map.contains(a->id))
            continue;
        const T *b = left.value(a->id);
        if (b && sameKind(*b, *a)) {
            map.insert(a->id, b->id);
            left.remove(b->id);
        }
    }
    return map;
}

// A day as a person reads it in the workspace's time zone; empty for no date.
QString dayOf(const Workspace &ws, const QDateTime &at)
{
    return at.isValid() ? dates::date(at, ws.timeZone()) : QString();
}

template <typename T> QList<const T *> pointers(const QList<T> &list)
{
    QList<const T *> result;
    result.reserve(list.size());
    for (const T &t : list)
        result.append(&t);
    return result;
}

template <typename T> QList<const T *> pointers(const QMap<Id, T> &map)
{
    QList<const T *> result;
    result.reserve(map.size());
    for (const T &t : map)
        result.append(&t);
    return result;
}

// Ids of `after` renumbered: matched ones take the id of `before`, the rest new ids above all of `before`'s.
class Renumber
{
public:
    explicit Renumber(Id next)
        : m_next(next)
    {
    }
    Id operator()(QHash<Id, Id> &map, Id id)
    {
        if (id == 0)
            return 0;
        auto it = map.find(id);
        if (it == map.end())
            it = map.insert(id, m_next++);
        return *it;
    }
    Id next() const { return m_next; }

private:
    Id m_next;
};

RoleName roleName(const Workspace &ws, const Role &role)
{
    const Production *p = role.production ? ws.production(role.production) : nullptr;
    return RoleName { role.name, p ? p->name : QString(), role.scope, role.isTemplate };
}

QString roleNameOf(const Workspace &ws, Id id)
{
    const Role *r = ws.role(id);
    return r ? r->name : QString();
}

} // namespace

WorkspaceDiff diffWorkspaces(const Workspace &before, const Workspace &after)
{
    // Sections, features, members and productions are matched by name; their names are unique in a workspace.
    auto byName = [](const auto &t) { return t.name; };
    auto any = [](const auto &, const auto &) { return true; };
    QHash<Id, Id> sections = match(pointers(before.sections()), pointers(after.sections()), byName, byName, any);
    QHash<Id, Id> features = match(pointers(before.features()), pointers(after.features()), byName, byName, any);
    QHash<Id, Id> members = match(pointers(before.members()), pointers(after.members()), byName, byName, any);
    QHash<Id, Id> productions
        = match(pointers(before.productions()), pointers(after.productions()), byName, byName, any);
    // Roles: built-in ones by what they are; others by name within their scope, a custom production role within the
    // production matched above.
    auto roleKey = [](const Role &r, const QString &production) {
        if (r.builtIn != BuiltIn::None)
            return QStringLiteral("built-in %1").arg(int(r.builtIn));
        return QStringLiteral("%1 %2 %3 %4").arg(int(r.scope)).arg(r.isTemplate).arg(production, r.name);
    };
    QHash<Id, Id> roles = match(
        pointers(before.roles()), pointers(after.roles()),
        [&](const Role &b) { return roleKey(b, QString::number(b.production)); },
        [&](const Role &a) {
            const auto p = productions.constFind(a.production);
            return roleKey(a,
                a.production == 0             ? QStringLiteral("0")
                    : p != productions.cend() ? QString::number(*p)
                                              : QStringLiteral("new %1").arg(a.production));
        },
        [&](const Role &b, const Role &a) {
            return b.scope == a.scope && b.isTemplate == a.isTemplate && b.builtIn == a.builtIn
                && (a.production == 0 ? b.production == 0 : productions.value(a.production) == b.production);
        });

    WorkspaceDiff diff;
    Renumber renumber(std::max<Id>(before.nextId(), 1));
    {
        WorkspaceBuilder build(diff.aligned);
        build.setName(after.name());
        for (Section s : after.sections()) {
            s.id = renumber(sections, s.id);
            build.addSection(s);
        }
        for (Feature f : after.features()) {
            f.id = renumber(features, f.id);
            f.section = renumber(sections, f.section);
            build.addFeature(f);
        }
        for (Role r : after.roles()) {
            r.id = renumber(roles, r.id);
            r.production = renumber(productions, r.production);
            QHash<Id, Levels> grants;
            grants.reserve(r.grants.size());
            for (auto it = r.grants.cbegin(); it != r.grants.cend(); ++it)
                grants.insert(renumber(features, it.key()), it.value());
            r.grants = grants;
            build.addRole(r);
        }
        for (Member m : after.members()) {
            m.id = renumber(members, m.id);
            m.accountRole = renumber(roles, m.accountRole);
            build.addMember(m);
        }
        for (Production p : after.productions()) {
            p.id = renumber(productions, p.id);
            p.createdBy = renumber(members, p.createdBy);
            build.addProduction(p);
        }
        build.reserveSeats(after.seats().size());
        for (auto it = after.seats().cbegin(); it != after.seats().cend(); ++it) {
            build.addSeat(SeatKey { renumber(productions, it.key().production), renumber(members, it.key().member) },
                renumber(roles, it.value()));
        }
        for (auto it = after.seatTerms().cbegin(); it != after.seatTerms().cend(); ++it)
            build.setSeatTerm(
                SeatKey { renumber(productions, it.key().production), renumber(members, it.key().member) }, it.value());
        build.setTimeZone(after.timeZoneId());
        build.setNextId(std::max(renumber.next(), after.nextId()));
        build.finish();
    }
    const Workspace &now = diff.aligned;

    diff.nameBefore = before.name();
    diff.nameAfter = now.name();
    for (const Feature &f : now.features()) {
        if (!before.feature(f.id))
            diff.featuresAdded << f.name;
    }
    for (const Feature &f : before.features()) {
        if (!now.feature(f.id))
            diff.featuresRemoved << f.name;
    }

    for (const Role &r : now.roles()) {
        const Role *b = before.role(r.id);
        if (!b) {
            diff.rolesAdded << roleName(now, r);
            continue;
        }
        if (b->name != r.name)
            diff.rolesRenamed << WorkspaceDiff::RoleRenamed { roleName(before, *b), roleName(now, r) };
        for (const Feature &f : now.features()) {
            const Feature *bf = before.feature(f.id);
            if (!bf)
                continue;
            const Levels was = before.grant(*b, *bf);
            const Levels is = now.grant(r, f);
            if (was != is)
                diff.grants << WorkspaceDiff::Grant { roleName(now, r), f.name, was, is };
        }
    }
    for (const Role &r : before.roles()) {
        if (!now.role(r.id))
            diff.rolesRemoved << roleName(before, r);
    }

    for (const Member &m : now.members()) {
        const Member *b = before.member(m.id);
        if (!b) {
            diff.membersAdded << m.name;
            continue;
        }
        if (b->name != m.name)
            diff.membersRenamed << WorkspaceDiff::Renamed { b->name, m.name };
        if (b->accountRole != m.accountRole || b->accountRoleUntil != m.accountRoleUntil)
            diff.memberRoles << WorkspaceDiff::MemberRole { m.name, roleNameOf(before, b->accountRole),
                roleNameOf(now, m.accountRole), dayOf(before, b->accountRoleUntil), dayOf(now, m.accountRoleUntil) };
    }
    for (const Member &m : before.members()) {
        if (!now.member(m.id))
            diff.membersRemoved << m.name;
    }

    for (const Production &p : now.productions()) {
        const Production *b = before.production(p.id);
        if (!b)
            diff.productionsAdded << p.name;
        else if (b->name != p.name)
            diff.productionsRenamed << WorkspaceDiff::Renamed { b->name, p.name };
        if ((b ? b->wrap : QDateTime()) != p.wrap)
            diff.wraps << WorkspaceDiff::Wrap { p.name, b ? dayOf(before, b->wrap) : QString(), dayOf(now, p.wrap) };
    }
    for (const Production &p : before.productions()) {
        if (!now.production(p.id))
            diff.productionsRemoved << p.name;
    }

    const auto termText = [](const Workspace &ws, const SeatKey &key) {
        const SeatTerm term = ws.seatTerm(key);
        const QTimeZone zone = ws.timeZone();
        if (term.from.isValid() && term.until.isValid())
            return QCoreApplication::translate("rs::WorkspaceDiff", "from %1 until %2")
                .arg(dates::date(term.from, zone), dates::date(term.until, zone));
        if (term.from.isValid())
            return QCoreApplication::translate("rs::WorkspaceDiff", "from %1").arg(dates::date(term.from, zone));
        if (term.until.isValid())
            return QCoreApplication::translate("rs::WorkspaceDiff", "until %1").arg(dates::date(term.until, zone));
        return QString();
    };
    auto seatOf = [](const Workspace &ws, const SeatKey &key, Id role) {
        const Production *p = ws.production(key.production);
        const Member *m = ws.member(key.member);
        return WorkspaceDiff::Seat { p ? p->name : QString(), m ? m->name : QString(), QString(), roleNameOf(ws, role),
            QString(), QString() };
    };
    for (auto it = now.seats().cbegin(); it != now.seats().cend(); ++it) {
        const Id was = before.seats().value(it.key());
        const bool sameDates = before.seatTerm(it.key()) == now.seatTerm(it.key());
        if (was == it.value() && sameDates)
            continue;
        WorkspaceDiff::Seat seat = seatOf(now, it.key(), it.value());
        seat.before = roleNameOf(before, was);
        seat.termBefore = was ? termText(before, it.key()) : QString();
        seat.termAfter = termText(now, it.key());
        diff.seats << seat;
    }
    for (auto it = before.seats().cbegin(); it != before.seats().cend(); ++it) {
        if (now.seats().contains(it.key()))
            continue;
        WorkspaceDiff::Seat seat = seatOf(before, it.key(), 0);
        seat.before = roleNameOf(before, it.value());
        // Name the production and member as the new workspace does when it still holds them.
        if (const Production *p = now.production(it.key().production))
            seat.production = p->name;
        if (const Member *m = now.member(it.key().member))
            seat.member = m->name;
        diff.seats << seat;
    }
    std::sort(diff.seats.begin(), diff.seats.end(), [](const WorkspaceDiff::Seat &a, const WorkspaceDiff::Seat &b) {
        return std::tie(a.production, a.member) < std::tie(b.production, b.member);
    });
    return diff;
}

bool WorkspaceDiff::isEmpty() const
{
    return nameBefore == nameAfter && featuresAdded.isEmpty() && featuresRemoved.isEmpty() && rolesAdded.isEmpty()
        && rolesRemoved.isEmpty() && rolesRenamed.isEmpty() && grants.isEmpty() && membersAdded.isEmpty()
        && membersRemoved.isEmpty() && membersRenamed.isEmpty() && memberRoles.isEmpty() && productionsAdded.isEmpty()
        && productionsRemoved.isEmpty() && productionsRenamed.isEmpty() && seats.isEmpty() && wraps.isEmpty();
}

QStringList WorkspaceDiff::otherLines(int maxLines) const
{
    QStringList lines;
    const qsizetype total = (nameBefore != nameAfter ? 1 : 0) + featuresAdded.size() + featuresRemoved.size()
        + membersAdded.size() + membersRemoved.size() + membersRenamed.size() + memberRoles.size()
        + productionsAdded.size() + productionsRemoved.size() + productionsRenamed.size() + seats.size() + wraps.size();
    const qsizetype shown = std::min<qsizetype>(total, maxLines);
    lines.reserve(shown + 1);
    const auto add = [&](const QString &line) {
        if (lines.size() < shown)
            lines << line;
    };
    const auto orNone = [&](const QString &role) {
        return role.isEmpty() ? QCoreApplication::translate("rs::WorkspaceDiff", "no role") : quoted(role);
    };
    const auto orNoEnd = [](const QString &day) {
        return day.isEmpty() ? QCoreApplication::translate("rs::WorkspaceDiff", "no end") : day;
    };
    const auto withEnd = [](const QString &role, const QString &day) {
        return day.isEmpty() ? role : QCoreApplication::translate("rs::WorkspaceDiff", "%1 until %2").arg(role, day);
    };
    if (nameBefore != nameAfter)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "Workspace renamed from %1 to %2")
                .arg(quoted(nameBefore), quoted(nameAfter)));
    for (const QString &f : featuresAdded)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "New feature %1")
                .arg(quoted(DefaultWorkspace::displayName(f))));
    for (const QString &f : featuresRemoved)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "Feature %1 removed")
                .arg(quoted(DefaultWorkspace::displayName(f))));
    for (qsizetype i = 0; i < membersAdded.size() && lines.size() < shown; ++i)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "New member %1").arg(quoted(membersAdded.at(i))));
    for (qsizetype i = 0; i < membersRemoved.size() && lines.size() < shown; ++i)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "Member %1 removed").arg(quoted(membersRemoved.at(i))));
    for (const Renamed &m : membersRenamed)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "Member %1 renamed to %2")
                .arg(quoted(m.before), quoted(m.after)));
    for (qsizetype i = 0; i < memberRoles.size() && lines.size() < shown; ++i) {
        const MemberRole &m = memberRoles.at(i);
        if (m.before == m.after)
            add(QCoreApplication::translate("rs::WorkspaceDiff", "%1: account role %2, end %3 \u2192 %4")
                    .arg(quoted(m.member), orNone(m.after), orNoEnd(m.untilBefore), orNoEnd(m.untilAfter)));
        else
            add(QCoreApplication::translate("rs::WorkspaceDiff", "%1: account role %2 \u2192 %3")
                    .arg(quoted(m.member), withEnd(orNone(m.before), m.untilBefore),
                        withEnd(orNone(m.after), m.untilAfter)));
    }
    for (const QString &p : productionsAdded)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "New production %1").arg(quoted(p)));
    for (const QString &p : productionsRemoved)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "Production %1 removed").arg(quoted(p)));
    for (const Renamed &p : productionsRenamed)
        add(QCoreApplication::translate("rs::WorkspaceDiff", "Production %1 renamed to %2")
                .arg(quoted(p.before), quoted(p.after)));
    for (qsizetype i = 0; i < seats.size() && lines.size() < shown; ++i) {
        const Seat &seat = seats.at(i);
        if (seat.before.isEmpty() && !seat.termAfter.isEmpty())
            add(QCoreApplication::translate("rs::WorkspaceDiff", "%1 joins the team of %2 as %3, %4")
                    .arg(quoted(seat.member), quoted(seat.production), quoted(seat.after), seat.termAfter));
        else if (seat.before.isEmpty())
            add(QCoreApplication::translate("rs::WorkspaceDiff", "%1 joins the team of %2 as %3")
                    .arg(quoted(seat.member), quoted(seat.production), quoted(seat.after)));
        else if (seat.after.isEmpty())
            add(QCoreApplication::translate("rs::WorkspaceDiff", "%1 leaves the team of %2 (was %3)")
                    .arg(quoted(seat.member), quoted(seat.production), quoted(seat.before)));
        else if (seat.before != seat.after)
            add(QCoreApplication::translate("rs::WorkspaceDiff", "%1 in %2: %3 \u2192 %4")
                    .arg(quoted(seat.member), quoted(seat.production), quoted(seat.before), quoted(seat.after)));
        else
            add(QCoreApplication::translate("rs::WorkspaceDiff", "%1 in %2 as %3: %4 \u2192 %5")
                    .arg(quoted(seat.member), quoted(seat.production), quoted(seat.after),
                        seat.termBefore.isEmpty() ? QCoreApplication::translate("rs::WorkspaceDiff", "no dates")
                                                  : seat.termBefore,
                        seat.termAfter.isEmpty() ? QCoreApplication::translate("rs::WorkspaceDiff", "no dates")
                                                 : seat.termAfter));
    }
    for (qsizetype i = 0; i < wraps.size() && lines.size() < shown; ++i) {
        const Wrap &w = wraps.at(i);
        add(QCoreApplication::translate("rs::WorkspaceDiff", "%1 wraps: %2 \u2192 %3")
                .arg(quoted(w.production),
                    w.before.isEmpty() ? QCoreApplication::translate("rs::WorkspaceDiff", "no wrap date") : w.before,
                    w.after.isEmpty() ? QCoreApplication::translate("rs::WorkspaceDiff", "no wrap date") : w.after));
    }
    if (total > shown)
        lines << QCoreApplication::translate("rs::WorkspaceDiff",
            "\u2026 and %n more changes to members, productions and seats.", nullptr, int(total - shown));
    return lines;
}

} // namespace rs
