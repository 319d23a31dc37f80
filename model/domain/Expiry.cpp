#include "Expiry.h"

#include <algorithm>

namespace rs {

QList<Expiry> expiries(const Workspace &ws)
{
    QList<Expiry> result;
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        const SeatTerm own = ws.seatTerm(it.key());
        const SeatTerm term = ws.effectiveSeatTerm(it.key());
        if (term.until.isValid())
            result.append(Expiry {
                it.key().member, it.key().production, it.value(), term.from, term.until, !own.until.isValid() });
    }
    for (const Member &m : ws.members()) {
        if (m.accountRole && m.accountRoleUntil.isValid())
            result.append(Expiry { m.id, 0, m.accountRole, {}, m.accountRoleUntil, false });
    }
    std::sort(result.begin(), result.end(), [](const Expiry &a, const Expiry &b) {
        if (a.until != b.until)
            return a.until < b.until;
        return a.member != b.member ? a.member < b.member : a.production < b.production;
    });
    return result;
}

QList<Expiry> endingWithin(const Workspace &ws, const QDateTime &from, const QDateTime &to)
{
    QList<Expiry> result;
    for (const Expiry &e : expiries(ws)) {
        if (from <= e.until && e.until <= to)
            result.append(e);
    }
    return result;
}

QList<Change> sweepChanges(const Workspace &ws, const QDateTime &at)
{
    QList<Change> changes;
    for (const Expiry &e : expiries(ws)) {
        if (!(e.until < at))
            break;
        changes.append(e.production ? Change::uninvite(e.production, e.member) : Change::setAccountRole(e.member, 0));
    }
    return changes;
}

} // namespace rs
