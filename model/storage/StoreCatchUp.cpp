// The catching-up half of Store's writing: what other writers committed since this store read the workspace, and
// the revisions the database holds for what changes touched.
#include "Store.h"

#include "PgSession.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rs {

Result<Store::Loaded> Store::catchUp(qint64 dbVersion)
{
    // Another writer's commits are usually a few changes: they are replayed from the audit trail onto what this
    // store read, which gives the same workspace as reading it whole (each writer applied them to that same state),
    // at the cost of a few rows. A gap in the versions, a whole-workspace replacement or a change that no longer
    // applies falls back to reading everything.
    constexpr qint64 kMostReplayed = 64;
    if (dbVersion > m_version && dbVersion - m_version <= kMostReplayed) {
        // Access reviews record their steps in the trail too; they change nothing a replay needs.
        const char *sql = "SELECT version, change FROM audit WHERE version > ? AND subjects NOT LIKE '% review:%' "
                          "ORDER BY id";
        QSqlError error;
        QSqlQuery *q = statements().query(sql, &error);
        bool ok = q;
        if (ok) {
            q->bindValue(0, m_version);
            ok = q->exec();
        }
        Workspace ws = m_workspace;
        QList<Touched> replayed;
        qint64 last = m_version;
        while (ok && q->next()) {
            const qint64 version = q->value(0).toLongLong();
            Result<Change> change = Change::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
            ok = (version == last || version == last + 1) && change;
            Result<Touched> touched = ok ? ws.apply(change.value()) : Result<Touched>(change.error());
            ok = ok && touched;
            if (ok)
                replayed.append(std::move(touched).value());
            last = version;
        }
        if (q)
            q->finish();
        if (ok && last == dbVersion) {
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

Result<Store::Revisions> Store::readRevisions(const QList<Touched> &touched) const
{
    // One query for all of them, however many changes and writers they come from: a round trip per entity adds up
    // when a writer takes in a dozen others' commits. The ids are numbers, written into the statement as such.
    QList<Id> roles;
    QList<Id> members;
    QList<Id> productions;
    bool catalog = false;
    Revisions result;
    for (const Touched &t : touched) {
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it)
            roles.append(it.key());
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it)
            roles.append(it.key().first);
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it)
            members.append(it.key());
        for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it)
            productions.append(it.key());
        if (t.catalog) {
            catalog = true;
            for (const Feature &f : t.featuresBefore)
                result.insert({ int(Kind::Feature), f.id }, -1);
        }
    }
    QStringList parts;
    const auto part = [&](Kind kind, const char *table, QList<Id> &ids) {
        if (ids.isEmpty())
            return;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        QStringList numbers;
        for (const Id id : ids) {
            result.insert({ int(kind), id }, -1); // gone unless the query finds it
            numbers.append(QString::number(id));
        }
        parts.append(QStringLiteral("SELECT %1, id, revision FROM %2 WHERE id IN (%3)")
                         .arg(int(kind))
                         .arg(QLatin1String(table), numbers.join(QLatin1Char(','))));
    };
    part(Kind::Role, "roles", roles);
    part(Kind::Member, "members", members);
    part(Kind::Production, "productions", productions);
    if (catalog)
        parts.append(QStringLiteral("SELECT %1, id, revision FROM features").arg(int(Kind::Feature)));
    if (parts.isEmpty())
        return result;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(parts.join(QStringLiteral(" UNION ALL "))))
        return pgsession::storageError(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved."), q.lastError());
    while (q.next())
        result.insert({ q.value(0).toInt(), q.value(1).toLongLong() }, q.value(2).toLongLong());
    return result;
}

} // namespace rs
