// What one write changes in the workspace's digest (Digest.h): the rows it touches, read before and after it.
#include "Digest.h"

#include "DigestRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rs::digest {

using rows::forEachRow;
using rows::selectAll;
using rows::unreadable;

Tracker::Tracker(const QSqlDatabase &db)
    : m_db(db)
{
}

void Tracker::track(const char *table, const char *column, qint64 id)
{
    m_ids[{ QLatin1String(table), QLatin1String(column) }].insert(id);
}

void Tracker::track(const char *table, const char *column1, qint64 id1, const char *column2, qint64 id2)
{
    m_pairs[{ QLatin1String(table), QLatin1String(column1) + QStringLiteral(", ") + QLatin1String(column2) }].insert(
        { id1, id2 });
}

void Tracker::trackWhere(const char *name, const QString &condition)
{
    if (const TableInfo *t = table(QLatin1String(name)))
        m_sets.append({ t, condition });
}

void Tracker::trackTable(const char *name)
{
    trackWhere(name, QString());
}

void Tracker::trackNew(const char *name, const QString &condition)
{
    if (const TableInfo *t = table(QLatin1String(name)))
        m_sets.append({ t, condition, true });
}

QList<Tracker::Planned> Tracker::plan(bool newOnes, bool arrays) const
{
    QList<Planned> reads;
    for (const Set &set : std::as_const(m_sets)) {
        if (set.isNew && !newOnes)
            continue;
        reads.append({ set.table, selectAll(*set.table, set.condition), {}, false });
    }
    // Ids of one column, or pairs of two, are read together, a few hundred at a time; as arrays, the same chunks.
    constexpr qsizetype kChunk = 500;
    const auto array = [](const QStringList &ids) {
        return QVariant(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
    };
    for (const auto &[where, ids] : m_ids) {
        const TableInfo *t = digest::table(where.first);
        if (!t)
            continue;
        QStringList values;
        for (qint64 id : ids)
            values.append(QString::number(id));
        for (qsizetype from = 0; from < values.size(); from += kChunk) {
            if (arrays)
                reads.append({ t, selectAll(*t, where.second + QStringLiteral(" = ANY(?::bigint[])")),
                    { array(values.mid(from, kChunk)) }, true });
            else
                reads.append({ t,
                    selectAll(*t,
                        where.second + QStringLiteral(" IN (") + values.mid(from, kChunk).join(QLatin1Char(','))
                            + QLatin1Char(')')),
                    {}, false });
        }
    }
    for (const auto &[where, pairs] : m_pairs) {
        const TableInfo *t = digest::table(where.first);
        if (!t)
            continue;
        QStringList values;
        QStringList firsts;
        QStringList seconds;
        for (const auto &[a, b] : pairs) {
            values.append(QStringLiteral("(%1, %2)").arg(a).arg(b));
            firsts.append(QString::number(a));
            seconds.append(QString::number(b));
        }
        for (qsizetype from = 0; from < values.size(); from += kChunk) {
            if (arrays) {
                // Planned once for any arrays, the pairs alone would be joined by hashing the whole table; each
                // column's ids first let the plan take the rows from an index.
                const QStringList columns = where.second.split(QStringLiteral(", "));
                const QVariant a = array(firsts.mid(from, kChunk));
                const QVariant b = array(seconds.mid(from, kChunk));
                reads.append({ t,
                    selectAll(*t,
                        columns.value(0) + QStringLiteral(" = ANY(?::bigint[]) AND ") + columns.value(1)
                            + QStringLiteral(" = ANY(?::bigint[]) AND (") + where.second
                            + QStringLiteral(") IN (SELECT * FROM unnest(?::bigint[], ?::bigint[]))")),
                    { a, b, a, b }, true });
            } else
                reads.append({ t,
                    selectAll(*t,
                        QLatin1Char('(') + where.second + QStringLiteral(") IN (VALUES ")
                            + values.mid(from, kChunk).join(QLatin1Char(',')) + QLatin1Char(')')),
                    {}, false });
        }
    }
    return reads;
}

std::function<void(const Row &)> Tracker::counter(const TableInfo &t, int sign)
{
    const QString name = QLatin1String(t.name);
    return [this, name, sign](const Row &row) {
        // The same row met in two sets counts once; rows are told apart by key and contents.
        if (m_seen.insert({ name, { row.key1, row.key2, row.hash[0], row.hash[1] } }).second)
            m_delta.add(name, row, sign);
    };
}

Status Tracker::read(int sign, bool newOnes)
{
    m_seen.clear();
    for (const Planned &read : plan(newOnes)) {
        if (Status s = forEachRow(m_db, *read.table, read.sql, counter(*read.table, sign)); !s)
            return s;
    }
    return {};
}

QStringList Tracker::reads(bool after) const
{
    QStringList statements;
    if (m_everything)
        return statements;
    for (const Planned &read : plan(after))
        statements.append(read.sql);
    return statements;
}

QList<Tracker::Read> Tracker::parameterisedReads(bool after) const
{
    QList<Read> statements;
    if (m_everything)
        return statements;
    for (const Planned &read : plan(after, true))
        statements.append({ read.sql, read.parameterised ? read.values : QVariantList() });
    return statements;
}

void Tracker::take(bool after, QList<BatchRows> results)
{
    if (m_everything)
        return;
    m_seen.clear();
    const QList<Planned> reads = plan(after);
    for (qsizetype i = 0; i < reads.size() && i < results.size(); ++i)
        forEachRow(*reads.at(i).table, results[i], counter(*reads.at(i).table, after ? +1 : -1));
}

State Tracker::changed(const State &previous) const
{
    State state = previous;
    state.add(m_delta);
    return state;
}

Status Tracker::before()
{
    if (m_everything)
        return {};
    return read(-1, false);
}

Result<State> Tracker::after(const State &previous)
{
    if (m_everything)
        return compute(m_db, m_known);
    if (Status s = read(+1, true); !s)
        return s.error();
    State state = previous;
    state.add(m_delta);
    return state;
}

// The rows a write of these changes may touch, as the digest tracks them: the rows written, and those the database
// removes or changes with them (a production's roles, grants and seats, a member's seats).
void trackTouched(Tracker &tracker, const Workspace &ws, const QList<Touched> &touched, bool counters)
{
    bool meta = counters;
    for (const Touched &t : touched)
        meta = meta || t.workspaceName || t.timeZone || t.approvalPolicy;
    if (meta)
        tracker.trackTable("meta");
    for (const Touched &t : touched) {
        if (!t.members.isEmpty())
            tracker.trackTable("workspace_owner");
        if (t.catalog) {
            tracker.trackTable("sections");
            tracker.trackTable("features");
            for (const Feature &f : t.featuresBefore) {
                if (!ws.feature(f.id))
                    tracker.track("grants", "feature_id", f.id);
            }
        }
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it) {
            tracker.track("roles", "id", it.key());
            tracker.track("grants", "role_id", it.key());
            tracker.track("role_links", "role_id", it.key());
        }
        // A cell alone is written as its one row (the role's revision, not in the digest, is raised with it).
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
            if (!t.roles.contains(it.key().first))
                tracker.track("grants", "role_id", it.key().first, "feature_id", it.key().second);
        }
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it) {
            tracker.track("members", "id", it.key());
            tracker.track("seats", "member_id", it.key());
            tracker.track("productions", "created_by", it.key());
        }
        for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it) {
            tracker.track("productions", "id", it.key());
            tracker.track("roles", "production_id", it.key());
            tracker.trackWhere(
                "grants", QStringLiteral("role_id IN (SELECT id FROM roles WHERE production_id = %1)").arg(it.key()));
            tracker.trackWhere("role_links",
                QStringLiteral("role_id IN (SELECT id FROM roles WHERE production_id = %1)").arg(it.key()));
            tracker.track("seats", "production_id", it.key());
        }
        for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it)
            tracker.track("seats", "production_id", it.key().production, "member_id", it.key().member);
        for (auto it = t.seatTerms.cbegin(); it != t.seatTerms.cend(); ++it)
            tracker.track("seats", "production_id", it.key().production, "member_id", it.key().member);
    }
}

Result<QString> recordAfter(Tracker &tracker, const QSqlDatabase &db)
{
    Result<std::optional<State>> previous = recorded(db);
    if (!previous)
        return previous.error();
    Result<State> state = previous.value() ? tracker.after(*previous.value()) : compute(db, tracker.known());
    if (!state)
        return state.error();
    return state.value().text();
}

Result<std::optional<State>> recorded(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kRecordedSql)))
        return unreadable(q);
    return fold(q);
}

} // namespace rs::digest
