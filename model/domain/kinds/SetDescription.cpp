// Describes a role in a longer text.
// Fields: role, text (the description).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::setDescription(Id role, const QString &text)
{
    Change c = kinds::make(Kind::SetDescription);
    c.role = role;
    c.text = text;
    return c;
}

namespace kinds {

const Info SetDescription::info { "set-description", Change::Area::Role, nullptr };

Status SetDescription::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (role->isLocked())
        return builtInUnchangeable(*role);
    return Rules::checkText(c.text, QCoreApplication::translate("rs::Rules", "description"));
}

void SetDescription::apply(Applier &a, Change &c)
{
    a.role(c.role).description = c.text;
}

QString SetDescription::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Describe %1").arg(roleName(ws, c.role));
}

} // namespace kinds
} // namespace rs
