// Sets the levels one role holds on one feature: a cell of the grid.
// Fields: role, feature, levels.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Links.h"
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

namespace {

// A template's cell changed: while roles are linked to it, it counts one more change, and every role that follows it and
// was in step takes the new levels unless it overrode the cell or a rule forbids them; either way it is in step with
// the new version.
void followTemplate(Applier &a, Id templ, Id feature, Levels levels)
{
    const Workspace &ws = a.workspace();
    QList<Id> linked;
    for (const Role &r : ws.roles()) {
        if (r.link.templ == templ)
            linked.append(r.id);
    }
    // Versions count what linked roles may be behind by: a template no role is linked to changes like any role,
    // cell by cell (and another editor's change of another cell does not conflict with it).
    if (linked.isEmpty() || ws.role(templ)->grants.value(feature) == levels) {
        a.setCell(templ, feature, levels);
        return;
    }
    const int version = ++a.role(templ).version;
    a.setCell(templ, feature, levels);
    const Feature *f = ws.feature(feature);
    QList<Id> followers;
    for (const Id id : std::as_const(linked)) {
        const Role &r = *ws.role(id);
        if (r.link.follow && r.link.version == version - 1)
            followers.append(r.id);
    }
    for (const Id id : followers) {
        // The cell as it stands against the template's previous levels: taken only where the role kept them.
        const links::Cell cell = links::cell(ws, *ws.role(id), *ws.role(templ), *f);
        Role &r = a.role(id);
        if (cell.state == links::CellState::TemplateChange) {
            if (cell.reachable.isNone())
                r.grants.remove(feature);
            else
                r.grants.insert(feature, cell.reachable);
        }
        if (levels.isNone())
            r.link.base.remove(feature);
        else
            r.link.base.insert(feature, levels);
        r.link.version = version;
    }
}

} // namespace

void SetGrant::apply(Applier &a, Change &c)
{
    const Role *role = a.workspace().role(c.role);
    if (role && role->isTemplate)
        followTemplate(a, c.role, c.feature, c.levels);
    else
        a.setCell(c.role, c.feature, c.levels);
}

QString SetGrant::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Set %1 to %2 for %3")
        .arg(featureName(ws, c.feature), c.levels.toText(), roleName(ws, c.role));
}

} // namespace kinds
} // namespace rs
