#pragma once
// Access that ends: what ends within a window, and what a sweep removes once it has ended.
#include "Change.h"
#include "Workspace.h"

#include <QList>

namespace rs {

// One seat or account role with an end.
struct Expiry
{
    Id member = 0;
    Id production = 0; // 0: the account role
    Id role = 0;
    QDateTime from; // the seat's start; invalid when it has none
    QDateTime until; // its end as it counts: its own, else the production's wrap date
    bool fromWrap = false; // the end is the production's wrap date
    bool operator==(const Expiry &) const = default;
};

// Every seat and account role with an end, soonest end first (then member and production id).
QList<Expiry> expiries(const Workspace &ws);
// Those ending in [from, to], soonest first.
QList<Expiry> endingWithin(const Workspace &ws, const QDateTime &from, const QDateTime &to);
// The changes that remove every seat and account role whose end is before `at`: uninvites and account roles taken
// away. Empty when nothing has ended.
QList<Change> sweepChanges(const Workspace &ws, const QDateTime &at);

} // namespace rs
