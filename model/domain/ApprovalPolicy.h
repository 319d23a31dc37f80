#pragma once

#include "Entities.h"
#include "Result.h"

#include <QByteArray>
#include <QList>

namespace rs {

// Which changes need a second person's approval before they count, kept in the workspace (SPEC: approval requests).
// The default, `None`, gates nothing; once another level is set, changing the policy is itself gated.
struct ApprovalPolicy
{
    enum class Changes { None, Sensitive, All };
    Changes changes = Changes::None;
    int approvals = 1; // distinct approvers a request needs, 1 to 3
    QList<Id> approvers; // members who may approve besides the owner and the Admins, ascending
    int approvalDays = 7; // a request not approved this many days after it was filed expires
    int applyDays = 2; // an approved request not applied this many days after its last approval expires
    QList<Id> clientControlled; // productions whose seats are sensitive, ascending

    bool isDefault() const { return *this == ApprovalPolicy(); }
    bool isClientControlled(Id production) const { return clientControlled.contains(production); }
    // The policy as one line of canonical JSON (keys sorted, no spaces): how it is stored and carried by a change.
    QByteArray toJson() const;
    static Result<ApprovalPolicy> fromJson(const QByteArray &json);
    static QString changesKey(Changes changes);
    static Result<Changes> parseChanges(const QString &key);
    // Whether the values are in range: 1 to 3 approvals, windows of 1 to 365 days.
    Status check() const;

    bool operator==(const ApprovalPolicy &) const = default;
};

} // namespace rs
