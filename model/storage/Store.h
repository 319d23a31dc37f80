#pragma once

#include "Conflicts.h"
#include "PgDeadline.h"
#include "Schema.h"
#include "StoreBatch.h"
#include "Transaction.h"
#include "domain/Workspace.h"
#include "location/Credentials.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace rs {

class StatementCache;

// Changes applied to a workspace in memory, with what the audit trail records of each (Store's writing half).
struct StagedChanges
{
    QList<Touched> touched;
    QStringList summaries;
    QList<QJsonObject> before;
    QList<QJsonObject> after;
    QList<QStringList> subjects;
};

// One row of the audit trail: one applied change, who made it, what it touched and how it was before and after.
struct AuditEntry
{
    qint64 id = 0;
    qint64 version = 0; // the workspace version the change produced
    QDateTime at;
    QString osUser;
    QString dbUser;
    QString actor; // the member the change was made on behalf of
    QString summary;
    QStringList subjects; // "role:12", "member:3", "production:8", "feature:40", "workspace"
    QJsonObject change;
    QJsonObject before;
    QJsonObject after;
    QString hash; // SHA-256 over the row before and this one (AuditState.h defines what it covers)

    // Whether the row records a whole-workspace replacement (an import) that kept the workspace it replaced, so
    // that the import can be reverted: that workspace's JSON is before["workspace"].
    bool keepsReplacedWorkspace() const
    {
        return change.value(QLatin1String("kind")).toString() == QLatin1String("replace-workspace")
            && before.value(QLatin1String("workspace")).isObject();
    }
};

// Whether the audit trail's hash chain is whole: each row follows the one before it, and the last row is the
// workspace's current version.
struct AuditChain
{
    qint64 records = 0;
    QString lastHash;
    qint64 brokenAt = 0; // the id of the first record that does not follow; 0 when whole or when the tail is missing
    QString problem; // one line naming where the chain breaks; empty when whole
    // The tables and rows stored that differ from the digest the last record holds, a line each; the first is the
    // problem. Empty when the rows agree with the trail.
    QStringList drift;
    bool whole() const { return problem.isEmpty(); }
};

// Which audit rows to read; empty fields do not filter.
struct AuditFilter
{
    Id role = 0;
    Id member = 0; // rows touching the member, or made on behalf of a member of that name
    QString memberName;
    QDateTime since;
    qint64 afterVersion = 0;
    qint64 upToVersion = 0; // 0: no bound
    int limit = 0; // 0: all
};

// One write beside the workspace's own rows (access reviews, duty rules, approval requests), as Store::writeBeside()
// runs it: the connection and the version it runs at, and what its work sets: the rows it inserted (what its audit
// record adds to the workspace's digest) and that audit record.
struct SideWrite
{
    QSqlDatabase db;
    // The workspace version the database holds under the writers' lock; with changes, the version they produce.
    qint64 version = 0;
    // The rows the work inserted, by table and condition (ids written as numbers).
    QList<QPair<const char *, QString>> inserted;
    QString summary;
    QString subject; // "review:3", "request:5", "duty:Name"
    QJsonObject change;
    QString actor; // the member the step is taken by; null: the store's actor
};

// How Store::writeBeside() runs: tables whose rows the work may change or remove (read whole before and after, for
// the digest); changes applied in the same transaction, before the work (their records first); and the approval that
// lets gated changes through (written into each change's audit record as "approval").
struct SideOptions
{
    QList<const char *> tables;
    QList<Change> *changes = nullptr;
    QJsonObject approval;
};

// A workspace kept in a database: loads it whole, and writes every accepted change in one transaction. The same
// store speaks SQLite (a .rolesheet file) and PostgreSQL (a postgresql:// address). Several stores may write one
// workspace at once: each remembers the revisions it read, and an apply that touches something another writer
// changed since is refused as a conflict.
class Store
{
public:
    enum class Access { ReadOnly, ReadWrite };
    // What open() does with a workspace that breaks a rule: refuse it, or open it for rescue, where it can be read
    // and exported, a change is refused with the rule it breaks, and only a whole valid workspace may replace it.
    enum class Broken { Refuse, OpenForRescue };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The default workspace file, in the user's data folder.
    static QString defaultLocation();
    // Whether a location names a PostgreSQL database rather than a file.
    static bool isPostgres(const QString &location);
    // Opens an existing workspace. Nothing is written to it until a change is applied, and a file is recognised as a
    // workspace (its application id, or its schema) before anything at all is written to it. A read-only store
    // writes nothing, not even a log or shared-memory file beside the workspace. A PostgreSQL server's password
    // comes from `credentials` when given (the store keeps nothing of it), else from ~/.pgpass, PGPASSFILE or
    // PGPASSWORD; when the server wants one it was not given or refuses it, the error's code is Password.
    static Result<std::unique_ptr<Store>> open(const QString &location, Access access = Access::ReadWrite,
        Broken broken = Broken::Refuse, const Credentials &credentials = Credentials());
    static Result<std::unique_ptr<Store>> open(const QString &location, Access access, const Credentials &credentials)
    {
        return open(location, access, Broken::Refuse, credentials);
    }
    // Creates a new workspace at `location`, which must not hold one yet, nor leftover -wal, -shm or -journal files
    // of an earlier one, nor a half-built file of an interrupted create.
    static Result<std::unique_ptr<Store>> create(
        const QString &location, const Workspace &initial, const Credentials &credentials = Credentials());

    const Workspace &workspace() const { return m_workspace; }
    // The location as given, without any password.
    QString location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }
    // The workspace version this store last read or wrote; every applied change in any process raises it by one.
    qint64 version() const { return m_version; }
    // Names this workspace apart from any other, even one later created at the same location: a random id kept in
    // the workspace, given at creation, to a workspace whose contents are replaced, and on the first write to a
    // workspace made before ids were kept (empty until then).
    QString identity() const { return m_identity; }
    // The rule an opened-for-rescue workspace breaks (verify()'s message); empty when it keeps every rule.
    QString brokenRule() const { return m_broken; }

    // The member the changes are made on behalf of, for the audit trail.
    void setActor(const QString &actor) { m_actor = actor; }
    // Called by every apply with its rows written and its transaction still open, just before the commit: where a
    // test stops a writer (or kills it) mid-transaction. Empty by default.
    void setBeforeCommit(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

    // A check every apply passes after its changes are staged and before anything is written (the duty rules,
    // storage/DutyStore.h): a refusal leaves the workspace and the database as they were.
    using Gate = std::function<Status(const Workspace &before, const Workspace &after, const QList<Touched> &touched)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }
    // The approval policy (domain/ApprovalGate.h): every apply refuses gated changes, unless a handler is set, which
    // gets them instead (the command line files them as a request and answers Error::Code::Deferred).
    void setOnGated(std::function<Status(const QList<Change> &)> handler) { m_onGated = std::move(handler); }
    // A test seam: applies gated changes without any request, as a client that ignores the policy would.
    // `audit --verify` names such changes (ApprovalStore::unapproved()).
    void skipApprovalCheckForTesting(bool skip) { m_skipApprovalCheck = skip; }

    // Checks the change against the rules, applies it and commits it, or changes nothing.
    Result<Touched> apply(Change &change);
    // Applies several changes as one: all are committed in one transaction, or none is. When another writer changed
    // what the changes touch since this store read it, nothing is changed and the error's code is Conflict.
    Status applyAll(QList<Change> &changes);
    // Replaces the whole workspace (an import), in one transaction. The audit record keeps the workspace as it was
    // before (its JSON under "workspace" in the record's before state), so that the import can be reverted later.
    // `alongside` writes what is kept beside the workspace (duty rules) in the same transaction.
    Status replace(const Workspace &workspace, const QString &summary = QString(),
        const std::function<Status()> &alongside = {});
    // Reads the workspace again, with every change other writers committed.
    Status reload();
    // The workspace version in the database now, read without loading anything.
    Result<qint64> currentVersion() const;

    // The audit trail, oldest first.
    Result<QList<AuditEntry>> audit(const AuditFilter &filter = {}) const;
    // Reads the whole trail and checks its hash chain: finds a record changed, inserted or removed by hand.
    Result<AuditChain> verifyAudit() const;
    // The record of a whole-workspace import at `version` that kept the workspace it replaced, once the hash chain
    // is found whole up to it; refused when it is not, or when that version is no such import.
    Result<AuditEntry> keptImport(qint64 version) const;

    // A new connection to the same database under `name`, for a watcher; the caller removes it. It holds no
    // password: the caller sets one for open() and clears it after.
    QSqlDatabase cloneConnection(const QString &name) const;
    // Rows another part of the store asked the open to read with the workspace, in the same message
    // (DutyStore::readStatements()): given once, by the statement's text; nothing when they were not read so.
    std::optional<BatchRows> takePrefetched(const QString &sql) const;

    // The rows kept beside the workspace (ReviewStore, DutyStore, ApprovalStore) are written through this one door:
    // runs `work` in one write transaction on this store's connection, under the writers' lock, then appends the audit
    // record it set, with the workspace's digest moved on by the rows it inserted and the tables it may change, and
    // commits; a refusal from `work` or any failure changes nothing. With `options.changes` the transaction is the
    // one that applies them (applyAll(): every rule checked, their records first), and the work runs after their
    // rows, at the version they produce: what must commit with them or not at all (closing an access review). Such
    // changes need no approval of their own: the review's decisions or the approval given stand behind them.
    Status writeBeside(const std::function<Status(SideWrite &)> &work, const SideOptions &options = {});
    // Reads of the rows beside the workspace: this store's connection, and `work` run on it under the client-side
    // deadline (PostgreSQL; a deadline that fires loses the connection for good, and later calls are refused).
    QSqlDatabase db() const;
    template <typename Work> auto watched(Work &&work) const -> decltype(work());
    // The member changes are made for (setActor()), and on PostgreSQL the database login.
    QString actor() const { return m_actor; }
    QString dbUser() const { return m_dbUser; }

private:
    // Revisions of what a store read, keyed by kind and id (Conflicts.h).
    using Kind = RevisionKind;
    using Revisions = rs::Revisions;
    struct Loaded
    {
        Workspace workspace;
        Revisions revisions;
        qint64 version = 0;
        QString identity;
        QString broken; // the rule the workspace breaks, when allowed
        bool checked = false; // checked against the rules already: what create() wrote
    };

    Store(QString location, Dialect dialect, QString connection);
    Status connect(Access access);
    // `prefetch`: sets the session up and reads the workspace in one message when it is there at the latest schema.
    Status connectPostgres(const QString &url, const Credentials &credentials, bool prefetch = false);
    bool prefetchWorkspace();
    Result<Loaded> read(bool inTransaction, bool allowBroken = false) const;
    // The workspace read, once checked against the rules: refused when it breaks one, unless allowed.
    Result<Loaded> verified(Loaded loaded, bool allowBroken) const;
    // The statements that read the workspace whole, in the order parseRows() takes their rows.
    static QList<const char *> readStatements();
    enum class Parsed { Whole, Failed, Damaged };
    // Builds the workspace from the rows of readStatements(), statement i's from fetch(i) (null: it failed).
    template <typename Query, typename Fetch> static Parsed parseRows(Fetch &&fetch, Loaded &loaded);
    // Inside a write transaction: the workspace at `dbVersion`, from the changes committed since this store read.
    Result<Loaded> catchUp(qint64 dbVersion);
    Status load();
    // Begins `tx`; a write takes the writers' lock first and gives the version the database holds.
    Status begin(std::optional<Transaction> &tx, Transaction::Mode mode, qint64 *version = nullptr);
    // Commits `tx`, or says why not (it is rolled back then).
    Status commit(Transaction &tx);
    // What a failed statement means, in the words of this store's engine.
    Error failure(const QSqlError &error, const QString &message) const;
    // Every role's, member's, production's and feature's revision as the database holds them now.
    Status readAllRevisions(Revisions &into) const;
    // The workspace's id as the database holds it now (empty when it has none yet).
    QString readIdentity() const;
    Status applyChanges(QList<Change> &changes, QList<Touched> &touched);
    // Under the writers' lock, after another writer committed: catches up to `dbVersion`, refuses a conflict, and
    // stages the changes anew on what is there now.
    // `caughtUp`, when given, makes the workspace at dbVersion from what was read already (or nothing: catchUp()).
    Status rebase(qint64 dbVersion, QList<Change> &changes, const QList<Change> &originals, Id &nextIdBefore,
        StagedChanges &staged, const std::function<std::optional<Loaded>()> &caughtUp = {});
    // The apply on PostgreSQL in batches (StoreBatch.h): the lock and the rows before, the writes and the rows after,
    // the audit records and the commit; three round trips when no other writer committed in between.
    Status applyBatched(QList<Change> &changes, const QList<Change> &originals, Id nextIdBefore,
        StagedChanges &staged, QList<Touched> &touched);
    // The same for changes of cells alone, with the writers' lock taken last in the first message and let go by the
    // commit in the second: two round trips, and nothing waits for the client under the lock but the chain's hashes.
    Status applyLockingLate(QList<Change> &changes, const QList<Change> &originals, Id nextIdBefore,
        StagedChanges &staged, QList<Touched> &touched);
    // The same, with the writers' lock held only inside the server (rolesheet_append_cells, SchemaCellWrites.h): the
    // cells written and their rows read in the first message without it, the records chained and the version raised
    // by the server in the second, what others committed meanwhile taken in after the commit. Nothing when that
    // cannot be (another kind of write came first, the roles changed since this store read them): nothing was
    // written, and the changes are still staged for the other ways.
    std::optional<Status> applyCellsQuickly(QList<Change> &changes, StagedChanges &staged, QList<Touched> &touched);
    // In one snapshot (five statements): the version, and addCatchUpReads()'s. After a write of the store's own
    // committed, in the same message (`past` the version that write has when no one else wrote: the roles' revisions
    // only when others did), catchUpAroundOwn() takes them onto the workspace; false when it cannot (a full read is
    // needed).
    void addSnapshotReads(StoreBatch &batch, qint64 past = 0) const;
    bool catchUpAroundOwn(QList<BatchRows> rows, qint64 own);
    // The changes read since this store's version (kReplayed's rows, the store's own of version `own` skipped) replayed
    // onto its workspace up to `dbVersion`, with the revisions of what they touched from `all`; false, and nothing
    // changed, when they cannot be.
    bool takeReplayed(BatchRows &changes, BatchRows &all, qint64 dbVersion, qint64 own = -1);
    // A change's audit JSON with the approval that let it through, when there is one.
    QJsonObject withApproval(QJsonObject change) const
    {
        if (!m_approvalRecord.isEmpty())
            change.insert(QStringLiteral("approval"), m_approvalRecord);
        return change;
    }
    Status checkConflicts(const Loaded &fresh, const QList<Touched> &touched) const;
    // The revisions the database holds now for what the changes touched; -1 for what is gone.
    Result<Revisions> readRevisions(const QList<Touched> &touched) const;
    // The query readRevisions() runs; `result` gets -1 for each entity asked about (gone unless the query finds it).
    // Empty when nothing touched has a revision.
    static QString revisionsQuery(const QList<Touched> &touched, Revisions &result);
    // Puts -1 in `result` for every role, member, production and (when the catalog changed) former feature the
    // changes touched: what revisionsQuery() asks about. True when the catalog changed (then every feature is asked).
    static bool askRevisions(const QList<Touched> &touched, Revisions &result);
    // A reload that replays what was committed since this store's version (PostgreSQL); nullopt when it cannot,
    // and the whole workspace must be read.
    std::optional<Status> reloadChanged();
    // Every role's, member's, production's and feature's revision, in one query.
    static QString allRevisionsQuery();
    // Of the revisions in `all` (addCatchUpReads()'s rows), those of what was replayed go into `into`.
    static void keepRevisions(const QList<Touched> &replayed, BatchRows &all, Revisions &into);
    // What a write under the lock reads to catch up without another round trip: the changes since this store's
    // version and the revisions they may have changed; replayedFrom() makes the workspace at `dbVersion` of their rows,
    // or nothing when it cannot (then catchUp() reads).
    // `past`: the roles' revisions are read only when the version is above it (0: always); members', productions' and
    // features' only when a write other than a cells write came since this store's version.
    void addCatchUpReads(StoreBatch &batch, qint64 past = 0) const;
    std::optional<Loaded> replayedFrom(BatchRows changes, BatchRows all, qint64 dbVersion) const;
    StatementCache &statements();
    Status writeAll(const QString &summary, const Workspace *previous = nullptr,
        const std::function<Status()> &alongside = {});
    Result<std::unique_ptr<Store>> static finishOpen(std::unique_ptr<Store> store, Access access);
    // One attempt at opening the workspace file at `location` (open() tries again when the file changed under it).
    static Result<std::unique_ptr<Store>> openFile(const QString &location, Access access, Broken broken);
    // Upgrades and reads a copy of an older SQLite workspace first: a damaged file, or one that an upgrade would
    // leave unreadable, is refused before the upgrade writes to it.
    Status rehearseUpgrade() const;
    // SQLite's quick check of every page; refuses a damaged file.
    Status checkIntact() const;
    // The work of writeBeside() and its audit record, inside the transaction under way, at `version`.
    Status recordBeside(const std::function<Status(SideWrite &)> &work, const SideOptions &options, qint64 version);
    Error lost() const;

    QString m_location;
    Dialect m_dialect;
    QString m_connection;
    QString m_actor;
    QString m_dbUser;
    Workspace m_workspace;
    Revisions m_revisions;
    qint64 m_version = 0;
    QString m_identity;
    bool m_readOnly = false;
    bool m_rescue = false; // a workspace that breaks a rule may be loaded
    bool m_rehearsal = false; // a throw-away copy, upgraded to see whether the real one can be
    QString m_broken;
    // The workspace as read with the session's set-up (prefetchWorkspace()), until load() takes it.
    std::optional<Loaded> m_prefetched;
    mutable QHash<QString, BatchRows> m_prefetchedRows;
    // Statements prepared once on this connection and reused by every apply; dropped before the connection.
    std::shared_ptr<StatementCache> m_statements;
    // The client-side deadline of a PostgreSQL connection, and whether it fired (the connection is gone).
    std::shared_ptr<PgDeadline> m_deadline;
    mutable bool m_lost = false;
    std::function<void()> m_beforeCommit;
    Gate m_gate;
    // The last apply found another writer's commits first: the next reads what it needs to catch up with its lock.
    bool m_othersWrite = false;
    // Set by writeBeside() for the applyAll() it runs: written inside its transaction, after its changes, with the
    // version they produce.
    std::function<Status(qint64 version)> m_alsoWrite;
    // Set by writeBeside() likewise: the changes carry an approved request or a break-glass record (written into each
    // audit record's change as "approval"), so the policy does not stop them.
    QJsonObject m_approvalRecord;
    std::function<Status(const QList<Change> &)> m_onGated;
    bool m_skipApprovalCheck = false;
};

template <typename Work> auto Store::watched(Work &&work) const -> decltype(work())
{
    if (!m_deadline)
        return work();
    if (m_lost)
        return lost();
    PgDeadline::Armed armed(m_deadline, db());
    auto result = work();
    if (armed.disarm()) {
        m_lost = true;
        if (!result)
            return m_deadline->stalled();
    }
    return result;
}

} // namespace rs
