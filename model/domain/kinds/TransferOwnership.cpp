// Hands the workspace to another member: they become the Admin & owner, the owner before them an Admin.
// Fields: member (the new owner).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::transferOwnership(Id member)
{
    Change c = kinds::make(Kind::TransferOwnership);
    c.member = member;
    return c;
}

namespace kinds {

const Info TransferOwnership::info { "transfer-ownership", Change::Area::Member, nullptr };

Status TransferOwnership::check(const Workspace &ws, const Change &c)
{
    const Member *member = ws.member(c.member);
    if (!member)
        return memberGone();
    if (member->accountRole == ws.builtInRole(BuiltIn::Owner))
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "%1 is already the Admin & owner.").arg(quoted(member->name)));
    return {};
}

void TransferOwnership::apply(Applier &a, Change &c)
{
    const Workspace &ws = a.workspace();
    const Id oldOwner = ws.owner();
    if (oldOwner)
        a.member(oldOwner).accountRole = ws.builtInRole(BuiltIn::Admin);
    a.member(c.member).accountRole = ws.builtInRole(BuiltIn::Owner);
    a.member(c.member).accountRoleUntil = QDateTime();
    a.makeProductionAdmin(c.member);
}

QString TransferOwnership::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Transfer ownership to %1").arg(memberName(ws, c.member));
}

} // namespace kinds
} // namespace rs
