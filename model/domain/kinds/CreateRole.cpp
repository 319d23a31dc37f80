// Creates a role, a production role or a template, empty or as a copy of another.
// Fields: text (the name), scope, production (a production role's), source (the role or template to copy; 0 starts
// with every allowed level), flag (a template); role (the new id, written back).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::createRole(const QString &name, Scope scope, Id production, Id source, bool isTemplate)
{
    Change c = kinds::make(Kind::CreateRole);
    c.text = name;
    c.scope = scope;
    c.production = production;
    c.source = source;
    c.flag = isTemplate;
    return c;
}

namespace kinds {

const Info CreateRole::info { "create-role", Change::Area::Role, &Change::role };

Status CreateRole::check(const Workspace &ws, const Change &c)
{
    if (c.scope == Scope::Production && !c.flag && !ws.production(c.production))
        return Error::notFound(QCoreApplication::translate(
            "rs::Rules", "A production role belongs to a production; name one that exists."));
    if (c.source && !ws.role(c.source))
        return Error::notFound(QCoreApplication::translate("rs::Rules", "The role to copy from no longer exists."));
    return Rules::checkRoleName(ws, c.text, c.scope, c.flag, c.flag ? 0 : c.production, 0);
}

void CreateRole::apply(Applier &a, Change &c)
{
    const Workspace &ws = a.workspace();
    c.role = a.newId(c.role);
    Role &r = a.role(c.role);
    r = Role();
    r.id = c.role;
    r.name = Rules::normalizedName(c.text);
    r.scope = c.scope;
    r.isTemplate = c.flag;
    r.production = c.scope == Scope::Production && !c.flag ? c.production : 0;
    const Role *source = ws.role(c.source);
    if (source) {
        r.guardrails = source->guardrails;
        r.invitedOnly = source->invitedOnly && r.scope == Scope::Account;
        r.description = source->description;
    }
    for (const Feature &f : ws.features()) {
        const Levels wanted = source ? ws.grant(*source, f) : Levels::all();
        const Levels levels = wanted.common(Rules::allowedLevels(ws, r, f));
        if (!levels.isNone())
            r.grants.insert(f.id, levels);
    }
}

QString CreateRole::describe(const Workspace &, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Create role %1").arg(c.text);
}

} // namespace kinds
} // namespace rs
