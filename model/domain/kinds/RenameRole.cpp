// Renames a role or a template.
// Fields: role, text (the new name).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::renameRole(Id role, const QString &name)
{
    Change c = kinds::make(Kind::RenameRole);
    c.role = role;
    c.text = name;
    return c;
}

namespace kinds {

const Info RenameRole::info { "rename-role", Change::Area::Role, nullptr };

Status RenameRole::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (role->isLocked())
        return Error::rule(QCoreApplication::translate("rs::Rules", "%1 is a built-in role and cannot be renamed.")
                               .arg(quoted(role->name)));
    return Rules::checkRoleName(ws, c.text, role->scope, role->isTemplate, role->production, role->id);
}

void RenameRole::apply(Applier &a, Change &c)
{
    a.role(c.role).name = Rules::normalizedName(c.text);
}

QString RenameRole::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Rename role %1 to %2").arg(roleName(ws, c.role), c.text);
}

} // namespace kinds
} // namespace rs
