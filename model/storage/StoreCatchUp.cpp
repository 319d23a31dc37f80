// The catching-up half of Store's writing: what other writers committed since this store read the workspace, and
// the revisions the database holds for what changes touched, and a reload that reads only what changed.
#include "Store.h"

#include "PgSession.h"
#include "Rows.h"
#include "StatementCache.h"
#include "StoreBatch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rs {

namespace {

// Another writer's commits are usually a few changes: they are replayed from the audit trail onto what a store read,
// which gives the same workspace as reading it whole (each writer applied them to that same state), at the cost of a
// few rows. A gap in the versions, a whole-workspace replacement or a change that no longer applies cannot be.
constexpr qint64 kMostReplayed = 64;
// Access reviews record their steps in the trail too; they change nothing a replay needs. Bound above as well as below
// (the store's version and kMostReplayed past it): the statement is planned once for any values, and a range of a
// few versions is read by the index whatever the trail's length.
const char kReplayed[] = "SELECT version, change FROM audit WHERE version > ? AND version <= ? "
                         "AND subjects NOT LIKE '% review:%' ORDER BY id";

QByteArray changeText(const QSqlQuery &q)
{
    return q.value(1).toString().toUtf8();
}

QByteArray changeText(const BatchRows &rows)
{
    return rows.bytes(1);
}

// Replays the rows (version, change) of kReplayed onto `ws`, up to `to`, but those of version `skip` (a store's own,
// already on `ws`); false when they cannot be.
template <typename Query>
bool replay(Query &q, Workspace &ws, QList<Touched> &replayed, qint64 from, qint64 to, qint64 skip = -1)
{
    qint64 last = from;
    while (q.next()) {
        const qint64 version = q.value(0).toLongLong();
        if (version > to)
            break; // committed after the version was read: read next time
        if (version == skip && (version == last || version == last + 1)) {
            last = version;
            continue;
        }
        Result<Change> change = Change::fromJson(QJsonDocument::fromJson(changeText(q)).object());
        if ((version != last && version != last + 1) || !change)
            return false;
        Result<Touched> touched = ws.apply(change.value());
        if (!touched)
            return false;
        replayed.append(std::move(touched).value());
        last = version;
    }
    return last == to;
}

} // namespace

Result<Store::Loaded> Store::catchUp(qint64 dbVersion)
{
    if (dbVersion > m_version && dbVersion - m_version <= kMostReplayed) {
        QSqlError error;
        QSqlQuery *q = statements().query(kReplayed, &error);
        bool ok = q;
        if (ok) {
            q->bindValue(0, m_version);
            q->bindValue(1, m_version + kMostReplayed);
            ok = q->exec();
        }
        Workspace ws = m_workspace;
        QList<Touched> replayed;
        ok = ok && replay(*q, ws, replayed, m_version, dbVersion);
        if (q)
            q->finish();
        if (ok) {
            Result<Revisions> revisions = readRevisions(replayed);
            if (revisions) {
                Loaded loaded { std::move(ws), m_revisions, dbVersion,
                    m_identity.isEmpty() ? readIdentity() : m_identity, QString() };
                for (auto it = revisions.value().cbegin(); it != revisions.value().cend(); ++it) {
                    if (it.value() < 0)
                        loaded.revisions.remove(it.key());
                    else
                        loaded.revisions.insert(it.key(), it.value());
                }
                return loaded;
            }
        }
    }
    return read(true);
}

QString Store::allRevisionsQuery()
{
    return QStringLiteral("SELECT %1, id, revision FROM roles UNION ALL SELECT %2, id, revision FROM members "
                          "UNION ALL SELECT %3, id, revision FROM productions UNION ALL SELECT %4, id, revision "
                          "FROM features")
        .arg(int(Kind::Role))
        .arg(int(Kind::Member))
        .arg(int(Kind::Production))
        .arg(int(Kind::Feature));
}

void Store::keepRevisions(const QList<Touched> &replayed, BatchRows &all, Revisions &into)
{
    // What readRevisions() would ask about: -1 (gone) unless found; every feature when the catalog changed.
    Revisions revisions;
    const bool catalog = askRevisions(replayed, revisions);
    while (all.next()) {
        const QPair<int, Id> key { all.value(0).toInt(), all.value(1).toLongLong() };
        if (revisions.contains(key) || (catalog && key.first == int(Kind::Feature)))
            revisions.insert(key, all.value(2).toLongLong());
    }
    for (auto it = revisions.cbegin(); it != revisions.cend(); ++it) {
        if (it.value() < 0)
            into.remove(it.key());
        else
            into.insert(it.key(), it.value());
    }
}

std::optional<Store::Loaded> Store::replayedFrom(BatchRows changes, BatchRows all, qint64 dbVersion) const
{
    if (dbVersion <= m_version || dbVersion - m_version > kMostReplayed || m_identity.isEmpty())
        return std::nullopt;
    Loaded loaded { m_workspace, m_revisions, dbVersion, m_identity, QString() };
    QList<Touched> replayed;
    if (!replay(changes, loaded.workspace, replayed, m_version, dbVersion))
        return std::nullopt;
    keepRevisions(replayed, all, loaded.revisions);
    return loaded;
}

void Store::addSnapshotReads(StoreBatch &batch, qint64 past) const
{
    batch.add(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    batch.add(rows::meta::kSelectVersion, {});
    addCatchUpReads(batch, past);
    batch.add(QStringLiteral("COMMIT"));
}

bool Store::catchUpAroundOwn(QList<BatchRows> rows, qint64 own)
{
    if (rows.size() != 5 || !rows[1].next())
        return false;
    const qint64 dbVersion = rows[1].value(0).toLongLong();
    // Others' cells before the store's own change (which the database let through only so) and whatever came after
    // it, in order, onto the workspace that holds the store's own change already.
    return dbVersion >= own && takeReplayed(rows[2], rows[3], dbVersion, own);
}

bool Store::takeReplayed(BatchRows &changes, BatchRows &all, qint64 dbVersion, qint64 own)
{
    if (dbVersion < m_version || dbVersion - m_version > kMostReplayed)
        return false;
    Workspace ws = m_workspace;
    QList<Touched> replayed;
    if (!replay(changes, ws, replayed, m_version, dbVersion, own))
        return false;
    keepRevisions(replayed, all, m_revisions);
    m_workspace = std::move(ws);
    m_version = dbVersion;
    return true;
}

void Store::addCatchUpReads(StoreBatch &batch, qint64 past) const
{
    batch.add(kReplayed, { m_version, m_version + kMostReplayed });
    // Every role's revision, and every member's, production's and feature's only when a write other than a cells
    // write came since this store's version (wide_version, SchemaCellWrites.h): cells writes change roles' revisions
    // alone, and while editors set cells, which is most of the time, that is all there is to read.
    batch.add(QStringLiteral("SELECT %1, id, revision FROM roles WHERE (SELECT version FROM workspace_version "
                             "WHERE id = 1) > ? UNION ALL SELECT * FROM (SELECT %2, id, revision FROM members "
                             "UNION ALL SELECT %3, id, revision FROM productions UNION ALL SELECT %4, id, revision "
                             "FROM features) AS others WHERE (SELECT wide_version FROM workspace_version WHERE id = 1) "
                             "> ?")
                  .arg(int(Kind::Role))
                  .arg(int(Kind::Member))
                  .arg(int(Kind::Production))
                  .arg(int(Kind::Feature)),
        { past, m_version });
}

std::optional<Status> Store::reloadChanged()
{
    // The version, what was committed since this store's, and the revision of every role, member, production and
    // feature, in one snapshot and one message: one round trip, whatever the workspace's size. The revisions are a
    // few numbers a row; those of what the replayed changes touched are kept, as readRevisions() would read them.
    StoreBatch batch(db());
    if (!batch.usable() || !m_broken.isEmpty() || m_identity.isEmpty())
        return std::nullopt;
    addSnapshotReads(batch);
    QList<BatchRows> results;
    QSqlError error;
    if (!batch.run(&results, &error) || results.size() != 5 || !results[1].next()) {
        batch.rollbackIfOpen();
        return std::nullopt;
    }
    const qint64 dbVersion = results[1].value(0).toLongLong();
    if (dbVersion == m_version)
        return Status();
    if (!takeReplayed(results[2], results[3], dbVersion))
        return std::nullopt;
    return Status();
}

Result<Store::Revisions> Store::readRevisions(const QList<Touched> &touched) const
{
    Revisions result;
    const QString sql = revisionsQuery(touched, result);
    if (sql.isEmpty())
        return result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return pgsession::storageError(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved."), q.lastError());
    while (q.next())
        result.insert({ q.value(0).toInt(), q.value(1).toLongLong() }, q.value(2).toLongLong());
    return result;
}

bool Store::askRevisions(const QList<Touched> &touched, Revisions &result)
{
    bool catalog = false;
    for (const Touched &t : touched) {
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it)
            result.insert({ int(Kind::Role), it.key() }, -1);
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it)
            result.insert({ int(Kind::Role), it.key().first }, -1);
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it)
            result.insert({ int(Kind::Member), it.key() }, -1);
        for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it)
            result.insert({ int(Kind::Production), it.key() }, -1);
        if (t.catalog) {
            catalog = true;
            for (const Feature &f : t.featuresBefore)
                result.insert({ int(Kind::Feature), f.id }, -1);
        }
    }
    return catalog;
}

QString Store::revisionsQuery(const QList<Touched> &touched, Revisions &result)
{
    // One query for all of them, however many changes and writers they come from: a round trip per entity adds up
    // when a writer takes in a dozen others' commits. The ids are numbers, written into the statement as such.
    Revisions asked;
    const bool catalog = askRevisions(touched, asked);
    QMap<int, QList<Id>> ids; // by kind
    for (auto it = asked.cbegin(); it != asked.cend(); ++it) {
        result.insert(it.key(), -1); // gone unless the query finds it
        if (it.key().first != int(Kind::Feature))
            ids[it.key().first].append(it.key().second);
    }
    QStringList parts;
    const auto part = [&](Kind kind, const char *table) {
        QList<Id> &list = ids[int(kind)];
        if (list.isEmpty())
            return;
        std::sort(list.begin(), list.end());
        QStringList numbers;
        for (const Id id : list)
            numbers.append(QString::number(id));
        parts.append(QStringLiteral("SELECT %1, id, revision FROM %2 WHERE id IN (%3)")
                         .arg(int(kind))
                         .arg(QLatin1String(table), numbers.join(QLatin1Char(','))));
    };
    part(Kind::Role, "roles");
    part(Kind::Member, "members");
    part(Kind::Production, "productions");
    if (catalog)
        parts.append(QStringLiteral("SELECT %1, id, revision FROM features").arg(int(Kind::Feature)));
    return parts.join(QStringLiteral(" UNION ALL "));
}

} // namespace rs
