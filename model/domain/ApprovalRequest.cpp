#include "ApprovalRequest.h"

#include "ApprovalGate.h"
#include "Quoted.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rs::approval {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::Approval", text);
}

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

} // namespace

QString stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Approved:
        return QStringLiteral("approved");
    case State::Applied:
        return QStringLiteral("applied");
    case State::Denied:
        return QStringLiteral("denied");
    case State::Withdrawn:
        return QStringLiteral("withdrawn");
    case State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString stateName(State state)
{
    switch (state) {
    case State::Pending:
        return tr("pending");
    case State::Approved:
        return tr("approved");
    case State::Applied:
        return tr("applied");
    case State::Denied:
        return tr("denied");
    case State::Withdrawn:
        return tr("withdrawn");
    case State::Expired:
        return tr("expired");
    }
    return {};
}

Result<State> parseState(const QString &key)
{
    for (State s : { State::Pending, State::Approved, State::Applied, State::Denied, State::Withdrawn,
             State::Expired }) {
        if (key == stateKey(s))
            return s;
    }
    return Error::badInput(tr("A request's state is pending, approved, applied, denied, withdrawn or expired, not %1.")
                               .arg(quoted(key.left(40))));
}

QByteArray canonical(const QList<Change> &changes, qint64 baseVersion)
{
    QJsonArray list;
    for (const Change &c : changes)
        list.append(c.toJson());
    const QJsonObject o { { QStringLiteral("baseVersion"), baseVersion }, { QStringLiteral("changes"), list } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString hashOf(const QList<Change> &changes, qint64 baseVersion)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(changes, baseVersion), QCryptographicHash::Sha256).toHex());
}

Status mayVote(const Request &request, const Workspace &ws, Id member)
{
    if (member == request.requester)
        return Error::rule(tr("Nobody approves or denies their own request."));
    if (!mayApprove(ws, member))
        return Error::rule(tr("Only the owner, Admins and the approvers the policy names approve requests."));
    if (touchesAccessOf(ws, request.current().changes, member))
        return Error::rule(tr("The request changes your own access; another approver decides it."));
    return {};
}

QList<Vote> counted(const Request &request, const Workspace &ws)
{
    QList<Vote> result;
    QSet<Id> seen;
    const QString hash = request.current().hash;
    for (const Vote &v : request.votes) {
        if (!v.approve || v.hash != hash || seen.contains(v.member))
            continue;
        if (!mayVote(request, ws, v.member))
            continue;
        seen.insert(v.member);
        result.append(v);
    }
    return result;
}

const Vote *denial(const Request &request, const Workspace &ws)
{
    const QString hash = request.current().hash;
    for (const Vote &v : request.votes) {
        if (!v.approve && v.hash == hash && mayVote(request, ws, v.member))
            return &v;
    }
    return nullptr;
}

QDateTime windowEnd(const Request &request, const Workspace &ws)
{
    const ApprovalPolicy &policy = ws.approvalPolicy();
    const QList<Vote> approvals = counted(request, ws);
    if (approvals.size() >= policy.approvals) {
        const QDateTime completed = approvals.at(policy.approvals - 1).at;
        return completed.addMSecs(policy.applyDays * kDayMs);
    }
    return request.current().at.addMSecs(policy.approvalDays * kDayMs);
}

State stateAt(const Request &request, const Workspace &ws, const QDateTime &now)
{
    if (request.appliedAt.isValid() || request.breakGlass)
        return State::Applied;
    if (request.withdrawnAt.isValid())
        return State::Withdrawn;
    if (denial(request, ws))
        return State::Denied;
    const bool approved = counted(request, ws).size() >= ws.approvalPolicy().approvals;
    if (now > windowEnd(request, ws))
        return State::Expired;
    return approved ? State::Approved : State::Pending;
}

} // namespace rs::approval
