#pragma once

#include "DocumentApprovals.h"
#include "StoreWorker.h"
#include "commands/Journal.h"
#include "domain/Duties.h"
#include "domain/Result.h"
#include "domain/Workspace.h"
#include "review/Campaign.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace rs {

class EditSession;

// The open workspace as the editor sees it: the stored workspace, the edit session staging changes on it and the
// journal keeping them on disk, with the store and its watcher on a worker thread of their own. Open, apply, reload
// and replace run there and report back through signals; the thread that calls them never waits on the database,
// and edits stage as usual meanwhile. One operation runs at a time.
class Document : public QObject
{
    Q_OBJECT
public:
    using Operation = DocumentOperation;

    explicit Document(QObject *parent = nullptr);
    // Waits for the operation under way, if any (a store bounds each of its statements), and closes the store on its
    // thread. When that was an apply, the journal is written after it: it keeps only what the apply did not write.
    ~Document() override;

    EditSession *session() const { return m_session; }
    bool isOpen() const { return m_stored != nullptr; }
    // The workspace as last read from or written to the store; only while open.
    const Workspace &stored() const { return *m_stored; }
    QString location() const { return m_location; }
    qint64 version() const { return m_version; }
    QString identity() const { return m_identity; }
    // The rule an opened-for-rescue workspace breaks; empty when it keeps every rule.
    QString brokenRule() const { return m_brokenRule; }
    bool isWritable() const { return isOpen() && m_brokenRule.isEmpty(); }
    const Journal *journal() const { return m_journal.get(); }

    bool isBusy() const { return m_operation != 0; }
    // The operation under way; meaningful while busy.
    Operation busyWith() const { return m_kind; }
    // Whether the operation under way may be cancelled (an open or a reload: nothing is written until it is done).
    bool canCancel() const;
    // One line saying what is under way, for the status bar and the progress dialog.
    QString busyText() const;

    // Each operation below returns whether it started; one refused (another is under way, or there is nothing to do)
    // leaves its outcome in lastOutcome(), and one asked while busy sends its signal at once.
    // Opens the workspace at `location` (a file or a server address); opened() tells how it went. Until it has, the
    // workspace open before stays open. `password`, for a server, is used for this open and the watcher only.
    bool open(const QString &location, const QString &password = QString());
    // Creates `initial` at `location` and opens it; opened() tells how it went.
    bool create(const QString &location, const Workspace &initial);
    // Writes every staged change in one transaction; applied() tells how it went. Changes staged meanwhile stay
    // staged on top of the result. On a conflict with another writer the workspace is read again.
    bool apply();
    // Reads the workspace again and stages the staged changes once more on top of it; reloaded() tells how it went.
    // Asked while busy, it runs once the operation under way is done.
    void reload();
    // The same after a write this program made through onStore() (an access review closed): reloaded() follows, and
    // lastReloadFromElsewhere() is false unless another writer's change was read with it.
    void reloadAfterOwnWrite();
    // Whether the last reload read a change another process made, rather than only this program's own write.
    bool lastReloadFromElsewhere() const { return m_lastReloadFromElsewhere; }
    // Drops every staged change.
    void discard();
    // Replaces the whole stored workspace (an import) and reads it back; replaced() tells how it went. The audit
    // record says `summary` (when empty, that the whole workspace was replaced).
    bool replace(const Workspace &workspace, const QString &summary = QString());
    // Cancels an open or a reload under way: the workspace stays as it was, and the operation's signal reports an
    // error. False when nothing cancellable is under way.
    bool cancel();
    // Runs the event loop until the operation under way is done; its outcome (success when idle). The window keeps
    // painting meanwhile.
    Status waitForFinished();
    // The outcome of the last operation done or refused.
    Status lastOutcome() const { return m_lastStatus; }

    // Restores staged changes a journal held as one undoable step; returns how many no longer fit.
    int restore(const QString &text, const QList<Change> &changes);
    // While held (a journal waits to be offered), staged changes are not written to the journal.
    void holdJournal(bool held);
    bool journalHeld() const { return m_journalHeld; }
    // Writes the staged changes to the journal now; a failure is told through journalFailed().
    void writeJournal();

    // The audit trail and its chain, read on the worker thread once the operation under way is done; `done` is
    // called with the answer on this thread, unless `context` is gone by then. Nothing waits meanwhile.
    void readAudit(
        QObject *context, const AuditFilter &filter, std::function<void(const Result<QList<AuditEntry>> &)> done);
    void checkAudit(QObject *context, std::function<void(const Result<AuditChain> &)> done);
    // The same, waiting for the answer: for the command line and tests, never the window.
    Result<QList<AuditEntry>> audit(const AuditFilter &filter = {});
    Result<AuditChain> verifyAudit();
    // The record of the import at `version` that kept the workspace it replaced, once the audit trail's hash chain is
    // found whole up to it (Store::keptImport), waiting for the answer while the window paints.
    Result<AuditEntry> keptImport(qint64 version);

    // Runs `work` with the open store on the worker thread, once the operation under way is done, and returns its
    // answer; `closed` when no store is open. The event loop turns meanwhile, so the window paints and answers.
    // `work` must not keep the store.
    template <typename T> T onStore(const std::function<T(Store &)> &work, T closed)
    {
        std::optional<T> answer;
        runOnStore([&](Store *store) { answer.emplace(store ? work(*store) : closed); });
        return std::move(*answer);
    }

    // The duty rules and exceptions of the open workspace, and switching a rule on (its check then guards every
    // apply); both wait for the worker while the window paints (DocumentDuties.cpp).
    Result<duties::Book> dutyBook();
    Status addDutyRule(const duties::Rule &rule);
    // The conflicts of warn duty rules that the last apply made (it went through), one line each.
    QStringList dutyWarnings() const { return m_dutyWarnings; }

    // Approval requests (DocumentApprovals.cpp): read and stepped on the worker, once the operation under way is
    // done; nothing waits. The answers come as approvalsRead() and approvalStepped(), with the ticket returned here.
    // On SQLite the member acting is the one set here (empty: the member named as $USER); on PostgreSQL the login's.
    void setApprovalActor(const QString &member) { m_approvalActor = member; }
    QString approvalActor() const { return m_approvalActor; }
    quint64 readApprovals();
    quint64 approvalStep(const ApprovalAsk &ask);
    // Access reviews (DocumentReviews.cpp): each request runs on the worker thread once the operation under way is
    // done and answers on this thread through `done`, unless `context` is gone by then; nothing waits meanwhile.
    // Steps are taken by the member `as` names (on SQLite as --as names them; on PostgreSQL the login decides), and
    // every step that wrote is followed by reviewsChanged().
    void reviewCampaigns(QObject *context, std::function<void(const Result<QList<Campaign>> &)> done);
    // The campaign of that name and its items with their decisions.
    void reviewItems(QObject *context, const QString &campaign,
        std::function<void(const Result<std::pair<Campaign, QList<CampaignItem>>> &)> done);
    void startReview(QObject *context, const CampaignStart &request, const QString &as,
        std::function<void(const Result<Campaign> &)> done);
    // Records the decisions, one (as review decide does) or many at once in one transaction (as --from does).
    void decideReview(QObject *context, const QString &campaign, const QList<review::ItemDecision> &decisions,
        const QString &as, std::function<void(const Result<int> &)> done);
    // What closing the campaign would do, on the workspace as the database holds it now.
    void planReviewClose(QObject *context, const QString &campaign, std::function<void(const Result<ClosePlan> &)> done);
    // Closes the campaign as an apply: its revokes and the close written in one transaction, the workspace taken from
    // that write (nothing is read again); applied() and finished(Apply) follow, and the revokes count as the changes
    // applied. Refused while busy or with changes staged (they would not be in the review the plan was checked by).
    bool closeReview(const ClosePlan &plan, const QString &as);
    // Writes the evidence of a closed campaign to `path` (.pdf, .csv or .xlsx), once its rows are found to agree with
    // the audit trail (reviewseal::check): the rows are read on the worker, the file written on a thread of its own.
    // `progress` is called on this thread with the items written of all; setting `cancel` stops the writing, and no
    // file is left.
    void exportReview(QObject *context, const QString &campaign, const QString &path,
        std::shared_ptr<std::atomic<bool>> cancel, std::function<void(int done, int total)> progress,
        std::function<void(const Status &)> done);

    // For tests: called on the worker thread before each operation; an error it returns is the outcome.
    void setBeforeOperation(StoreWorker::Hook hook);

Q_SIGNALS:
    void busyChanged(bool busy);
    // After open() or create(): the workspace is open (success) or the one before is still open.
    void opened(const rs::Status &status);
    // After apply(): `count` changes were written (success), or none and they stay staged.
    void applied(const rs::Status &status, int count);
    // After reload(): `refused` of the staged changes no longer fit and were left out.
    void reloaded(const rs::Status &status, int refused);
    // After replace().
    void replaced(const rs::Status &status);
    // After every operation, once its own signal has been sent.
    void finished(rs::DocumentOperation operation, const rs::Status &status);
    // Another process changed the workspace; a reload follows.
    void changedElsewhere();
    void journalFailed(const QString &message);
    // The answers to readApprovals() and approvalStep(); after an applied request the workspace is read again.
    void approvalsRead(quint64 ticket, const rs::ApprovalListing &listing);
    void approvalStepped(const rs::ApprovalAnswer &answer);
    // An approval request was filed or took a step, here or by another editor: read them again.
    void requestsChanged();
    // An access review step was written through this document (a start, decisions, a close).
    void reviewsChanged(const QString &campaign);

private:
    quint64 start(Operation kind);
    void finish(Operation kind, const Status &status);
    void take(StoreSnapshot snapshot);
    void onOpened(quint64 operation, Result<StoreSnapshot> result, const QString &password);
    void onApplied(quint64 operation, Result<StoreSnapshot> result, const QList<Change> &sent);
    void onReloaded(quint64 operation, Result<StoreSnapshot> result);
    void onReplaced(quint64 operation, Result<StoreSnapshot> result);
    bool runOpen(const QString &location, const QString &password, bool create, const Workspace &initial);
    // Answers a request made while another operation runs: nothing is done.
    Status refuseWhileBusy(Operation kind);
    template <typename Work> auto onWorker(Work &&work);
    // Runs `work` with the open store on the worker (`closed` when none is open) and hands its answer to `done` on
    // this thread, unless `context` is gone.
    template <typename T>
    void askStore(QObject *context, std::function<T(Store &)> work, T closed, std::function<void(const T &)> done);
    void onReviewClosed(quint64 operation, Result<StoreSnapshot> result, const QString &campaign);
    void runOnStore(const std::function<void(Store *)> &work);
    // After the worker is done with an apply the window no longer waits for: the journal keeps the changes staged
    // after the ones it wrote, on the version it left, so the next session never offers them again.
    void settleApplyInFlight();
    // Removes the journal file, when this session wrote it.
    void dropJournal();
    // The changes of `now` staged after `sent`, the ones an apply wrote.
    static QList<Change> stagedSince(const QList<Change> &sent, const QList<Change> &now);

    EditSession *m_session;
    QThread *m_thread;
    StoreWorker *m_worker;
    std::unique_ptr<Workspace> m_stored;
    QString m_location;
    QString m_identity;
    QString m_brokenRule;
    QStringList m_dutyWarnings;
    qint64 m_version = 0;
    std::unique_ptr<Journal> m_journal;
    QTimer *m_journalTimer;
    bool m_journalHeld = false;
    bool m_journalWritten = false; // the journal file holds this session's staged changes
    bool m_restoring = false;
    quint64 m_operation = 0; // the operation under way; 0 when idle
    quint64 m_lastOperation = 0;
    Operation m_kind = Operation::Open;
    Status m_lastStatus;
    bool m_reloadPending = false;
    bool m_reloadFromElsewhere = false; // a reload asked for (or merged into) reads another writer's change
    bool m_lastReloadFromElsewhere = false;
    QString m_target; // the location an open is for
    int m_sent = 0; // how many changes the apply under way (or last done) writes
    // The apply under way: what it writes and, once the worker is done with it, its outcome.
    struct ApplyInFlight
    {
        QList<Change> sent;
        std::optional<Result<StoreSnapshot>> outcome;
    };
    std::shared_ptr<ApplyInFlight> m_applyInFlight;
    int m_refused = 0; // how many staged changes the last reload left out
    QString m_approvalActor;
    quint64 m_approvalTicket = 0;
    // Evidence being written (exportReview()), each on a thread of its own: cancelled and waited for on destruction.
    struct ExportRun
    {
        QThread *thread;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    QList<ExportRun> m_exports;
};

} // namespace rs
