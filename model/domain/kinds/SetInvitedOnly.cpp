// Limits an account role to the productions its holders are invited to, or lets it reach every production.
// Fields: role, flag (invited productions only).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::setInvitedOnly(Id role, bool invitedOnly)
{
    Change c = kinds::make(Kind::SetInvitedOnly);
    c.role = role;
    c.flag = invitedOnly;
    return c;
}

namespace kinds {

const Info SetInvitedOnly::info { "set-invited-only", Change::Area::Role, nullptr };

Status SetInvitedOnly::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (role->isLocked())
        return builtInUnchangeable(*role);
    if (!role->isAccountRole())
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "Only account roles reach productions; %1 is not one.")
                .arg(Rules::roleLabel(ws, *role)));
    return {};
}

void SetInvitedOnly::apply(Applier &a, Change &c)
{
    a.role(c.role).invitedOnly = c.flag;
}

QString SetInvitedOnly::describe(const Workspace &ws, const Change &c)
{
    return c.flag
        ? QCoreApplication::translate("rs::Change", "Limit %1 to invited productions").arg(roleName(ws, c.role))
        : QCoreApplication::translate("rs::Change", "Let %1 reach every production").arg(roleName(ws, c.role));
}

} // namespace kinds
} // namespace rs
