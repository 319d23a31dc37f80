#pragma once

#include "Workspace.h"

#include <QDateTime>
#include <QList>

namespace rs::approval {

// One approval or denial of a request, bound to the hash of the change set it was given on.
struct Vote
{
    qint64 seq = 0;
    Id member = 0;
    QString name;
    QString login; // who the database or the system says cast it
    bool approve = true;
    QString comment;
    QDateTime at;
    QString hash;
};

// One version of a request's change set: the first as filed, then each edit or rebase.
struct Revision
{
    int number = 1;
    QList<Change> changes;
    qint64 baseVersion = 0; // the workspace version the changes were made on
    QString hash; // SHA-256 of canonical(changes, baseVersion), hex
    QDateTime at;
};

enum class State { Pending, Approved, Applied, Denied, Withdrawn, Expired };
QString stateKey(State state);
QString stateName(State state); // translated
Result<State> parseState(const QString &key);

// A change set that waits for approval, or a break-glass change applied at once and listed for approval after it.
struct Request
{
    Id id = 0;
    Id requester = 0;
    QString requesterName;
    QString requesterLogin;
    QString reason;
    QDateTime filedAt;
    bool breakGlass = false;
    QList<Revision> revisions; // never empty; the last counts
    QList<Vote> votes; // oldest first
    QDateTime withdrawnAt;
    QDateTime appliedAt;
    qint64 appliedVersion = 0;
    QString appliedBy;

    const Revision &current() const { return revisions.constLast(); }
};

// The canonical text of a change set made on a workspace version: one line of JSON with sorted keys. Its SHA-256 in
// hex is what approvals are bound to, so an edit or a rebase makes every approval before it count no more.
QByteArray canonical(const QList<Change> &changes, qint64 baseVersion);
QString hashOf(const QList<Change> &changes, qint64 baseVersion);

// The approvals that count: given on the current hash, by distinct members who may approve (mayApprove()), never the
// requester, never someone whose own access the changes alter; the first vote of each member that counts.
QList<Vote> counted(const Request &request, const Workspace &ws);
// A denial on the current hash by a member who may approve.
const Vote *denial(const Request &request, const Workspace &ws);
// Whether `member` may approve or deny the request, or why not.
Status mayVote(const Request &request, const Workspace &ws, Id member);

// The request's state at an instant. A pending request expires once `approvalDays` have passed since its current
// revision; an approved one once `applyDays` have passed since the approval that completed it. The window's last
// instant still counts.
State stateAt(const Request &request, const Workspace &ws, const QDateTime &now);
// The last instant at which the request can still be approved (pending) or applied (approved).
QDateTime windowEnd(const Request &request, const Workspace &ws);

} // namespace rs::approval
