#include "DatedDiff.h"

#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace rs {

namespace {

QString day(const Workspace &ws, const QDateTime &at)
{
    return dates::date(at, ws.timeZone());
}

QString memberName(const Workspace &stored, const Workspace &working, Id id)
{
    const Member *m = working.member(id) ? working.member(id) : stored.member(id);
    return m ? m->name : QString();
}

QString productionName(const Workspace &stored, const Workspace &working, Id id)
{
    const Production *p = working.production(id) ? working.production(id) : stored.production(id);
    return p ? p->name : QString();
}

QString roleName(const Workspace &ws, Id id)
{
    const Role *r = ws.role(id);
    return r ? DefaultWorkspace::displayName(*r) : QString();
}

// A seat's window as it counts (its own dates, else the wrap date); nothing when there is no seat.
std::optional<SeatTerm> seatWindow(const Workspace &ws, const SeatKey &key)
{
    if (!ws.seats().contains(key))
        return std::nullopt;
    return ws.effectiveSeatTerm(key);
}

QString seatText(const Workspace &ws, const std::optional<SeatTerm> &window)
{
    return window ? windowText(ws, *window) : QCoreApplication::translate("rs::DatedDiff", "not on the team");
}

QString accountText(const Workspace &ws, const Member *m)
{
    if (!m || !m->accountRole)
        return QCoreApplication::translate("rs::DatedDiff", "no account role");
    return m->accountRoleUntil.isValid()
        ? QCoreApplication::translate("rs::DatedDiff", "%1 until %2")
              .arg(roleName(ws, m->accountRole), day(ws, m->accountRoleUntil))
        : QCoreApplication::translate("rs::DatedDiff", "%1, no end").arg(roleName(ws, m->accountRole));
}

QString endText(const Workspace &ws, const QDateTime &until)
{
    return until.isValid() ? day(ws, until) : QCoreApplication::translate("rs::DatedDiff", "no end");
}

DatedChange seatDates(const Workspace &stored, const Workspace &working, const Change &c)
{
    const SeatKey key { c.production, c.member };
    const std::optional<SeatTerm> before = seatWindow(stored, key);
    const std::optional<SeatTerm> after = seatWindow(working, key);
    const QString member = memberName(stored, working, c.member);
    const QString production = productionName(stored, working, c.production);
    DatedChange line { QString(), seatText(stored, before), seatText(working, after) };
    if (!after) {
        line.text = QCoreApplication::translate("rs::DatedDiff", "%1's seat in %2 is gone").arg(member, production);
    } else if (before && before->from == after->from && before->until != after->until) {
        if (!after->until.isValid())
            line.text = QCoreApplication::translate("rs::DatedDiff", "Take the end off %1's seat in %2")
                            .arg(member, production);
        else if (before->until.isValid() && after->until > before->until)
            line.text = QCoreApplication::translate("rs::DatedDiff", "Extend %1's seat in %2 to %3")
                            .arg(member, production, day(working, after->until));
        else
            line.text = QCoreApplication::translate("rs::DatedDiff", "End %1's seat in %2 on %3")
                            .arg(member, production, day(working, after->until));
    } else {
        line.text = QCoreApplication::translate("rs::DatedDiff", "Let %1's seat in %2 run %3")
                        .arg(member, production, windowText(working, *after));
    }
    return line;
}

DatedChange invite(const Workspace &stored, const Workspace &working, const Change &c)
{
    const SeatKey key { c.production, c.member };
    const std::optional<SeatTerm> before = seatWindow(stored, key);
    const std::optional<SeatTerm> after = seatWindow(working, key);
    const QString member = memberName(stored, working, c.member);
    const QString production = productionName(stored, working, c.production);
    const QString role = roleName(working, working.seatRole(c.production, c.member));
    DatedChange line { QString(), seatText(stored, before), seatText(working, after) };
    const QString first = after && after->from.isValid() ? day(working, after->from)
                                                         : QCoreApplication::translate("rs::DatedDiff", "today");
    line.text = after && after->until.isValid()
        ? QCoreApplication::translate("rs::DatedDiff", "Invite %1 to %2 as %3 from %4 until %5")
              .arg(member, production, role, first, day(working, after->until))
        : QCoreApplication::translate("rs::DatedDiff", "Invite %1 to %2 as %3 from %4, no end")
              .arg(member, production, role, first);
    return line;
}

DatedChange accountRole(const Workspace &stored, const Workspace &working, const Change &c)
{
    const Member *b = stored.member(c.member);
    const Member *a = working.member(c.member);
    const QString member = memberName(stored, working, c.member);
    DatedChange line { QString(), accountText(stored, b), accountText(working, a) };
    if (!a || !a->accountRole) {
        line.text = QCoreApplication::translate("rs::DatedDiff", "Take the account role from %1").arg(member);
    } else if (b && b->accountRole == a->accountRole) {
        // The same role with another end: an end date moved, not a role given.
        const QString role = roleName(working, a->accountRole);
        if (!a->accountRoleUntil.isValid())
            line.text = QCoreApplication::translate("rs::DatedDiff", "Let %1 keep the account role %2 with no end")
                            .arg(member, role);
        else if (b->accountRoleUntil.isValid() && a->accountRoleUntil > b->accountRoleUntil)
            line.text = QCoreApplication::translate("rs::DatedDiff", "Extend %1's account role %2 to %3")
                            .arg(member, role, day(working, a->accountRoleUntil));
        else
            line.text = QCoreApplication::translate("rs::DatedDiff", "End %1's account role %2 on %3")
                            .arg(member, role, day(working, a->accountRoleUntil));
    } else {
        line.text = a->accountRoleUntil.isValid()
            ? QCoreApplication::translate("rs::DatedDiff", "Give %1 the account role %2 until %3")
                  .arg(member, roleName(working, a->accountRole), day(working, a->accountRoleUntil))
            : QCoreApplication::translate("rs::DatedDiff", "Give %1 the account role %2, no end")
                  .arg(member, roleName(working, a->accountRole));
    }
    return line;
}

DatedChange wrap(const Workspace &stored, const Workspace &working, const Change &c)
{
    const Production *b = stored.production(c.production);
    const Production *a = working.production(c.production);
    const QString production = productionName(stored, working, c.production);
    const auto wrapText = [](const Workspace &ws, const Production *p) {
        return p && p->wrap.isValid() ? day(ws, p->wrap) : QCoreApplication::translate("rs::DatedDiff", "no wrap date");
    };
    DatedChange line { QString(), wrapText(stored, b), wrapText(working, a) };
    line.text = a && a->wrap.isValid()
        ? QCoreApplication::translate("rs::DatedDiff", "Wrap %1 on %2").arg(production, day(working, a->wrap))
        : QCoreApplication::translate("rs::DatedDiff", "Take the wrap date off %1").arg(production);
    return line;
}

} // namespace

QString windowText(const Workspace &ws, const SeatTerm &window)
{
    if (window.from.isValid() && window.until.isValid())
        return QCoreApplication::translate("rs::DatedDiff", "%1 \u2013 %2")
            .arg(day(ws, window.from), day(ws, window.until));
    if (window.from.isValid())
        return QCoreApplication::translate("rs::DatedDiff", "from %1, no end").arg(day(ws, window.from));
    if (window.until.isValid())
        return QCoreApplication::translate("rs::DatedDiff", "until %1").arg(day(ws, window.until));
    return QCoreApplication::translate("rs::DatedDiff", "no end");
}

std::optional<DatedChange> datedChange(const Workspace &stored, const Workspace &working, const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Invite:
        return invite(stored, working, change);
    case Change::Kind::SetSeatDates:
        return seatDates(stored, working, change);
    case Change::Kind::SetAccountRole:
        return accountRole(stored, working, change);
    case Change::Kind::SetProductionEnd:
        return wrap(stored, working, change);
    case Change::Kind::Uninvite: {
        // The seat's dates as they were: a seat that had not started yet is gone too.
        const SeatKey key { change.production, change.member };
        return DatedChange { change.describe(working), seatText(stored, seatWindow(stored, key)),
            seatText(working, seatWindow(working, key)) };
    }
    default:
        return std::nullopt;
    }
}

QList<TimedAccess> timedAccess(const Workspace &stored, const Workspace &working, const QDateTime &now)
{
    QList<TimedAccess> result;
    // Seats: every seat of either side whose window changes while whether it counts now stays as it was.
    QSet<SeatKey> keys;
    for (auto it = stored.seats().cbegin(); it != stored.seats().cend(); ++it)
        keys.insert(it.key());
    for (auto it = working.seats().cbegin(); it != working.seats().cend(); ++it)
        keys.insert(it.key());
    QList<SeatKey> sorted(keys.cbegin(), keys.cend());
    std::sort(sorted.begin(), sorted.end(), [](const SeatKey &a, const SeatKey &b) {
        return std::pair(a.member, a.production) < std::pair(b.member, b.production);
    });
    for (const SeatKey &key : std::as_const(sorted)) {
        const std::optional<SeatTerm> before = seatWindow(stored, key);
        const std::optional<SeatTerm> after = seatWindow(working, key);
        if (before == after)
            continue;
        const bool countsBefore = stored.seatActive(key, now);
        const bool countsAfter = working.seatActive(key, now);
        if (countsBefore != countsAfter)
            continue; // the access of this moment shows it, feature by feature
        const QString member = memberName(stored, working, key.member);
        const QString production = productionName(stored, working, key.production);
        QString text;
        if (before && !after) {
            if (!before->from.isValid() || before->from <= now)
                continue; // a seat that already ended: taking it away changes nothing
            text = QCoreApplication::translate("rs::DatedDiff", "%1 loses the seat in %2 from %3")
                       .arg(member, production, day(stored, before->from));
        } else if (!before && after) {
            if (!after->from.isValid() || after->from <= now)
                continue; // a seat that already ended
            text = QCoreApplication::translate("rs::DatedDiff", "%1 gains a seat in %2 from %3")
                       .arg(member, production, day(working, after->from));
        } else if (before->from != after->from && after->from.isValid() && after->from > now) {
            text = QCoreApplication::translate("rs::DatedDiff", "%1's seat in %2 starts on %3")
                       .arg(member, production, day(working, after->from));
        } else if (before->until != after->until) {
            if (!countsAfter && after->until.isValid() && after->until <= now
                && (!before->until.isValid() || before->until <= now))
                continue; // ended before and after
            text = after->until.isValid()
                ? QCoreApplication::translate("rs::DatedDiff", "%1's seat in %2 ends on %3")
                      .arg(member, production, day(working, after->until))
                : QCoreApplication::translate("rs::DatedDiff", "%1's seat in %2 no longer ends")
                      .arg(member, production);
        } else {
            text = QCoreApplication::translate("rs::DatedDiff", "%1's seat in %2 runs %3")
                       .arg(member, production, windowText(working, *after));
        }
        result.append(
            TimedAccess { key.member, key.production, text, seatText(stored, before), seatText(working, after) });
    }
    // Account roles: the same role whose end moves, while it counts now on both sides.
    for (const Member &a : working.members()) {
        const Member *b = stored.member(a.id);
        if (!b || !a.accountRole || b->accountRole != a.accountRole || b->accountRoleUntil == a.accountRoleUntil)
            continue;
        if (!stored.accountRoleActive(*b, now) || !working.accountRoleActive(a, now))
            continue;
        const QString role = roleName(working, a.accountRole);
        const QString text = a.accountRoleUntil.isValid()
            ? QCoreApplication::translate("rs::DatedDiff", "%1's account role %2 ends on %3")
                  .arg(a.name, role, day(working, a.accountRoleUntil))
            : QCoreApplication::translate("rs::DatedDiff", "%1's account role %2 no longer ends").arg(a.name, role);
        result.append(
            TimedAccess { a.id, 0, text, endText(stored, b->accountRoleUntil), endText(working, a.accountRoleUntil) });
    }
    return result;
}

} // namespace rs
