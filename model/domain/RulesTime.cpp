// The rules of time on access: a seat's dates and an account role's end.
#include "Dates.h"
#include "Rules.h"
#include "Workspace.h"
#include "domain/Quoted.h"

#include <QCoreApplication>

namespace rs {

Status Rules::checkInstants(const QDateTime &from, const QDateTime &until)
{
    if (Status s = dates::checkRange(from); !s)
        return s;
    return dates::checkRange(until);
}

Status Rules::checkSeatTerm(const Workspace &ws, const Member &member, const QDateTime &from, const QDateTime &until)
{
    if (!from.isValid() && !until.isValid())
        return {};
    if (Status s = checkInstants(from, until); !s)
        return s;
    if (member.accountRole
        && (member.accountRole == ws.builtInRole(BuiltIn::Owner)
            || member.accountRole == ws.builtInRole(BuiltIn::Admin)))
        return Error::rule(QCoreApplication::translate("rs::Rules",
            "%1 administers every production as %2; that access never expires, so the seat takes no dates.")
                               .arg(quoted(member.name), quoted(ws.role(member.accountRole)->name)));
    if (from.isValid() && until.isValid() && until <= from)
        return Error::rule(QCoreApplication::translate("rs::Rules", "The end comes after the start."));
    return {};
}

} // namespace rs
