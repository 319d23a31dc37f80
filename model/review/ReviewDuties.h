#pragma once
// What an access review shows of separation of duties and break glass, frozen when the campaign starts: the open
// conflicts of the members under review, the exceptions granted to them (in force, run out or void), and the changes
// applied by break glass since the last review of the same scope. Frozen into the campaign's start record in the
// audit trail (a JSON object under "duties"), so that the evidence shows the same thing whenever it is exported.
#include "Review.h"
#include "domain/ApprovalRequest.h"
#include "domain/Duties.h"

#include <QJsonObject>

namespace rs::review {

struct DutyEvidence
{
    // member, rule, severity, one side through, other side through, exception ("until …, granted by …" or empty)
    QList<QStringList> conflicts;
    // member, rule, reason, granted by, granted at, until, state ("in-force", "lapsed", "void")
    QList<QStringList> exceptions;
    // request, changes, by, at, reason
    QList<QStringList> breakGlass;

    bool isEmpty() const { return conflicts.isEmpty() && exceptions.isEmpty() && breakGlass.isEmpty(); }
};

// The snapshot a campaign starting at `now` over `items` keeps: conflicts and exceptions of the members with an item
// (every member for the whole studio), and the break-glass requests applied after `since` (invalid: any). Empty when
// there is nothing to show.
DutyEvidence freezeDuties(const Workspace &ws, const duties::Book &book, const QList<approval::Request> &requests,
    const QList<Item> &items, bool studio, const QDateTime &since, const QDateTime &now);

QJsonObject dutyEvidenceJson(const DutyEvidence &evidence);
DutyEvidence dutyEvidenceFromJson(const QJsonObject &json);

// The state keys of exceptions as people read them, translated: "in force", "run out", "void".
QString exceptionStateName(const QString &key);

} // namespace rs::review
