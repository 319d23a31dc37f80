// Brings a linked role in step with its template (a propagation): every cell the template changed since and the role
// did not takes the template's levels, the role's overrides stay, a conflict goes the way asked, and a cell a rule
// forbids the role keeps the role's levels (links::cells() says which and why). The link then records the template's
// cells and version.
// Fields: role, flag (on a conflict, take the template's levels).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Links.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::syncTemplate(Id role, bool preferTemplate)
{
    Change c = kinds::make(Kind::SyncTemplate);
    c.role = role;
    c.flag = preferTemplate;
    return c;
}

namespace kinds {

const Info SyncTemplate::info { "sync-template", Change::Area::Role, nullptr };

Status SyncTemplate::check(const Workspace &ws, const Change &c)
{
    const Role *role = ws.role(c.role);
    if (!role)
        return roleGone();
    if (!role->link.isLinked() || !ws.role(role->link.templ))
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "%1 is not linked to a template.").arg(quoted(role->name)));
    return {};
}

void SyncTemplate::apply(Applier &a, Change &c)
{
    const Workspace &ws = a.workspace();
    const Role &before = *ws.role(c.role);
    const Role &templ = *ws.role(before.link.templ);
    const QList<links::Cell> cells = links::cells(ws, before);
    QHash<Id, Levels> base = links::templateCells(ws, templ);
    const int version = templ.version;
    Role &r = a.role(c.role);
    for (const links::Cell &cell : cells) {
        const Levels levels = links::merged(cell, c.flag);
        if (levels.isNone())
            r.grants.remove(cell.feature);
        else
            r.grants.insert(cell.feature, levels);
    }
    r.link.base = std::move(base);
    r.link.version = version;
}

QString SyncTemplate::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Bring %1 in step with its template").arg(roleName(ws, c.role));
}

} // namespace kinds
} // namespace rs
