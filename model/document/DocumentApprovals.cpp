// The approval requests of the open workspace for the editor: read and stepped on the document's worker, answered
// with signals, so the window never waits on the database for them.
#include "Document.h"

#include "storage/ApprovalStore.h"

#include <QCoreApplication>

namespace rs {

namespace {

Error notOpen()
{
    return Error::badInput(QCoreApplication::translate("rs::Document", "No workspace is open."));
}

ApprovalListing listing(Store *store, const QString &as)
{
    ApprovalListing out;
    if (!store) {
        out.status = notOpen();
        return out;
    }
    ApprovalStore approvals(*store);
    approvals.actAs(as);
    if (const Result<ApprovalActor> me = approvals.actor(); me) {
        out.me = me.value().member;
        out.meName = me.value().name;
    } else {
        out.meError = me.error().message;
    }
    Result<QList<approval::Request>> all = approvals.requests();
    if (!all) {
        out.status = all.error();
        return out;
    }
    out.requests = std::move(all).value();
    for (const approval::Request &r : std::as_const(out.requests))
        out.states.append(approvals.state(r));
    if (out.states.contains(approval::State::Applied)) {
        Result<QHash<Id, QJsonArray>> impacts = approvals.appliedImpacts();
        if (!impacts) {
            out.status = impacts.error();
            return out;
        }
        out.impacts = std::move(impacts).value();
    }
    return out;
}

// Takes the step; the version the store holds after it goes to `version`.
ApprovalAnswer step(Store *store, const QString &as, const ApprovalAsk &ask, qint64 *version)
{
    ApprovalAnswer answer;
    answer.step = ask.step;
    answer.request = ask.request;
    if (!store) {
        answer.status = notOpen();
        return answer;
    }
    ApprovalStore approvals(*store);
    approvals.actAs(as);
    switch (ask.step) {
    case ApprovalStep::Submit:
        if (const Result<approval::Request> r = approvals.submit(ask.changes, ask.text); r) {
            answer.request = r.value().id;
            answer.needed = store->workspace().approvalPolicy().approvals;
        } else {
            answer.status = r.error();
        }
        break;
    case ApprovalStep::Approve:
        answer.status = approvals.approve(ask.request, ask.text, ask.hash);
        break;
    case ApprovalStep::Deny:
        answer.status = approvals.deny(ask.request, ask.text);
        break;
    case ApprovalStep::Withdraw:
        answer.status = approvals.withdraw(ask.request);
        break;
    case ApprovalStep::Apply:
        answer.status = approvals.apply(ask.request);
        break;
    case ApprovalStep::Rebase:
        answer.status = approvals.rebase(ask.request);
        break;
    }
    *version = store->version();
    return answer;
}

} // namespace

quint64 Document::readApprovals()
{
    const quint64 ticket = ++m_approvalTicket;
    StoreWorker *worker = m_worker;
    const QString as = m_approvalActor;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, as, ticket]() {
            ApprovalListing out;
            worker->withStore([&](Store *store) { out = listing(store, as); });
            QMetaObject::invokeMethod(
                this, [this, ticket, out]() { Q_EMIT approvalsRead(ticket, out); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

quint64 Document::approvalStep(const ApprovalAsk &ask)
{
    const quint64 ticket = ++m_approvalTicket;
    StoreWorker *worker = m_worker;
    const QString as = m_approvalActor;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, as, ask, ticket]() {
            ApprovalAnswer answer;
            qint64 version = 0;
            worker->withStore([&](Store *store) { answer = step(store, as, ask, &version); });
            answer.ticket = ticket;
            QMetaObject::invokeMethod(
                this,
                [this, answer, version]() {
                    // A step reads the workspace again before it votes or applies: what it read (another writer's
                    // change, or the applied request) is read here too, since the watcher no longer sees it as new.
                    if (isOpen() && version != m_version) {
                        if (answer.step == ApprovalStep::Apply && answer.status)
                            reloadAfterOwnWrite();
                        else
                            reload();
                    }
                    Q_EMIT approvalStepped(answer);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace rs
