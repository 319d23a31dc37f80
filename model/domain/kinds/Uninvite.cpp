// Takes a member off a production's team.
// Fields: production, member.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::uninvite(Id production, Id member)
{
    Change c = kinds::make(Kind::Uninvite);
    c.production = production;
    c.member = member;
    return c;
}

namespace kinds {

const Info Uninvite::info { "uninvite", Change::Area::Production, nullptr };

Status Uninvite::check(const Workspace &ws, const Change &c)
{
    const Production *production = ws.production(c.production);
    if (!production)
        return productionGone();
    const Member *member = ws.member(c.member);
    if (!member)
        return memberGone();
    if (Rules::isAdminRole(ws, member->accountRole))
        return Error::rule(QCoreApplication::translate(
            "rs::Rules", "%1 administers every production as %2 and cannot be taken off a team.")
                               .arg(quoted(member->name), quoted(ws.role(member->accountRole)->name)));
    return checkSeatHeld(ws, *production, member);
}

void Uninvite::apply(Applier &a, Change &c)
{
    a.setSeat(SeatKey { c.production, c.member }, 0);
}

QString Uninvite::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Take %1 off the team of %2")
        .arg(memberName(ws, c.member), productionName(ws, c.production));
}

} // namespace kinds
} // namespace rs
