// An apply of cells alone on PostgreSQL that holds the writers' lock only while the server works. The first message
// locks the roles' rows, writes the cells and reads their rows before and after, without the writers' lock: writers
// of different roles do not wait for each other. The second calls rolesheet_append_cells() (SchemaCellWrites.h),
// which takes the lock, raises the version, chains the records (the last holding this write's change of the digest,
// Digest.h) and commits with the message's COMMIT: no round trip, and no work of the client, happens under the lock.
// What other writers committed meanwhile is read after the commit, in the same message, and replayed around this
// store's own change.
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

std::optional<Status> Store::applyCellsQuickly(QList<Change> &changes, StagedChanges &staged, QList<Touched> &touched)
{
    QSqlDatabase database = db();
    staging::BatchTransaction tx { database };
    StoreBatch batch(database, StoreBatch::Mode::Prepared);
    // Nothing written, the changes still staged: the other ways.
    const auto otherWay = [&]() -> std::optional<Status> {
        batch.rollbackIfOpen();
        tx.open = false;
        return std::nullopt;
    };
    const auto refused = [&](const QSqlError &error) -> std::optional<Status> {
        // Another kind of write came first (the server's function refuses), a writer of the same rows won a deadlock,
        // or the schema has no such function yet.
        const QString code = error.nativeErrorCode();
        if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("42883"))
            return otherWay();
        batch.rollbackIfOpen();
        tx.open = false;
        staging::unstage(m_workspace, staged);
        return pgsession::storageError(QCoreApplication::translate("rs::Store",
                                           "The workspace is busy or cannot be written; nothing was changed."),
            error);
    };
    digest::Tracker tracker(database);
    digest::trackTouched(tracker, m_workspace, staged.touched, false);
    const QString roles = cells::roleArray(staged.touched);
    // 1. The roles' rows locked in the order of their ids (as every other writer of a role takes them) with the
    // revisions they hold, the rows before, the writes, the rows after and the roles' revisions after.
    batch.add(QStringLiteral("BEGIN"));
    batch.add("SELECT id, revision FROM roles WHERE id = ANY(?::bigint[]) ORDER BY id FOR UPDATE", { roles });
    const QList<digest::Tracker::Read> before = tracker.parameterisedReads(false);
    const auto add = [&](const digest::Tracker::Read &read) {
        if (read.values.isEmpty())
            batch.add(read.sql);
        else
            batch.add(read.sql, read.values);
    };
    for (const digest::Tracker::Read &read : before)
        add(read);
    const int firstWrite = batch.size();
    rows::Writer w(statements(), &batch);
    for (const Touched &t : staged.touched) {
        if (Status s = rows::writeTouched(w, m_workspace, t); !s) {
            staging::unstage(m_workspace, staged);
            return s;
        }
    }
    const int writes = batch.size() - firstWrite;
    const QList<digest::Tracker::Read> after = tracker.parameterisedReads(true);
    for (const digest::Tracker::Read &read : after)
        add(read);
    batch.add("SELECT id, revision FROM roles WHERE id = ANY(?::bigint[])", { roles });
    const int expected = batch.size();
    QList<BatchRows> results;
    QSqlError error;
    if (!batch.run(&results, &error) || results.size() != expected)
        return refused(error);
    // A role changed since this store read it: its cells here may be out of date, and the rules were checked on them.
    BatchRows locked = results[1];
    while (locked.next()) {
        if (m_revisions.value({ int(RevisionKind::Role), locked.value(0).toLongLong() }, -1)
            != locked.value(1).toLongLong())
            return otherWay();
    }
    qsizetype at = 2;
    tracker.take(false, results.mid(at, before.size()));
    at += before.size() + writes;
    tracker.take(true, results.mid(at, after.size()));
    at += after.size();
    Revisions revisions;
    BatchRows revised = results[at];
    while (revised.next())
        revisions.insert({ int(RevisionKind::Role), revised.value(0).toLongLong() }, revised.value(1).toLongLong());
    // 2. The server's append under the writers' lock, the commit, and what came since this store's version.
    const auto json
        = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    QStringList summaries, subjects, changed, befores, afters, tails;
    const QString actor = m_actor.isNull() ? QStringLiteral("") : m_actor;
    for (int i = 0; i < staged.summaries.size(); ++i) {
        auditstate::StoredAuditRow row;
        row.actor = actor;
        row.summary = staged.summaries.at(i);
        row.subjects = auditstate::joinSubjects(staged.subjects.at(i));
        row.change = json(withApproval(changes.at(i).toJson()));
        row.before = json(staged.before.at(i));
        row.after = json(staged.after.at(i));
        tails.append(auditstate::hashTail(row));
        summaries.append(row.summary);
        subjects.append(row.subjects);
        changed.append(row.change);
        befores.append(row.before);
        afters.append(row.after);
    }
    batch.add("SELECT rolesheet_append_cells(?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
              "?::text[])",
        { m_version, tracker.changed(digest::State()).changeText(), auditstate::osUser(), actor,
            cells::textArray(summaries), cells::textArray(subjects), cells::textArray(changed),
            cells::textArray(befores), cells::textArray(afters), cells::textArray(tails) });
    qint64 version = 0;
    const auto takeVersion = [&](QList<BatchRows> &rows) {
        if (!rows.isEmpty() && rows[0].next())
            version = rows[0].value(0).toLongLong();
    };
    if (m_beforeCommit) {
        if (!batch.run(&results, &error))
            return refused(error);
        takeVersion(results);
        m_beforeCommit();
    }
    const int commit = batch.size();
    batch.add(QStringLiteral("COMMIT"));
    addSnapshotReads(batch, m_version + 1); // the revisions only when others wrote too
    const bool ran = batch.run(&results, &error);
    if (batch.answered() <= commit)
        return refused(error);
    tx.open = false;
    if (commit > 0)
        takeVersion(results);
    m_othersWrite = version != m_version + 1;
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it)
        m_revisions.insert(it.key(), it.value());
    touched = staged.touched;
    // Others' changes taken in around this store's own; a full read when they cannot be.
    if (!ran || version <= 0 || !catchUpAroundOwn(results.mid(commit + 1), version)) {
        batch.rollbackIfOpen();
        if (Status s = load(); !s)
            return s;
    }
    return Status();
}

} // namespace rs
