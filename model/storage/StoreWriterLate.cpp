// An apply of cells alone on PostgreSQL with the writers' lock taken late. Writers of different roles' cells do not
// wait for each other's round trips: the rows a change writes are locked row by row, read, written and read again
// before the workspace's lock is asked for, last in the first message; under the lock the server reads what the
// chain's head is and what other writers committed meanwhile, and the second message appends the records and
// commits. Only the client's hashing of the records and its check of others' changes wait under the lock.
#include "Store.h"

#include "AuditLog.h"
#include "Digest.h"
#include "PgSession.h"
#include "RowWriter.h"
#include "StoreBatch.h"
#include "StoreCells.h"
#include "StoreStaging.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rs {

namespace {

using Cells = QHash<QPair<Id, Id>, std::optional<Levels>>;

// The cells the changes write, as they are written (nothing for one whose role or feature is gone).
Cells cellsWritten(const Workspace &ws, const QList<Touched> &touched)
{
    Cells cells;
    for (const Touched &t : touched) {
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
            const Role *role = ws.role(it.key().first);
            cells.insert(it.key(),
                role && ws.feature(it.key().second) ? std::optional<Levels>(role->grants.value(it.key().second))
                                                    : std::nullopt);
        }
    }
    return cells;
}

// A writer of the same rows came first and the server broke the wait: the long way takes the lock first.
bool lostRace(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40P01") || code == QLatin1String("40001");
}

} // namespace

Status Store::applyLockingLate(QList<Change> &changes, const QList<Change> &originals, Id nextIdBefore,
    StagedChanges &staged, QList<Touched> &touched)
{
    if (!cells::only(staged.touched) || m_workspace.nextId() != nextIdBefore || m_identity.isEmpty())
        return applyBatched(changes, originals, nextIdBefore, staged, touched);
    // Without duty rules to weigh one role's cells against another's, and when nothing but other roles' cells came
    // since this store's version, the writers' lock is held only inside the server.
    if (!m_gate) {
        if (std::optional<Status> quick = applyCellsQuickly(changes, staged, touched))
            return *quick;
    }
    QSqlDatabase database = db();
    const QString unsaved = QCoreApplication::translate("rs::Store", "The workspace could not be saved.");
    staging::BatchTransaction tx { database };
    const auto longWay = [&] {
        StoreBatch(database).rollbackIfOpen();
        tx.open = false;
        m_othersWrite = true;
        return applyBatched(changes, originals, nextIdBefore, staged, touched);
    };
    // Prepared: the statements whose text does not change from one apply to the next are parsed and planned by the
    // server once per connection, not on every apply (most of its work on a small change otherwise).
    StoreBatch batch(database, StoreBatch::Mode::Prepared);
    digest::Tracker tracker(database);
    digest::trackTouched(tracker, m_workspace, staged.touched, false);
    // 1. The rows before, locked (a writer of the same rows waits for this one's commit, and then finds a conflict);
    // the writes, the rows after and their revisions; then the writers' lock with the version raised and the
    // notification queued, the digest the last record holds, what others committed since this store's version (the
    // revisions only when there is something), and the chain's head.
    batch.add(QStringLiteral("BEGIN"));
    // The roles first, in the order of their ids, as every writer of a role takes them (applyCellsQuickly,
    // applyBatched): a writer of the same role waits here instead of holding a row another one waits for.
    const QString roles = cells::roleArray(staged.touched);
    batch.add("SELECT id FROM roles WHERE id = ANY(?::bigint[]) ORDER BY id FOR UPDATE", { roles });
    const auto add = [&](const digest::Tracker::Read &read, const QString &suffix) {
        if (read.values.isEmpty())
            batch.add(read.sql + suffix);
        else
            batch.add(read.sql + suffix, read.values);
    };
    const QList<digest::Tracker::Read> before = tracker.parameterisedReads(false);
    for (const digest::Tracker::Read &read : before)
        add(read, QStringLiteral(" FOR UPDATE"));
    const int firstWrite = batch.size();
    rows::Writer w(statements(), &batch);
    Status s;
    for (const Touched &t : staged.touched) {
        if (s)
            s = rows::writeTouched(w, m_workspace, t);
    }
    if (!s) {
        staging::unstage(m_workspace, staged);
        return s;
    }
    const int writes = batch.size() - firstWrite;
    const QList<digest::Tracker::Read> after = tracker.parameterisedReads(true);
    for (const digest::Tracker::Read &read : after)
        add(read, QString());
    // The roles' revisions (cells touch nothing else that has one), each asked about as readRevisions() asks.
    Revisions revisions;
    askRevisions(staged.touched, revisions);
    if (!roles.isEmpty())
        batch.add("SELECT 0, id, revision FROM roles WHERE id = ANY(?::bigint[])", { roles });
    batch.add(pgsession::kWritersQueue, {});
    batch.add("UPDATE workspace_version SET version = version + 1 WHERE id = 1 "
              "RETURNING version, pg_notify('rolesheet_changed', version::text) IS NULL",
        {});
    batch.add(digest::kRecordedSql, {});
    addCatchUpReads(batch, m_version + 1);
    const int count = int(staged.summaries.size());
    for (const QString &sql : AuditLog::headReads(count))
        batch.add(sql, {});
    const int expected = batch.size();
    QList<BatchRows> results;
    QSqlError error;
    if (!batch.run(&results, &error) || results.size() != expected) {
        if (lostRace(error))
            return longWay();
        staging::unstage(m_workspace, staged);
        return pgsession::storageError(QCoreApplication::translate("rs::Store",
                                           "The workspace is busy or cannot be written; nothing was changed."),
            error);
    }
    qsizetype at = 2;
    tracker.take(false, results.mid(at, before.size()));
    at += before.size() + writes;
    tracker.take(true, results.mid(at, after.size()));
    at += after.size();
    if (!roles.isEmpty()) {
        BatchRows &r = results[at++];
        while (r.next())
            revisions.insert({ r.value(0).toInt(), r.value(1).toLongLong() }, r.value(2).toLongLong());
    }
    ++at; // the writers' queue
    BatchRows &lock = results[at++];
    const qint64 version = lock.next() ? lock.value(0).toLongLong() : 0;
    if (version <= 0) {
        staging::unstage(m_workspace, staged);
        return Error::badInput(QCoreApplication::translate("rs::Store", "The workspace's version row is damaged."));
    }
    BatchRows recorded = results[at++];
    BatchRows replayed = results[at++];
    BatchRows all = results[at++];
    BatchRows head = results[at++];
    BatchRows ids = results[at++];
    const qint64 dbVersion = version - 1;
    m_othersWrite = dbVersion != m_version;
    if (dbVersion != m_version) {
        // Others committed between this store's read and the lock: their changes replayed onto the workspace as
        // read, a conflict refused, and the changes staged anew must write the very rows already written.
        const Cells written = cellsWritten(m_workspace, staged.touched);
        std::optional<Loaded> caught;
        {
            Workspace base = m_workspace;
            StagedChanges undone = staged;
            staging::unstage(base, undone);
            std::swap(base, m_workspace);
            caught = replayedFrom(std::move(replayed), std::move(all), dbVersion);
            std::swap(base, m_workspace);
        }
        if (!caught)
            return longWay(); // a gap, an import, too many to replay: read under the lock before writing
        if (Status r = rebase(dbVersion, changes, originals, nextIdBefore, staged, [&] { return std::move(caught); });
            !r)
            return r;
        if (!cells::only(staged.touched) || m_workspace.nextId() != nextIdBefore
            || cellsWritten(m_workspace, staged.touched) != written)
            return longWay();
    }
    // The digest of the workspace as it will be committed, on the last record (AuditLog, Digest.h).
    QString digestText;
    const Result<std::optional<digest::State>> previous = digest::fold(recorded);
    if (!previous) {
        staging::unstage(m_workspace, staged);
        return previous.error();
    }
    if (previous.value()) {
        digestText = tracker.changed(*previous.value()).text();
    } else {
        Result<digest::State> whole = digest::compute(database);
        if (!whole) {
            staging::unstage(m_workspace, staged);
            return whole.error();
        }
        digestText = whole.value().text();
    }
    // 2. The records chained onto the trail, and the commit.
    QList<auditstate::StoredAuditRow> records;
    const auto json
        = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    for (int i = 0; i < count; ++i)
        records.append({ 0, version, QString(), auditstate::osUser(), QString(), m_actor, staged.summaries.at(i),
            auditstate::joinSubjects(staged.subjects.at(i)), json(withApproval(changes.at(i).toJson())),
            json(staged.before.at(i)), json(staged.after.at(i)), i == count - 1 ? digestText : QString() });
    if (!AuditLog::addAppends(batch, records, head, ids)) {
        staging::unstage(m_workspace, staged);
        return Error::storage(unsaved);
    }
    if (m_beforeCommit) {
        if (!batch.run(&results, &error)) {
            staging::unstage(m_workspace, staged);
            return pgsession::storageError(unsaved, error);
        }
        m_beforeCommit();
    }
    batch.add(QStringLiteral("COMMIT"));
    if (!batch.run(&results, &error)) {
        staging::unstage(m_workspace, staged);
        return pgsession::storageError(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved; nothing was changed."), error);
    }
    tx.open = false;
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
        if (it.value() < 0)
            m_revisions.remove(it.key());
        else
            m_revisions.insert(it.key(), it.value());
    }
    m_version = version;
    touched = staged.touched;
    return {};
}

} // namespace rs
