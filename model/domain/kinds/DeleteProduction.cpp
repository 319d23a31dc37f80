// Deletes a production with its team and its own roles.
// Fields: production.
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::deleteProduction(Id production)
{
    Change c = kinds::make(Kind::DeleteProduction);
    c.production = production;
    return c;
}

namespace kinds {

const Info DeleteProduction::info { "delete-production", Change::Area::Production, nullptr };

Status DeleteProduction::check(const Workspace &ws, const Change &c)
{
    if (!ws.production(c.production))
        return productionGone();
    return {};
}

void DeleteProduction::apply(Applier &a, Change &c)
{
    const Workspace &ws = a.workspace();
    a.removeProduction(c.production);
    const QList<SeatKey> keys = ws.seats().keys();
    for (const SeatKey &key : keys) {
        if (key.production == c.production)
            a.setSeat(key, 0);
    }
    const QList<Id> roleIds = ws.roles().keys();
    for (Id id : roleIds) {
        if (ws.roles().value(id).production == c.production)
            a.removeRole(id);
    }
    a.reindexProduction(c.production);
}

QString DeleteProduction::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Delete production %1").arg(productionName(ws, c.production));
}

} // namespace kinds
} // namespace rs
