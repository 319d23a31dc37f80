// Sets the day a production wraps, or takes it off.
// Fields: production, until (the wrap; invalid: none).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Dates.h"

namespace rs {

Change Change::setProductionEnd(Id production, const QDateTime &wrap)
{
    Change c = kinds::make(Kind::SetProductionEnd);
    c.production = production;
    c.until = wrap;
    return c;
}

namespace kinds {

const Info SetProductionEnd::info { "set-production-end", Change::Area::Production, nullptr };

Status SetProductionEnd::check(const Workspace &ws, const Change &c)
{
    if (!ws.production(c.production))
        return productionGone();
    return {};
}

void SetProductionEnd::apply(Applier &a, Change &c)
{
    a.production(c.production).wrap = c.until;
}

QString SetProductionEnd::describe(const Workspace &ws, const Change &c)
{
    return c.until.isValid()
        ? QCoreApplication::translate("rs::Change", "Wrap %1 on %2")
              .arg(productionName(ws, c.production), dates::date(c.until, ws.timeZone()))
        : QCoreApplication::translate("rs::Change", "Take the wrap date off %1").arg(productionName(ws, c.production));
}

} // namespace kinds
} // namespace rs
