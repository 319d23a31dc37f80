#pragma once

// A studio for the Reviews view's tests: Ann owns it, Bram runs Spring Portraits with Cato, Dirk and Eva on its team
// (Eva from the 1st of next month to its 20th), and Fien holds no access, so that she may decide every item.
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"

#include <QTest>

namespace reviewsfixture {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Eva's seat: the first and last day, in the workspace's zone.
inline QDate evaFrom()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1).addMonths(1);
}

inline QDate evaUntil()
{
    return evaFrom().addDays(19);
}

inline bool writeStudio(const QString &location)
{
    using namespace rs;
    Workspace ws = DefaultWorkspace::create(s("Ann Peeters"), s("Studio Noord"));
    Change bram = Change::addMember(s("Bram Claes"), ws.builtInRole(BuiltIn::CreateProductions));
    if (!ws.apply(bram).ok())
        return false;
    Change spring = Change::createProduction(s("Spring Portraits"), ws.findMember(s("Bram Claes"))->id);
    if (!ws.apply(spring).ok())
        return false;
    for (const char *name : { "Cato Jacobs", "Dirk Maes", "Eva Wouters" }) {
        Change add = Change::addMember(s(name));
        if (!ws.apply(add).ok())
            return false;
        const bool eva = QByteArray(name) == "Eva Wouters";
        Change invite = Change::invite(ws.findProduction(s("Spring Portraits"))->id, ws.findMember(s(name))->id, 0,
            eva ? dates::startOfDay(evaFrom(), ws.timeZone()) : QDateTime(),
            eva ? dates::endOfDay(evaUntil(), ws.timeZone()) : QDateTime());
        if (!ws.apply(invite).ok())
            return false;
    }
    Change fien = Change::addMember(s("Fien Janssens"));
    if (!ws.apply(fien).ok())
        return false;
    return Store::create(location, ws).ok();
}

} // namespace reviewsfixture
