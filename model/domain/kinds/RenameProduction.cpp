// Renames a production.
// Fields: production, text (the new name).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::renameProduction(Id production, const QString &name)
{
    Change c = kinds::make(Kind::RenameProduction);
    c.production = production;
    c.text = name;
    return c;
}

namespace kinds {

const Info RenameProduction::info { "rename-production", Change::Area::Production, nullptr };

Status RenameProduction::check(const Workspace &ws, const Change &c)
{
    const Production *production = ws.production(c.production);
    if (!production)
        return productionGone();
    return checkProductionName(ws, c.text, production->id);
}

void RenameProduction::apply(Applier &a, Change &c)
{
    a.production(c.production).name = Rules::normalizedName(c.text);
    a.reindexProduction(c.production);
}

QString RenameProduction::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Rename production %1 to %2")
        .arg(productionName(ws, c.production), c.text);
}

} // namespace kinds
} // namespace rs
