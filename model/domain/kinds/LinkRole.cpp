// Links a role to a template, following it or pinned; the role keeps its cells, and those that differ from the
// template's are its local overrides. On a role already linked to that template only the mode changes, so a pinned
// role that is behind stays behind until it is brought in step.
// Fields: role, source (the template), flag (follow).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Links.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::linkRole(Id role, Id templ, bool follow)
{
    Change c = kinds::make(Kind::LinkRole);
    c.role = role;
    c.source = templ;
    c.flag = follow;
    return c;
}

namespace kinds {

const Info LinkRole::info { "link-role", Change::Area::Role, nullptr };

Status LinkRole::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (role->isLocked())
        return builtInUnchangeable(*role);
    if (role->isTemplate)
        return Error::rule(QCoreApplication::translate("rs::Rules", "%1 is a template: only roles follow a template.")
                               .arg(quoted(role->name)));
    const Role *templ = ws.role(c.source);
    if (!templ || !templ->isTemplate)
        return Error::notFound(QCoreApplication::translate("rs::Rules", "The template to link to does not exist."));
    return {};
}

void LinkRole::apply(Applier &a, Change &c)
{
    const Workspace &ws = a.workspace();
    const Role &templ = *ws.role(c.source);
    const int version = templ.version;
    QHash<Id, Levels> base = links::templateCells(ws, templ);
    Role &r = a.role(c.role);
    if (r.link.templ == c.source) {
        r.link.follow = c.flag;
        return;
    }
    r.link = RoleLink { c.source, version, c.flag, std::move(base) };
}

QString LinkRole::describe(const Workspace &ws, const Change &c)
{
    return c.flag ? QCoreApplication::translate("rs::Change", "Let %1 follow template %2")
                        .arg(roleName(ws, c.role), roleName(ws, c.source))
                  : QCoreApplication::translate("rs::Change", "Link %1 to template %2, pinned")
                        .arg(roleName(ws, c.role), roleName(ws, c.source));
}

} // namespace kinds
} // namespace rs
