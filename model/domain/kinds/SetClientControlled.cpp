// Marks a production client-controlled, or not: its seats become sensitive changes under the approval policy.
// Fields: production, flag (client-controlled).
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

#include <algorithm>

namespace rs {

Change Change::setClientControlled(Id production, bool clientControlled)
{
    Change c = kinds::make(Kind::SetClientControlled);
    c.production = production;
    c.flag = clientControlled;
    return c;
}

namespace kinds {

const Info SetClientControlled::info { "set-client-controlled", Change::Area::Production, nullptr };

Status SetClientControlled::check(const Workspace &ws, const Change &c)
{
    if (!ws.production(c.production))
        return productionGone();
    return {};
}

void SetClientControlled::apply(Applier &a, Change &c)
{
    ApprovalPolicy p = a.workspace().approvalPolicy();
    p.clientControlled.removeAll(c.production);
    if (c.flag) {
        p.clientControlled.append(c.production);
        std::sort(p.clientControlled.begin(), p.clientControlled.end());
    }
    a.setApprovalPolicy(p);
}

QString SetClientControlled::describe(const Workspace &ws, const Change &c)
{
    return (c.flag ? QCoreApplication::translate("rs::Change", "Mark production %1 client-controlled")
                   : QCoreApplication::translate("rs::Change", "Mark production %1 studio-controlled"))
        .arg(quoted(productionName(ws, c.production)));
}

} // namespace kinds
} // namespace rs
