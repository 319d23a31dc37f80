#pragma once

#include "Store.h"
#include "domain/ApprovalRequest.h"

#include <QHash>
#include <QJsonArray>

#include <functional>
#include <optional>

namespace rs {

// Who takes an approval step: on PostgreSQL the member named as the database login, on SQLite the member the store
// acts for (--as, else $USER). On SQLite that name is only what the user says; see README "Approval requests".
struct ApprovalActor
{
    Id member = 0;
    QString name;
};

// Approval requests kept beside the workspace (schema: SchemaApprovals.h), written through its store: every step in
// its own transaction with an audit record; applying one applies its change set and records the step in one
// transaction. Every row is inserted once and never changed.
class ApprovalStore
{
public:
    explicit ApprovalStore(Store &store)
        : m_store(store)
    {
    }

    // SQLite: act as this member instead of the store's actor. Ignored on PostgreSQL.
    void actAs(const QString &member) { m_as = member; }
    // The clock the windows are measured with (tests move it); the system's by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    Result<ApprovalActor> actor() const;

    // Files the changes, made on the store's workspace version, as a request by the acting member; refused without a
    // reason and when the rules refuse the changes.
    Result<approval::Request> submit(const QList<Change> &changes, const QString &reason);
    // The owner applies the changes at once with a reason; the request is recorded as break glass, applied, and
    // listed for approval after the fact.
    Result<approval::Request> breakGlass(QList<Change> &changes, const QString &reason);
    Result<QList<approval::Request>> requests() const;
    Result<approval::Request> request(Id id) const;
    // For an applied request, who gained or lost what as its audit record froze it at the apply (impactJson() of
    // domain/AccessImpact.h); nothing for a request not applied, or applied before records kept it.
    Result<std::optional<QJsonArray>> appliedImpact(const approval::Request &request) const;
    // The same for every applied request whose record kept it, by request, in one read.
    Result<QHash<Id, QJsonArray>> appliedImpacts() const;
    // The request's state now, on the store's workspace and policy.
    approval::State state(const approval::Request &request) const;

    // Votes by the acting member on the change set whose hash is given (empty: the current one).
    Status approve(Id id, const QString &comment, const QString &hash = {});
    Status deny(Id id, const QString &comment);
    // The requester withdraws a pending or approved request.
    Status withdraw(Id id);
    // The requester replaces the change set, or makes it again on the workspace as it is now: a new revision, a new
    // hash, and the approvals given before count no more.
    Status revise(Id id, const QList<Change> &changes);
    Status rebase(Id id);
    // Applies an approved request's change set in one transaction, every rule checked again; refused when a change
    // made since it was filed touched the same things, naming that change.
    Status apply(Id id);

    // The audited changes that the policy in force when they were made gated and that no applied request or
    // break-glass record stands behind, one line each ("version 12: …"): what a client that ignored the policy did.
    Result<QStringList> unapproved() const;

private:
    QDateTime now() const;
    QString actorName() const;
    // Runs `work` through Store::writeBeside() (with `changes`: in the transaction that applies them, at the version
    // they produce); `work` ends with audit(), which sets the step's audit record.
    Status write(const std::function<Status(qint64 version)> &work, QList<Change> *changes = nullptr,
        const QJsonObject &approval = {});
    Status audit(qint64 version, const QString &summary, Id request, const QJsonObject &change);
    Result<Id> insertRequest(const approval::Request &r);
    Status insertRevision(Id request, const approval::Revision &rev);
    Status insertStep(Id request, const QString &step, qint64 version);
    Result<approval::Request> readRequest(Id id) const;
    // Every request (`only` 0) or the one numbered `only`, with its revisions, votes and final step.
    Result<QList<approval::Request>> readRequests(Id only) const;
    Status vote(Id id, bool approve, const QString &comment, const QString &hash);
    Status newRevision(Id id, const QList<Change> &changes, const char *kind);
    // The changes made on the workspace as read: refused when a rule refuses one.
    Status checkChanges(const QList<Change> &changes) const;

    Store &m_store;
    QString m_as;
    std::function<QDateTime()> m_clock;
    QList<QPair<const char *, QString>> m_newRows;
    SideWrite *m_side = nullptr; // the write under way
};

} // namespace rs
