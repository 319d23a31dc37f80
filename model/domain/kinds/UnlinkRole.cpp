// Unlinks a role from its template: the role keeps every cell and no longer hears of the template's changes.
// Fields: role.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::unlinkRole(Id role)
{
    Change c = kinds::make(Kind::UnlinkRole);
    c.role = role;
    return c;
}

namespace kinds {

const Info UnlinkRole::info { "unlink-role", Change::Area::Role, nullptr };

Status UnlinkRole::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (!role->link.isLinked())
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "%1 is not linked to a template.").arg(quoted(role->name)));
    return {};
}

void UnlinkRole::apply(Applier &a, Change &c)
{
    a.role(c.role).link = RoleLink();
}

QString UnlinkRole::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Unlink %1 from its template").arg(roleName(ws, c.role));
}

} // namespace kinds
} // namespace rs
