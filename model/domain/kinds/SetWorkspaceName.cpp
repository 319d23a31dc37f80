// Renames the workspace.
// Fields: text (the new name).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::setWorkspaceName(const QString &name)
{
    Change c = kinds::make(Kind::SetWorkspaceName);
    c.text = name;
    return c;
}

namespace kinds {

const Info SetWorkspaceName::info { "set-workspace-name", Change::Area::Workspace, nullptr };

Status SetWorkspaceName::check(const Workspace &, const Change &c)
{
    return Rules::checkName(c.text, QCoreApplication::translate("rs::Rules", "workspace"));
}

void SetWorkspaceName::apply(Applier &a, Change &c)
{
    a.setWorkspaceName(Rules::normalizedName(c.text));
}

QString SetWorkspaceName::describe(const Workspace &, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Rename the workspace to %1").arg(c.text);
}

} // namespace kinds
} // namespace rs
