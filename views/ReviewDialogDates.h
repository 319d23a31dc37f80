#pragma once

// The dates in the review of changes: a line that sets dates shows them before and after, and the impact on members
// lists access that starts or ends at another time (commands/DatedDiff.h).
#include "commands/DatedDiff.h"

#include <QHash>

class QTreeWidget;
class QTreeWidgetItem;

namespace rs::reviewdates {

// Fills the Before and After columns of `line` from `dated`; a line without dates takes the whole row.
void showDates(QTreeWidgetItem *line, const DatedChange &dated);

// Adds a row under the member's row of `impact` (made when the member has none yet) for each timed access.
void addTimedImpact(QTreeWidget *impact, QHash<Id, QTreeWidgetItem *> &byMember, const QList<TimedAccess> &timed,
    const Workspace &stored, const Workspace &working);

} // namespace rs::reviewdates
