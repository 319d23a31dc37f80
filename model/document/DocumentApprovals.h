#pragma once

#include "domain/ApprovalRequest.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace rs {

// The approval requests of the open workspace as the editor's Approvals view shows them, read on the document's
// worker (Document::readApprovals()).
struct ApprovalListing
{
    Status status; // an error when they could not be read
    QList<approval::Request> requests; // oldest first
    QList<approval::State> states; // the state of each request now
    // Who gained or lost what, as each applied request's audit record kept it (ApprovalStore::appliedImpacts()).
    QHash<Id, QJsonArray> impacts;
    // The member acting: the login's on PostgreSQL, the one chosen (else named as $USER) on SQLite. 0 when the
    // workspace has no such member; meError says why.
    Id me = 0;
    QString meName;
    QString meError;
};

// One step on an approval request asked of the document (Document::approvalStep()).
enum class ApprovalStep { Submit, Approve, Deny, Withdraw, Apply, Rebase };

struct ApprovalAsk
{
    ApprovalStep step = ApprovalStep::Submit;
    Id request = 0; // the request stepped on; none for Submit
    QString text; // the reason (Submit) or the comment (Approve, Deny)
    QString hash; // Approve: the change set's hash as shown, so that an approval binds what was seen
    QList<Change> changes; // Submit: the change set
};

struct ApprovalAnswer
{
    quint64 ticket = 0; // as approvalStep() returned it
    ApprovalStep step = ApprovalStep::Submit;
    Id request = 0; // Submit: the new request's number
    Status status;
    int needed = 0; // Submit: the approvals the request waits for
};

} // namespace rs
