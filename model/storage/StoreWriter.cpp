// The writing half of Store: turns what a change touched into rows, inside one transaction.
#include "Store.h"

#include "AuditLog.h"
#include "AuditState.h"
#include "Digest.h"
#include "PgSession.h"
#include "RowWriter.h"
#include "StatementCache.h"
#include "StoreBatch.h"
#include "StoreCells.h"
#include "StoreFiles.h"
#include "StoreStaging.h"
#include "StoreVersionWrite.h"
#include "Transaction.h"
#include "domain/ApprovalGate.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <set>

namespace rs {

StatementCache &Store::statements()
{
    if (!m_statements)
        m_statements = std::make_shared<StatementCache>(db());
    return *m_statements;
}

namespace {

using rows::demoteReplacedOwner;
using rows::setNamesAside;
using rows::Writer;
using rows::writeTouched;

using Staged = StagedChanges;
using staging::makeIdentity;
using staging::stage;
using staging::unstage;
using versionwrite::VersionWrite;
using versionwrite::writeVersion;

// Opens the write transaction of an apply and raises the workspace version in one statement, which also takes the
// writers' lock and, on PostgreSQL, queues the notification that commit delivers. `before` gets the version the
// database held; the caller compares it with the one it read.
Status beginApply(
    std::optional<Transaction> &tx, const QSqlDatabase &db, Dialect dialect, StatementCache &statements, qint64 *before)
{
    const QString busy
        = QCoreApplication::translate("rs::Store", "The workspace is busy or cannot be written; nothing was changed.");
    tx.emplace(db, dialect, Transaction::Mode::Write);
    if (!tx->isOpen())
        return pgsession::storageError(busy, tx->error());
    const char *sql = dialect == Dialect::SQLite
        ? "UPDATE workspace_version SET version = version + 1 WHERE id = 1 RETURNING version"
        : "UPDATE workspace_version SET version = version + 1 WHERE id = 1 "
          "RETURNING version, pg_notify('rolesheet_changed', version::text) IS NULL";
    QSqlError error;
    QSqlQuery *queue = dialect == Dialect::PostgreSQL ? statements.query(pgsession::kWritersQueue, &error) : nullptr;
    if (dialect == Dialect::PostgreSQL && !(queue && queue->exec())) {
        if (queue)
            error = queue->lastError();
        tx.reset();
        return pgsession::storageError(busy, error);
    }
    if (queue)
        queue->finish();
    QSqlQuery *q = statements.query(sql, &error);
    const bool ok = q && q->exec() && q->next();
    const qint64 version = ok ? q->value(0).toLongLong() : 0;
    if (q) {
        error = q->lastError();
        q->finish();
    }
    if (ok && version > 0) {
        *before = version - 1;
        return {};
    }
    tx.reset();
    if (ok)
        return Error::badInput(QCoreApplication::translate("rs::Store", "The workspace's version row is damaged."));
    return pgsession::storageError(busy, error);
}

} // namespace

Result<Touched> Store::apply(Change &change)
{
    QList<Change> changes { change };
    QList<Touched> touched;
    if (Status s = watched([&] { return applyChanges(changes, touched); }); !s)
        return s.error();
    change = changes.first();
    return touched.first();
}

Status Store::applyAll(QList<Change> &changes)
{
    QList<Touched> touched;
    return watched([&] { return applyChanges(changes, touched); });
}

Status Store::rebase(qint64 dbVersion, QList<Change> &changes, const QList<Change> &originals, Id &nextIdBefore,
    StagedChanges &staged, const std::function<std::optional<Loaded>()> &caughtUp)
{
    // Another writer committed since this store read the workspace: read it again under the writers' lock, refuse
    // if that writer touched what these changes touch, and otherwise apply them anew to what is there now.
    const QList<Touched> mine = staged.touched;
    unstage(m_workspace, staged);
    std::optional<Loaded> caught = caughtUp ? caughtUp() : std::nullopt;
    Result<Loaded> fresh = caught ? Result<Loaded>(std::move(*caught)) : catchUp(dbVersion);
    if (!fresh)
        return fresh.error();
    if (Status s = checkConflicts(fresh.value(), mine); !s)
        return s;
    QList<Change> again = originals;
    nextIdBefore = fresh.value().workspace.nextId();
    Staged rebased;
    if (Status s = stage(fresh.value().workspace, again, rebased); !s) {
        return Error::conflict(QCoreApplication::translate("rs::Store",
            "Another editor changed the workspace since it was read, and the change no longer holds: %1 "
            "Nothing was changed.")
                                   .arg(s.error().message));
    }
    m_workspace = std::move(fresh.value().workspace);
    m_revisions = std::move(fresh.value().revisions);
    m_version = dbVersion; // what the database held before this apply raised it
    m_identity = fresh.value().identity;
    changes = again;
    staged = std::move(rebased);
    return {};
}

Status Store::applyChanges(QList<Change> &changes, QList<Touched> &touched)
{
    m_prefetchedRows.clear();
    if (!m_broken.isEmpty())
        return Error::rule(QCoreApplication::translate("rs::Store",
            "%1 breaks a rule, so it can only be read and exported until it is repaired: %2 Nothing was changed.")
                               .arg(m_location, m_broken));
    if (m_readOnly)
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 was opened read-only; nothing was changed.").arg(m_location));
    // Closing an access review (m_alsoWrite) applies what its reviewers decided: a second person already did.
    if (m_approvalRecord.isEmpty() && !m_skipApprovalCheck && !m_alsoWrite) {
        const QList<int> gated = approval::gated(m_workspace, changes);
        if (!gated.isEmpty()) {
            if (m_onGated)
                return m_onGated(changes);
            return Error::rule(QCoreApplication::translate("rs::Store",
                "%1: the workspace's approval policy says a second person approves this change first; file it as "
                "a request. Nothing was changed.")
                                   .arg(changes.at(gated.first()).describe(m_workspace)));
        }
    }
    const QList<Change> originals = changes;
    Id nextIdBefore = m_workspace.nextId();
    std::optional<Workspace> before;
    if (m_gate)
        before = m_workspace;
    Staged staged;
    if (Status s = stage(m_workspace, changes, staged); !s)
        return s;
    if (m_gate) {
        if (Status s = m_gate(*before, m_workspace, staged.touched); !s) {
            unstage(m_workspace, staged);
            return s;
        }
    }
    if (m_dialect == Dialect::PostgreSQL && !m_alsoWrite && StoreBatch(db()).usable())
        return applyLockingLate(changes, originals, nextIdBefore, staged, touched);
    qint64 dbVersion = 0;
    std::optional<Transaction> tx;
    if (Status s = beginApply(tx, db(), m_dialect, statements(), &dbVersion); !s) {
        unstage(m_workspace, staged);
        return s;
    }
    if (dbVersion != m_version) {
        if (Status s = rebase(dbVersion, changes, originals, nextIdBefore, staged); !s)
            return s;
    }
    Writer w(statements());
    digest::Tracker tracker(db());
    digest::trackTouched(
        tracker, m_workspace, staged.touched, m_workspace.nextId() != nextIdBefore || m_identity.isEmpty());
    Status s = tracker.before();
    if (s)
        s = setNamesAside(w, staged.touched);
    if (s)
        s = demoteReplacedOwner(w, db(), m_workspace, staged.touched);
    for (const Touched &t : staged.touched) {
        if (s)
            s = writeTouched(w, m_workspace, t);
    }
    QList<QJsonObject> changeJson;
    for (const Change &c : changes)
        changeJson.append(withApproval(c.toJson()));
    const qint64 version = dbVersion + 1;
    // Under the writers' lock and with the workspace as read at this version: an empty id is still empty in the
    // database, and the one given here is the one it keeps.
    const QString identity = m_identity.isEmpty() ? makeIdentity() : m_identity;
    if (s)
        s = writeVersion(w,
            { m_dialect, m_workspace.nextId(), m_dbUser, m_actor, version, identity, false, true,
                m_workspace.nextId() != nextIdBefore, !m_identity.isEmpty() },
            staged.summaries, changeJson, staged.before, staged.after, staged.subjects, tracker);
    if (s && m_alsoWrite)
        s = m_alsoWrite(version);
    Result<Revisions> revisions = s ? readRevisions(staged.touched) : Result<Revisions>(s.error());
    if (s && !revisions)
        s = revisions.error();
    if (s && m_beforeCommit)
        m_beforeCommit();
    if (s)
        s = commit(*tx);
    else
        tx.reset();
    if (!s) {
        unstage(m_workspace, staged);
        return s;
    }
    for (auto it = revisions.value().cbegin(); it != revisions.value().cend(); ++it) {
        if (it.value() < 0)
            m_revisions.remove(it.key());
        else
            m_revisions.insert(it.key(), it.value());
    }
    m_version = version;
    m_identity = identity;
    touched = staged.touched;
    return {};
}

using staging::BatchTransaction;

Status Store::applyBatched(QList<Change> &changes, const QList<Change> &originals, Id nextIdBefore,
    StagedChanges &staged, QList<Touched> &touched)
{
    QSqlDatabase database = db();
    const QString busy
        = QCoreApplication::translate("rs::Store", "The workspace is busy or cannot be written; nothing was changed.");
    const QString unsaved = QCoreApplication::translate("rs::Store", "The workspace could not be saved.");
    BatchTransaction tx { database };
    StoreBatch batch(database);
    QList<BatchRows> results;
    QSqlError error;
    // What the digest reads of the rows before the write, and the owner a batch of changes may replace.
    std::unique_ptr<digest::Tracker> tracker;
    Id previousOwner = 0;
    const auto planBefore = [&] {
        tracker = std::make_unique<digest::Tracker>(database);
        digest::trackTouched(
            *tracker, m_workspace, staged.touched, m_workspace.nextId() != nextIdBefore || m_identity.isEmpty());
        if (staged.touched.size() > 1)
            batch.add(QStringLiteral("SELECT id FROM members WHERE is_owner = 1"));
        for (const QString &sql : tracker->reads(false))
            batch.add(sql);
    };
    const auto takeBefore = [&](QList<BatchRows> rows) {
        if (staged.touched.size() > 1) {
            previousOwner = !rows.isEmpty() && rows[0].next() ? rows[0].value(0).toLongLong() : 0;
            rows.removeFirst();
        }
        tracker->take(false, rows);
    };
    // 1. The roles the changes touch, locked in the order of their ids; the writers' lock with the version raised (and
    // the notification queued for the commit), the digest the last record holds, and the rows before. A writer of
    // cells alone locks its roles' rows before the writers' lock (applyLockingLate): taken in the same order here,
    // the two ways wait for each other instead of each holding what the other wants.
    batch.add(QStringLiteral("BEGIN"));
    const QString roles = cells::roleArray(staged.touched);
    if (!roles.isEmpty())
        batch.add(
            QStringLiteral("SELECT id FROM roles WHERE id = ANY('%1'::bigint[]) ORDER BY id FOR UPDATE").arg(roles));
    batch.add(QString::fromLatin1(pgsession::kWritersQueue));
    const int at = roles.isEmpty() ? 2 : 3; // where the version's row is
    batch.add(QStringLiteral("UPDATE workspace_version SET version = version + 1 WHERE id = 1 "
                             "RETURNING version, pg_notify('rolesheet_changed', version::text) IS NULL"));
    batch.add(QString::fromLatin1(digest::kRecordedSql));
    // When other writers are at work, what catching up with them takes, read with the lock.
    const bool catchingUp = m_othersWrite;
    if (catchingUp)
        addCatchUpReads(batch);
    const int firstBefore = at + (catchingUp ? 4 : 2);
    planBefore();
    const QStringList readBefore = tracker->reads(false);
    const bool ownerBefore = staged.touched.size() > 1;
    if (!batch.run(&results, &error) || results.size() < firstBefore || !results[at].next()) {
        unstage(m_workspace, staged);
        return pgsession::storageError(busy, error);
    }
    const qint64 version = results[at].value(0).toLongLong();
    const qint64 dbVersion = version - 1;
    if (version <= 0) {
        unstage(m_workspace, staged);
        return Error::badInput(QCoreApplication::translate("rs::Store", "The workspace's version row is damaged."));
    }
    BatchRows recorded = results[at + 1];
    m_othersWrite = dbVersion != m_version;
    if (dbVersion == m_version) {
        takeBefore(results.mid(firstBefore));
    } else {
        // Another writer came first: caught up under the lock, the changes staged anew, their rows read before
        // (those read with the lock already, when the changes touch what they touched before).
        // Replayed onto the workspace as read, once the changes are taken off it.
        const auto caughtUp = [&]() -> std::optional<Loaded> {
            if (!catchingUp)
                return std::nullopt;
            return replayedFrom(results[at + 2], results[at + 3], dbVersion);
        };
        if (Status s = rebase(dbVersion, changes, originals, nextIdBefore, staged, caughtUp); !s)
            return s;
        planBefore();
        if (tracker->reads(false) == readBefore && ownerBefore == (staged.touched.size() > 1)) {
            batch = StoreBatch(database);
            takeBefore(results.mid(firstBefore));
        } else if (batch.isEmpty()) {
            takeBefore({});
        } else if (!batch.run(&results, &error)) {
            unstage(m_workspace, staged);
            return pgsession::storageError(unsaved, error);
        } else {
            takeBefore(results);
        }
    }
    // 2. Every row written, the rows after, the revisions the rows now have, and the chain's head.
    Writer w(statements(), &batch);
    Status s = setNamesAside(w, staged.touched);
    if (s)
        s = demoteReplacedOwner(w, previousOwner, m_workspace, staged.touched);
    for (const Touched &t : staged.touched) {
        if (s)
            s = writeTouched(w, m_workspace, t);
    }
    if (s && m_workspace.nextId() != nextIdBefore)
        s = w.run(
            rows::meta::kUpsert, { QString::fromLatin1(rows::meta::kNextId), QString::number(m_workspace.nextId()) });
    // Under the writers' lock and with the workspace as read at this version: an empty id is still empty in the
    // database, and the one given here is the one it keeps.
    const QString identity = m_identity.isEmpty() ? makeIdentity() : m_identity;
    if (s && m_identity.isEmpty())
        s = w.run(rows::meta::kInsertOnce, { QString::fromLatin1(rows::meta::kIdentity), identity });
    const QStringList after = tracker->reads(true);
    for (const QString &sql : after)
        batch.add(sql);
    Revisions revisions;
    const QString revisionSql = revisionsQuery(staged.touched, revisions);
    if (!revisionSql.isEmpty())
        batch.add(revisionSql);
    const int count = int(staged.summaries.size());
    for (const QString &sql : AuditLog::headReads(count))
        batch.add(sql);
    if (!s || !batch.run(&results, &error) || results.size() < after.size() + 2) {
        unstage(m_workspace, staged);
        return s ? pgsession::storageError(unsaved, error) : s;
    }
    const qsizetype writes = results.size() - after.size() - (revisionSql.isEmpty() ? 0 : 1) - 2;
    tracker->take(true, results.mid(writes, after.size()));
    if (!revisionSql.isEmpty()) {
        BatchRows &r = results[writes + after.size()];
        while (r.next())
            revisions.insert({ r.value(0).toInt(), r.value(1).toLongLong() }, r.value(2).toLongLong());
    }
    // The digest of the workspace as it will be committed, on the last record: the last record's, changed by what the
    // tracker read (the whole workspace summed anew when no record carries one yet).
    QString digestText;
    const Result<std::optional<digest::State>> previous = digest::fold(recorded);
    if (!previous) {
        unstage(m_workspace, staged);
        return previous.error();
    }
    if (previous.value()) {
        digestText = tracker->changed(*previous.value()).text();
    } else {
        Result<digest::State> whole = digest::compute(database);
        if (!whole) {
            unstage(m_workspace, staged);
            return whole.error();
        }
        digestText = whole.value().text();
    }
    // 3. The records chained onto the trail, and the commit.
    QList<auditstate::StoredAuditRow> records;
    const auto json
        = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    for (int i = 0; i < count; ++i)
        records.append({ 0, version, QString(), auditstate::osUser(), QString(), m_actor, staged.summaries.at(i),
            auditstate::joinSubjects(staged.subjects.at(i)), json(withApproval(changes.at(i).toJson())),
            json(staged.before.at(i)), json(staged.after.at(i)), i == count - 1 ? digestText : QString() });
    if (!AuditLog::addAppends(batch, records, results[results.size() - 2], results[results.size() - 1])) {
        unstage(m_workspace, staged);
        return Error::storage(unsaved);
    }
    if (m_beforeCommit) {
        if (!batch.run(&results, &error)) {
            unstage(m_workspace, staged);
            return pgsession::storageError(unsaved, error);
        }
        m_beforeCommit();
    }
    batch.add(QStringLiteral("COMMIT"));
    if (!batch.run(&results, &error)) {
        unstage(m_workspace, staged);
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
    m_identity = identity;
    touched = staged.touched;
    return {};
}

} // namespace rs
