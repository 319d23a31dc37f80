// The steps of an approval request: file, vote, withdraw, revise, apply, break glass; and finding changes that went
// past the policy.
#include "ApprovalStore.h"

#include "AuditState.h"
#include "ReviewStoreSql.h"
#include "domain/AccessImpact.h"
#include "domain/ApprovalGate.h"
#include "domain/Quoted.h"
#include "domain/Rules.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace rs {

namespace {

using reviewsql::run;
using reviewsql::stamp;
using reviewsql::text;

QString tr(const char *t, int n = -1)
{
    return QCoreApplication::translate("rs::ApprovalStore", t, nullptr, n);
}

QString trimmed(const QString &s)
{
    return s.trimmed();
}

// Who gains or loses what between the workspace before an apply and after it, every member, as the apply's audit
// record keeps it: once applied, no workspace shows the difference again.
QJsonArray frozenImpact(const Workspace &before, const Workspace &after)
{
    return impactJson(
        before, after, accessImpact(before, after, int(before.members().size() + after.members().size())).access);
}

} // namespace

Result<approval::Request> ApprovalStore::submit(const QList<Change> &changes, const QString &reasonText)
{
    const QString reason = trimmed(reasonText);
    if (reason.isEmpty())
        return Error::badInput(tr("A request needs a reason."));
    if (Status s = Rules::checkText(reason, tr("The reason")); !s)
        return s.error();
    const Result<ApprovalActor> me = actor();
    if (!me)
        return me.error();
    if (Status s = checkChanges(changes); !s)
        return s.error();
    approval::Request r;
    r.requester = me.value().member;
    r.requesterName = me.value().name;
    r.reason = reason;
    r.filedAt = now();
    r.revisions.append({ 1, changes, m_store.version(), approval::hashOf(changes, m_store.version()), r.filedAt });
    Status s = write([&](qint64 version) -> Status {
        Result<Id> id = insertRequest(r);
        if (!id)
            return id.error();
        r.id = id.value();
        if (Status s = insertRevision(r.id, r.current()); !s)
            return s;
        return audit(version, tr("Filed approval request %1: %2").arg(r.id).arg(reason), r.id,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("approval-request") },
                { QStringLiteral("request"), r.id }, { QStringLiteral("hash"), r.current().hash },
                { QStringLiteral("baseVersion"), r.current().baseVersion }, { QStringLiteral("reason"), reason } });
    });
    if (!s)
        return s.error();
    return readRequest(r.id);
}

Result<approval::Request> ApprovalStore::breakGlass(QList<Change> &changes, const QString &reasonText)
{
    const QString reason = trimmed(reasonText);
    if (reason.isEmpty())
        return Error::badInput(tr("Break glass needs a reason."));
    if (Status s = Rules::checkText(reason, tr("The reason")); !s)
        return s.error();
    const Result<ApprovalActor> me = actor();
    if (!me)
        return me.error();
    if (me.value().member != m_store.workspace().owner())
        return Error::rule(tr("Only the workspace's owner may break glass."));
    approval::Request r;
    r.requester = me.value().member;
    r.requesterName = me.value().name;
    r.reason = reason;
    r.filedAt = now();
    r.breakGlass = true;
    const QJsonArray impact = [&]() {
        Workspace copy = m_store.workspace();
        for (Change c : changes) {
            if (!copy.apply(c))
                return QJsonArray(); // refused below by the write itself
        }
        return frozenImpact(m_store.workspace(), copy);
    }();
    const auto record = [&](qint64 version) -> Status {
        // The change set as the store applied it, on the version before its own.
        r.revisions = { { 1, changes, version - 1, approval::hashOf(changes, version - 1), r.filedAt } };
        Result<Id> id = insertRequest(r);
        if (!id)
            return id.error();
        r.id = id.value();
        if (Status s = insertRevision(r.id, r.current()); !s)
            return s;
        if (Status s = insertStep(r.id, QStringLiteral("applied"), version); !s)
            return s;
        return audit(version, tr("Broke glass as approval request %1: %2").arg(r.id).arg(reason), r.id,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("approval-break-glass") },
                { QStringLiteral("request"), r.id }, { QStringLiteral("hash"), r.current().hash },
                { QStringLiteral("reason"), reason }, { QStringLiteral("impact"), impact } });
    };
    const Status s = write(record, &changes, QJsonObject { { QStringLiteral("breakGlass"), reason } });
    if (!s)
        return s.error();
    return readRequest(r.id);
}

Status ApprovalStore::vote(Id id, bool approve, const QString &commentText, const QString &hash)
{
    const QString comment = trimmed(commentText);
    if (!approve && comment.isEmpty())
        return Error::badInput(tr("A denial needs a comment saying why."));
    if (Status s = Rules::checkText(comment, tr("The comment")); !s)
        return s;
    if (Status s = m_store.reload(); !s)
        return s;
    const Result<ApprovalActor> me = actor();
    if (!me)
        return me.error();
    return write([&](qint64 version) -> Status {
        // Read inside the transaction, under the writers' lock: the request as it is now.
        Result<approval::Request> r = readRequest(id);
        if (!r)
            return r.error();
        const approval::Request &request = r.value();
        const approval::State state = approval::stateAt(request, m_store.workspace(), now());
        if (state != approval::State::Pending && !(state == approval::State::Applied && request.breakGlass))
            return Error::rule(tr("Approval request %1 is %2; only a pending request is approved or denied.")
                                   .arg(id)
                                   .arg(approval::stateName(state)));
        if (Status s = approval::mayVote(request, m_store.workspace(), me.value().member); !s)
            return s;
        const QString on = hash.isEmpty() ? request.current().hash : hash;
        if (on != request.current().hash)
            return Error::conflict(tr("Approval request %1 changed since it was shown; look at it again. Nothing was "
                                      "recorded.")
                                       .arg(id));
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        if (!run(q,
                "INSERT INTO approval_votes (request_id, member_id, member_name, login, verdict, comment, at, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq",
                { id, me.value().member, me.value().name, text(auditstate::osUser()),
                    approve ? QStringLiteral("approve") : QStringLiteral("deny"), text(comment), stamp(now()), on })
            || !q.next())
            return Error::storage(
                tr("The vote was refused by the database; nothing was recorded."), q.lastError().text());
        const qint64 seq = q.value(0).toLongLong();
        m_newRows.append({ "approval_votes", QStringLiteral("seq = %1").arg(seq) });
        return audit(version,
            approve ? tr("Approved request %1").arg(id) : tr("Denied request %1: %2").arg(id).arg(comment), id,
            QJsonObject { { QStringLiteral("kind"),
                              approve ? QStringLiteral("approval-approve") : QStringLiteral("approval-deny") },
                { QStringLiteral("request"), id }, { QStringLiteral("hash"), on },
                { QStringLiteral("member"), me.value().member }, { QStringLiteral("comment"), comment } });
    });
}

Status ApprovalStore::approve(Id id, const QString &comment, const QString &hash)
{
    return vote(id, true, comment, hash);
}

Status ApprovalStore::deny(Id id, const QString &comment)
{
    return vote(id, false, comment, {});
}

Status ApprovalStore::withdraw(Id id)
{
    const Result<ApprovalActor> me = actor();
    if (!me)
        return me.error();
    return write([&](qint64 version) -> Status {
        Result<approval::Request> r = readRequest(id);
        if (!r)
            return r.error();
        if (r.value().requester != me.value().member)
            return Error::rule(tr("Only the member who filed request %1 withdraws it.").arg(id));
        const approval::State state = approval::stateAt(r.value(), m_store.workspace(), now());
        if (state != approval::State::Pending && state != approval::State::Approved)
            return Error::rule(
                tr("Approval request %1 is %2 and cannot be withdrawn.").arg(id).arg(approval::stateName(state)));
        if (Status s = insertStep(id, QStringLiteral("withdrawn"), version); !s)
            return s;
        return audit(version, tr("Withdrew approval request %1").arg(id), id,
            QJsonObject {
                { QStringLiteral("kind"), QStringLiteral("approval-withdraw") }, { QStringLiteral("request"), id } });
    });
}

Status ApprovalStore::newRevision(Id id, const QList<Change> &changes, const char *kind)
{
    if (Status s = m_store.reload(); !s)
        return s;
    const Result<ApprovalActor> me = actor();
    if (!me)
        return me.error();
    Result<approval::Request> before = readRequest(id);
    if (!before)
        return before.error();
    const QList<Change> set = changes.isEmpty() ? before.value().current().changes : changes;
    if (Status s = checkChanges(set); !s)
        return s;
    return write([&](qint64 version) -> Status {
        Result<approval::Request> r = readRequest(id);
        if (!r)
            return r.error();
        if (r.value().requester != me.value().member)
            return Error::rule(tr("Only the member who filed request %1 changes it.").arg(id));
        const approval::State state = approval::stateAt(r.value(), m_store.workspace(), now());
        if (state != approval::State::Pending && state != approval::State::Approved
            && state != approval::State::Expired)
            return Error::rule(
                tr("Approval request %1 is %2 and cannot be changed.").arg(id).arg(approval::stateName(state)));
        const approval::Revision rev { r.value().current().number + 1, set, version, approval::hashOf(set, version),
            now() };
        if (Status s = insertRevision(id, rev); !s)
            return s;
        return audit(version,
            tr("Approval request %1 made again on version %2; its approvals count no more").arg(id).arg(version), id,
            QJsonObject { { QStringLiteral("kind"), QLatin1String(kind) }, { QStringLiteral("request"), id },
                { QStringLiteral("hash"), rev.hash }, { QStringLiteral("baseVersion"), version } });
    });
}

Status ApprovalStore::revise(Id id, const QList<Change> &changes)
{
    if (changes.isEmpty())
        return Error::badInput(tr("A request needs at least one change."));
    return newRevision(id, changes, "approval-revise");
}

Status ApprovalStore::rebase(Id id)
{
    return newRevision(id, {}, "approval-rebase");
}

Status ApprovalStore::apply(Id id)
{
    if (Status s = m_store.reload(); !s)
        return s;
    Result<approval::Request> r = readRequest(id);
    if (!r)
        return r.error();
    const approval::Request &request = r.value();
    const Workspace &ws = m_store.workspace();
    const approval::State state = approval::stateAt(request, ws, now());
    if (state != approval::State::Approved) {
        const int given = int(approval::counted(request, ws).size());
        return Error::rule(tr("Approval request %1 is %2 (%3 of %4 approvals); only an approved request is applied.")
                               .arg(id)
                               .arg(approval::stateName(state))
                               .arg(given)
                               .arg(ws.approvalPolicy().approvals));
    }
    // A change made since the request was filed that touched what the request touches makes it a conflict.
    QStringList mine;
    Workspace copy = ws;
    {
        for (Change c : request.current().changes) {
            Result<Touched> t = copy.apply(c);
            if (!t)
                return Error::conflict(
                    tr("Approval request %1 no longer holds on the workspace as it is now: %2 Rebase it and have it "
                       "approved again; nothing was changed.")
                        .arg(id)
                        .arg(t.error().message));
            mine += auditstate::subjects(copy, t.value());
        }
    }
    AuditFilter since;
    since.afterVersion = request.current().baseVersion;
    const Result<QList<AuditEntry>> later = m_store.audit(since);
    if (!later)
        return later.error();
    for (const AuditEntry &e : later.value()) {
        for (const QString &subject : e.subjects) {
            if (subject != QLatin1String("workspace") && mine.contains(subject))
                return Error::conflict(tr("Approval request %1 conflicts with a change made since it was filed: "
                                          "version %2, %3. Rebase it and have it approved again; nothing was "
                                          "changed.")
                                           .arg(id)
                                           .arg(e.version)
                                           .arg(quoted(e.summary)));
        }
    }
    QJsonArray approvals;
    for (const approval::Vote &v : approval::counted(request, ws))
        approvals.append(QJsonObject { { QStringLiteral("member"), v.member }, { QStringLiteral("name"), v.name },
            { QStringLiteral("login"), v.login }, { QStringLiteral("at"), stamp(v.at) } });
    const QJsonObject approvalRecord { { QStringLiteral("request"), id },
        { QStringLiteral("hash"), request.current().hash }, { QStringLiteral("approvals"), approvals } };
    const QString hash = request.current().hash;
    // Who gains or loses what, feature by feature, frozen in the record: after the apply no workspace shows it again.
    const QJsonArray impact = frozenImpact(ws, copy);
    const auto record = [&](qint64 version) -> Status {
        // Under the writers' lock: still approved on the same hash, and applied once only (approval_steps' key).
        Result<approval::Request> now = readRequest(id);
        if (!now)
            return now.error();
        if (now.value().current().hash != hash
            || approval::stateAt(now.value(), m_store.workspace(), this->now()) != approval::State::Approved)
            return Error::conflict(
                tr("Approval request %1 was changed, applied or withdrawn meanwhile; nothing was changed.").arg(id));
        if (Status s = insertStep(id, QStringLiteral("applied"), version); !s)
            return s;
        return audit(version, tr("Applied approval request %1").arg(id), id,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("approval-apply") },
                { QStringLiteral("request"), id }, { QStringLiteral("hash"), hash },
                { QStringLiteral("approvals"), approvals }, { QStringLiteral("impact"), impact } });
    };
    QList<Change> changes = request.current().changes;
    return write(record, &changes, approvalRecord);
}

Result<QStringList> ApprovalStore::unapproved() const
{
    const Result<QList<AuditEntry>> trail = m_store.audit();
    if (!trail)
        return trail.error();
    QHash<Id, approval::Request> byId;
    QHash<qint64, Id> breakGlassAt; // version → request
    bool read = false;
    const auto readRequests = [&]() -> Status {
        // Only once a gated change is found: a workspace that never had a policy needs no approval tables.
        if (read)
            return {};
        read = true;
        Result<QList<approval::Request>> all = requests();
        if (!all)
            return all.error();
        for (const approval::Request &r : all.value()) {
            byId.insert(r.id, r);
            if (r.breakGlass)
                breakGlassAt.insert(r.appliedVersion, r.id);
        }
        return {};
    };
    // Each change is judged on the workspace as it is now, under the policy in force when it was made (the trail
    // says how the policy changed); a change whose subject is gone cannot be judged and is left alone.
    Workspace judge = m_store.workspace();
    ApprovalPolicy policy;
    QStringList found;
    for (const AuditEntry &e : trail.value()) {
        const QString kind = e.change.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("replace-workspace")) {
            policy = ApprovalPolicy();
            continue;
        }
        Result<Change> change = Change::fromJson(e.change);
        if (!change)
            continue; // a review or approval step, not a change of the workspace
        WorkspaceBuilder(judge).setApprovalPolicy(policy);
        if (policy.changes != ApprovalPolicy::Changes::None
            && approval::gate(judge, change.value()) == approval::Gate::Gated) {
            if (Status s = readRequests(); !s)
                return s.error();
            const QJsonObject a = e.change.value(QLatin1String("approval")).toObject();
            bool backed = false;
            if (a.contains(QLatin1String("request"))) {
                const auto it = byId.constFind(a.value(QLatin1String("request")).toInteger());
                backed = it != byId.cend() && it->appliedVersion == e.version
                    && it->current().hash == a.value(QLatin1String("hash")).toString();
            } else if (a.contains(QLatin1String("breakGlass"))) {
                backed = breakGlassAt.contains(e.version);
            } else if (a.contains(QLatin1String("review"))) {
                backed = true; // an access review's close: its reviewers decided
            }
            if (!backed)
                found.append(tr("version %1: %2 was applied without an approved request or break glass")
                                 .arg(e.version)
                                 .arg(quoted(e.summary)));
        }
        const Change &c = change.value();
        if (c.kind == Change::Kind::SetApprovalPolicy) {
            if (Result<ApprovalPolicy> p = ApprovalPolicy::fromJson(c.text.toUtf8()); p) {
                const QList<Id> client = policy.clientControlled;
                policy = p.value();
                policy.clientControlled = client;
            }
        } else if (c.kind == Change::Kind::SetClientControlled) {
            policy.clientControlled.removeAll(c.production);
            if (c.flag)
                policy.clientControlled.append(c.production);
        }
    }
    return found;
}

} // namespace rs
