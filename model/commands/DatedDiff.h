#pragma once

// What the review of staged changes says about dates: each change that sets a date in words with its dates before
// and after, and access that starts or ends at another time than before — which the access of this moment alone
// cannot show (a seat that starts tomorrow, taken away today, changes nothing now, but its member loses it).
#include "domain/Workspace.h"

#include <QDateTime>
#include <optional>

namespace rs {

// A staged change that sets dates (an invite, a seat's dates, an account role's end, a wrap date) or takes a seat
// with its dates away, as the review lists it: the sentence, and the dates as stored and as they will be.
struct DatedChange
{
    QString text;
    QString before;
    QString after;
};
// The change's line, worked out against the stored workspace and the working copy; nothing for other changes.
std::optional<DatedChange> datedChange(const Workspace &stored, const Workspace &working, const Change &change);

// A member's seat or account role whose time window changes while whether it counts now does not: it is gained or
// lost from a later date, or ends at another date. `text` names the member ("Fay loses the seat in Gala Night from
// 6 Dec 2026"); `before` and `after` are the windows; `production` is 0 for an account role.
struct TimedAccess
{
    Id member = 0;
    Id production = 0;
    QString text;
    QString before;
    QString after;
};
QList<TimedAccess> timedAccess(const Workspace &stored, const Workspace &working, const QDateTime &now);

// A window as a person reads it, in the workspace's time zone: "6 Dec 2026 – 19 Dec 2026", "from 6 Dec 2026",
// "until 19 Dec 2026", or "no end".
QString windowText(const Workspace &ws, const SeatTerm &window);

} // namespace rs
