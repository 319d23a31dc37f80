// Sets the levels one role holds on one feature: a cell of the grid.
// Fields: role, feature, levels.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::setGrant(Id role, Id feature, Levels levels)
{
    Change c = kinds::make(Kind::SetGrant);
    c.role = role;
    c.feature = feature;
    c.levels = levels;
    return c;
}

namespace kinds {

const Info SetGrant::info { "set-grant", Change::Area::Role, nullptr };

Status SetGrant::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    const Feature *feature = ws.feature(c.feature);
    if (!feature)
        return featureGone();
    if (role->isLocked())
        return Error::rule(QCoreApplication::translate(
            "rs::Rules", "%1 is a built-in role: its permissions cannot be changed, but it can be duplicated.")
                               .arg(quoted(role->name)));
    return Rules::checkGrant(ws, *role, *feature, c.levels);
}

void SetGrant::apply(Applier &a, Change &c)
{
    a.setCell(c.role, c.feature, c.levels);
}

QString SetGrant::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Set %1 to %2 for %3")
        .arg(featureName(ws, c.feature), c.levels.toText(), roleName(ws, c.role));
}

} // namespace kinds
} // namespace rs
