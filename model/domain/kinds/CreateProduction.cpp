// Creates a production; its creator takes a seat on its team as Production admin.
// Fields: text (the name), member (the creator); production (the new id, written back).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::createProduction(const QString &name, Id createdBy)
{
    Change c = kinds::make(Kind::CreateProduction);
    c.text = name;
    c.member = createdBy;
    return c;
}

namespace kinds {

const Info CreateProduction::info { "create-production", Change::Area::Production, &Change::production };

Status CreateProduction::check(const Workspace &ws, const Change &c)
{
    if (Status s = checkProductionName(ws, c.text, 0); !s)
        return s;
    const Member *creator = ws.member(c.member);
    if (!creator)
        return Error::notFound(QCoreApplication::translate("rs::Rules",
            "A production is created by a member of the workspace; that member does not "
            "exist."));
    const Id role = creator->accountRole;
    if (!role
        || (role != ws.builtInRole(BuiltIn::Owner) && role != ws.builtInRole(BuiltIn::Admin)
            && role != ws.builtInRole(BuiltIn::CreateProductions)))
        return Error::rule(QCoreApplication::translate("rs::Rules",
            "%1 cannot create productions: that takes the Admin & owner, Admin or Create "
            "productions role.")
                               .arg(quoted(creator->name)));
    return {};
}

void CreateProduction::apply(Applier &a, Change &c)
{
    c.production = a.newId(c.production);
    a.production(c.production) = Production { c.production, Rules::normalizedName(c.text), c.member, {} };
    a.setSeat(SeatKey { c.production, c.member }, a.workspace().builtInRole(BuiltIn::ProductionAdmin));
    a.reindexProduction(c.production);
}

QString CreateProduction::describe(const Workspace &, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Create production %1").arg(c.text);
}

} // namespace kinds
} // namespace rs
