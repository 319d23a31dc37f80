// Sets the first and last instants of a seat on a team; both invalid take its dates off.
// Fields: production, member, from, until.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Dates.h"

namespace rs {

Change Change::setSeatDates(Id production, Id member, const QDateTime &from, const QDateTime &until)
{
    Change c = kinds::make(Kind::SetSeatDates);
    c.production = production;
    c.member = member;
    c.from = from;
    c.until = until;
    return c;
}

namespace kinds {

const Info SetSeatDates::info { "set-seat-dates", Change::Area::Production, nullptr };

Status SetSeatDates::check(const Workspace &ws, const Change &c)
{
    const Production *production = ws.production(c.production);
    if (!production)
        return productionGone();
    const Member *member = ws.member(c.member);
    if (Status s = checkSeatHeld(ws, *production, member); !s)
        return s;
    return Rules::checkSeatTerm(ws, *member, c.from, c.until);
}

void SetSeatDates::apply(Applier &a, Change &c)
{
    a.setSeatTerm(SeatKey { c.production, c.member }, SeatTerm { c.from, c.until });
}

QString SetSeatDates::describe(const Workspace &ws, const Change &c)
{
    const QTimeZone zone = ws.timeZone();
    const QString member = memberName(ws, c.member);
    const QString production = productionName(ws, c.production);
    if (!c.until.isValid())
        return c.from.isValid()
            ? QCoreApplication::translate("rs::Change", "Let %1's seat in %2 run from %3")
                  .arg(member, production, dates::date(c.from, zone))
            : QCoreApplication::translate("rs::Change", "Take the dates off %1's seat in %2").arg(member, production);
    return c.from.isValid() ? QCoreApplication::translate("rs::Change", "Let %1's seat in %2 run from %3 until %4")
                                  .arg(member, production, dates::date(c.from, zone), dates::date(c.until, zone))
                            : QCoreApplication::translate("rs::Change", "Let %1's seat in %2 run until %3")
                                  .arg(member, production, dates::date(c.until, zone));
}

} // namespace kinds
} // namespace rs
