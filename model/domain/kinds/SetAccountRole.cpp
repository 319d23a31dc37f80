// Gives a member an account role, until a date or for good, or takes it away; an Admin administers every production.
// Fields: member, role (0: none), until (the last instant; invalid: open).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Dates.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::setAccountRole(Id member, Id role, const QDateTime &until)
{
    Change c = kinds::make(Kind::SetAccountRole);
    c.member = member;
    c.role = role;
    c.until = until;
    return c;
}

namespace kinds {

const Info SetAccountRole::info { "set-account-role", Change::Area::Member, nullptr };

Status SetAccountRole::check(const Workspace &ws, const Change &c)
{
    const Member *member = ws.member(c.member);
    if (!member)
        return memberGone();
    const Id ownerRole = ws.builtInRole(BuiltIn::Owner);
    const bool isOwner = member->accountRole == ownerRole;
    if (c.until.isValid() && (!c.role || Rules::isAdminRole(ws, c.role) || isOwner))
        return c.role
            ? Error::rule(QCoreApplication::translate("rs::Rules",
                "The access of the Admin & owner and of Admins never expires: %1 cannot be given an "
                "end.")
                              .arg(quoted(member->name)))
            : Error::rule(QCoreApplication::translate("rs::Rules", "Only an account role can end; %1 is given none.")
                              .arg(quoted(member->name)));
    if (isOwner && c.role != ownerRole)
        return Error::rule(QCoreApplication::translate(
            "rs::Rules", "%1 is the Admin & owner and cannot be demoted; transfer ownership first.")
                               .arg(quoted(member->name)));
    if (isOwner)
        return {};
    return checkAccountRole(ws, c.role);
}

void SetAccountRole::apply(Applier &a, Change &c)
{
    a.member(c.member).accountRole = c.role;
    a.member(c.member).accountRoleUntil = c.role ? c.until : QDateTime();
    if (c.role && c.role == a.workspace().builtInRole(BuiltIn::Admin))
        a.makeProductionAdmin(c.member);
}

QString SetAccountRole::describe(const Workspace &ws, const Change &c)
{
    if (c.role && c.until.isValid())
        return QCoreApplication::translate("rs::Change", "Give %1 the account role %2 until %3")
            .arg(memberName(ws, c.member), roleName(ws, c.role), dates::date(c.until, ws.timeZone()));
    return c.role
        ? QCoreApplication::translate("rs::Change", "Give %1 the account role %2")
              .arg(memberName(ws, c.member), roleName(ws, c.role))
        : QCoreApplication::translate("rs::Change", "Take the account role from %1").arg(memberName(ws, c.member));
}

} // namespace kinds
} // namespace rs
