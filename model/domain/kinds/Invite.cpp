// Gives a member a seat on a production's team, or another role in the seat they hold, with dates or without.
// Fields: production, member, role (a production role; 0: Production member), from and until (the seat's first and
// last instants; both invalid: an existing seat keeps its own dates).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Dates.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::invite(Id production, Id member, Id role, const QDateTime &from, const QDateTime &until)
{
    Change c = kinds::make(Kind::Invite);
    c.production = production;
    c.member = member;
    c.role = role;
    c.from = from;
    c.until = until;
    return c;
}

namespace kinds {

const Info Invite::info { "invite", Change::Area::Production, nullptr };

Status Invite::check(const Workspace &ws, const Change &c)
{
    const Production *production = ws.production(c.production);
    if (!production)
        return productionGone();
    const Member *member = ws.member(c.member);
    if (!member)
        return memberGone();
    const Id roleId = c.role ? c.role : ws.builtInRole(BuiltIn::ProductionMember);
    const Role *role = ws.role(roleId);
    if (!role || !role->isProductionRole() || (role->production && role->production != production->id))
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "Only a production role of %1 can be given to its team.")
                .arg(quoted(production->name)));
    if (Rules::isAdminRole(ws, member->accountRole) && role->builtIn != BuiltIn::ProductionAdmin)
        return Error::rule(QCoreApplication::translate(
            "rs::Rules", "%1 administers every production as %2 and cannot be given a lesser role there.")
                               .arg(quoted(member->name), quoted(ws.role(member->accountRole)->name)));
    return Rules::checkSeatTerm(ws, *member, c.from, c.until);
}

void Invite::apply(Applier &a, Change &c)
{
    const SeatKey key { c.production, c.member };
    a.setSeat(key, c.role ? c.role : a.workspace().builtInRole(BuiltIn::ProductionMember));
    if (c.from.isValid() || c.until.isValid())
        a.setSeatTerm(key, SeatTerm { c.from, c.until });
}

QString Invite::describe(const Workspace &ws, const Change &c)
{
    const QString role = roleName(ws, c.role ? c.role : ws.builtInRole(BuiltIn::ProductionMember));
    if (c.until.isValid())
        return QCoreApplication::translate("rs::Change", "Invite %1 to %2 as %3 until %4")
            .arg(memberName(ws, c.member), productionName(ws, c.production), role, dates::date(c.until, ws.timeZone()));
    return QCoreApplication::translate("rs::Change", "Invite %1 to %2 as %3")
        .arg(memberName(ws, c.member), productionName(ws, c.production), role);
}

} // namespace kinds
} // namespace rs
