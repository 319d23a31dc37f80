// Deletes a role that nobody holds.
// Fields: role.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::deleteRole(Id role)
{
    Change c = kinds::make(Kind::DeleteRole);
    c.role = role;
    return c;
}

namespace kinds {

const Info DeleteRole::info { "delete-role", Change::Area::Role, nullptr };

Status DeleteRole::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (role->isLocked())
        return Error::rule(QCoreApplication::translate("rs::Rules", "%1 is a built-in role and cannot be deleted.")
                               .arg(quoted(role->name)));
    const QList<Id> holders = ws.holders(role->id);
    if (!holders.isEmpty())
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "%1 is still held by %2; give them another role first.")
                .arg(Rules::roleLabel(ws, *role), Rules::memberNames(ws, holders)));
    QStringList linked;
    for (const Role &r : ws.roles()) {
        if (r.link.templ == role->id)
            linked.append(r.name);
    }
    if (!linked.isEmpty())
        return Error::rule(QCoreApplication::translate("rs::Rules", "%1 is the template of %2; unlink them first.")
                               .arg(quoted(role->name), Rules::nameList(linked)));
    return {};
}

void DeleteRole::apply(Applier &a, Change &c)
{
    a.removeRole(c.role);
}

QString DeleteRole::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Delete role %1").arg(roleName(ws, c.role));
}

} // namespace kinds
} // namespace rs
