#pragma once

#include "domain/Result.h"
#include "domain/Workspace.h"
#include "location/Credentials.h"
#include "review/Campaign.h"
#include "storage/DutyStore.h"
#include "storage/Store.h"

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace rs {

class StoreWatcher;

// The storage work a document hands to its worker thread.
enum class DocumentOperation { Open, Create, Apply, Reload, Replace, Audit };

// What the worker read of a workspace, handed to the UI thread as a value.
struct StoreSnapshot
{
    Workspace workspace;
    QString location;
    QString identity;
    QString brokenRule;
    qint64 version = 0;
    // After an apply: the conflicts of warn duty rules it made, one line each.
    QStringList dutyWarnings;
};

// The database side of a document: lives on the document's worker thread, where it opens the store (its connection
// belongs to that thread, as Qt Sql requires) and the watcher, and does every read and write. Each call runs on the
// worker thread and returns values only; nothing it holds is reachable from another thread.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    using Hook = std::function<Status(DocumentOperation)>;

    StoreWorker();
    ~StoreWorker() override;

    // Called before each operation; an error it returns is the operation's outcome. Set from any thread.
    void setHook(Hook hook);

    // Opens (or creates, then opens) a workspace and keeps it aside until adopt() or drop(): the open store stays in
    // use until then, so a cancelled open changes nothing.
    Result<StoreSnapshot> open(
        quint64 operation, const QString &location, const QString &password, bool create, const Workspace &initial);
    // The store open `operation` kept aside replaces the open one, with a watcher on it; the old one is closed.
    void adopt(quint64 operation, const QString &password);
    // Closes the store open `operation` kept aside, if it is still there.
    void drop(quint64 operation);
    Result<StoreSnapshot> apply(QList<Change> changes);
    Result<StoreSnapshot> reload();
    Result<StoreSnapshot> replace(const Workspace &workspace, const QString &summary);
    // Closes an access review as planned, its revokes applied with the close in one transaction, acting as `as`.
    Result<StoreSnapshot> closeReview(const ClosePlan &plan, const QString &as);
    Result<QList<AuditEntry>> audit(const AuditFilter &filter);
    Result<AuditChain> verifyAudit();
    // Runs `work` with the open store (null when none is open), on the worker thread.
    void withStore(const std::function<void(Store *)> &work) { work(m_store.get()); }
    // Closes the store and stops the watcher.
    void close();
    // What the duty rules' check hands warnings to: kept for the apply under way (DutyStore::guard()).
    DutyStore::Warn dutyWarner()
    {
        return [this](const QStringList &lines) { m_dutyWarnings += lines; };
    }

Q_SIGNALS:
    // Another process committed a change to the open workspace.
    void changedElsewhere();
    // Another process committed a change, and the store has read it already (on the watcher's hint): what it holds
    // now. Nothing else ran on the store since.
    void caughtUp(const rs::StoreSnapshot &snapshot);
    // An approval request was filed or took a step, here or elsewhere.
    void requestsChanged();

private:
    Status before(DocumentOperation operation);
    void watch(const QString &password);
    // On the watcher's hint: the store reads what others committed since its version, in one round trip.
    void catchUp();
    StoreSnapshot snapshot() const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Store> m_pending;
    quint64 m_pendingOperation = 0;
    std::unique_ptr<StoreWatcher> m_watcher;
    QMutex m_hookLock;
    Hook m_hook;
    QStringList m_dutyWarnings;
};

} // namespace rs
