// Sets which changes need approval, how many approvals, who may approve and the windows (ApprovalPolicy.h).
// Fields: text (the policy as canonical JSON; its clientControlled list is not used).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::setApprovalPolicy(const ApprovalPolicy &policy)
{
    Change c = kinds::make(Kind::SetApprovalPolicy);
    ApprovalPolicy p = policy;
    p.clientControlled.clear();
    c.text = QString::fromUtf8(p.toJson());
    return c;
}

namespace kinds {

const Info SetApprovalPolicy::info { "set-approval-policy", Change::Area::Workspace, nullptr };

Status SetApprovalPolicy::check(const Workspace &ws, const Change &c)
{
    const Result<ApprovalPolicy> p = ApprovalPolicy::fromJson(c.text.toUtf8());
    if (!p)
        return p.error();
    for (Id a : p.value().approvers) {
        if (!ws.member(a))
            return memberGone();
    }
    return {};
}

void SetApprovalPolicy::apply(Applier &a, Change &c)
{
    ApprovalPolicy p = ApprovalPolicy::fromJson(c.text.toUtf8()).value();
    p.clientControlled = a.workspace().approvalPolicy().clientControlled;
    a.setApprovalPolicy(p);
}

QString SetApprovalPolicy::describe(const Workspace &ws, const Change &c)
{
    const Result<ApprovalPolicy> p = ApprovalPolicy::fromJson(c.text.toUtf8());
    if (!p)
        return QCoreApplication::translate("rs::Change", "Set the approval policy");
    const ApprovalPolicy &policy = p.value();
    QStringList approvers;
    for (Id a : policy.approvers)
        approvers.append(memberName(ws, a));
    const int approvals = policy.approvals;
    return QCoreApplication::translate("rs::Change",
        "Set the approval policy: %1 changes, %n approval(s), approvers beyond the owner and Admins: %2, "
        "approval within %3 days, apply within %4 days",
        nullptr, approvals)
        .arg(ApprovalPolicy::changesKey(policy.changes),
            approvers.isEmpty() ? QCoreApplication::translate("rs::Change", "none")
                                : approvers.join(QStringLiteral(", ")))
        .arg(policy.approvalDays)
        .arg(policy.applyDays);
}

} // namespace kinds
} // namespace rs
