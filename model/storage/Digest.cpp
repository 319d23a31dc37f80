// The digest of a stored workspace (Digest.h): hashing rows, summing them, and finding the row that differs.
#include "Digest.h"

#include "PgAddress.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <charconv>

namespace rs::digest {

namespace {

constexpr quint64 kP = (quint64(1) << 61) - 1;
__extension__ typedef unsigned __int128 Wide;

quint64 mulmod(quint64 a, quint64 b)
{
    const Wide product = static_cast<Wide>(a) * b;
    quint64 low = quint64(product & kP);
    quint64 high = quint64(product >> 61);
    quint64 r = low + high;
    while (r >= kP)
        r -= kP;
    return r;
}

quint64 addmod(quint64 a, quint64 b)
{
    const quint64 r = a + b;
    return r >= kP ? r - kP : r;
}

quint64 submod(quint64 a, quint64 b)
{
    return a >= b ? a - b : a + kP - b;
}

quint64 powmod(quint64 base, quint64 exponent)
{
    quint64 result = 1;
    while (exponent) {
        if (exponent & 1)
            result = mulmod(result, base);
        base = mulmod(base, base);
        exponent >>= 1;
    }
    return result;
}

quint64 inverse(quint64 a)
{
    return powmod(a, kP - 2);
}

void add256(std::array<quint64, 4> &sum, const std::array<quint64, 4> &value)
{
    quint64 carry = 0;
    for (int i = 0; i < 4; ++i) {
        const quint64 a = sum[i];
        const quint64 s = a + value[i];
        const quint64 c1 = s < a ? 1 : 0;
        const quint64 t = s + carry;
        const quint64 c2 = t < s ? 1 : 0;
        sum[i] = t;
        carry = c1 + c2;
    }
}

std::array<quint64, 4> negate256(const std::array<quint64, 4> &value)
{
    std::array<quint64, 4> r;
    for (int i = 0; i < 4; ++i)
        r[i] = ~value[i];
    add256(r, { 1, 0, 0, 0 });
    return r;
}

QString hex256(const std::array<quint64, 4> &value)
{
    QString text;
    for (int i = 3; i >= 0; --i)
        text += QStringLiteral("%1").arg(value[i], 16, 16, QLatin1Char('0'));
    return text;
}

std::optional<std::array<quint64, 4>> parse256(const QString &text)
{
    if (text.size() != 64)
        return std::nullopt;
    std::array<quint64, 4> value;
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        value[3 - i] = text.mid(i * 16, 16).toULongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
    }
    return value;
}

// A key part as a number modulo P: an id as it is, a text by its hash.
quint64 keyNumber(const QVariant &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (ok && n >= 0 && quint64(n) < kP && value.typeId() != QMetaType::QString)
        return quint64(n);
    const QByteArray h = QCryptographicHash::hash(value.toString().toUtf8(), QCryptographicHash::Sha256);
    return qFromLittleEndian<quint64>(h.constData()) % kP;
}

QByteArray canonical(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QByteArray::number(value.toLongLong());
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
}

QString selectAll(const TableInfo &t, const QString &condition)
{
    QString sql = QStringLiteral("SELECT * FROM %1").arg(QLatin1String(t.name));
    QStringList where;
    if (t.filter)
        where.append(QLatin1String(t.filter));
    if (!condition.isEmpty())
        where.append(condition);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE (") + where.join(QStringLiteral(") AND (")) + QLatin1Char(')');
    return sql;
}

// Keeps the engine's reason (a lock time-out, a lost server) in the one line.
Error unreadable(const QSqlQuery &q)
{
    return pgsession::storageError(
        QCoreApplication::translate("rs::Store", "The stored workspace cannot be read to check it."), q.lastError());
}

// How the rows of one query are hashed: the fixed part, each column's name as the hash takes it, and where the key
// is. Made once per query, so that a row costs one buffer and one hash.
struct Layout
{
    QByteArray prefix;
    QList<QByteArray> names; // empty for a column left out (revision)
    int key1 = -1;
    int key2 = -1;
};

void appendField(QByteArray &out, QByteArrayView bytes)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, bytes.size());
    Q_UNUSED(ec);
    out.append(digits, end - digits).append(':').append(bytes).append('\n');
}

Layout layoutOf(const TableInfo &t, const QSqlRecord &record)
{
    Layout l;
    l.prefix = QByteArrayLiteral("rolesheet-row-1\n");
    appendField(l.prefix, QByteArrayView(t.name));
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name == QLatin1String(t.key1))
            l.key1 = i;
        if (t.key2 && name == QLatin1String(t.key2))
            l.key2 = i;
        QByteArray field;
        if (name != QLatin1String("revision"))
            appendField(field, name.toUtf8());
        l.names.append(field);
    }
    return l;
}

void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out.append('\0');
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort: {
        char digits[24];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value.toLongLong());
        Q_UNUSED(ec);
        appendField(out, QByteArrayView(digits, end - digits));
        return;
    }
    default:
        appendField(out, canonical(value));
    }
}

Row rowOf(const TableInfo &t, const Layout &layout, const QSqlQuery &q, QByteArray &buffer, bool named)
{
    buffer.truncate(0);
    buffer.append(layout.prefix);
    Row row;
    for (int i = 0; i < layout.names.size(); ++i) {
        if (layout.names.at(i).isEmpty())
            continue;
        const QVariant value = q.value(i);
        buffer.append(layout.names.at(i));
        appendValue(buffer, value);
        if (i == layout.key1)
            row.key1 = keyNumber(value);
        else if (i == layout.key2)
            row.key2 = keyNumber(value);
    }
    const QByteArray bytes = QCryptographicHash::hash(buffer, QCryptographicHash::Sha256);
    for (int i = 0; i < 4; ++i)
        row.hash[i] = qFromLittleEndian<quint64>(bytes.constData() + 8 * i);
    row.weight = row.hash[0] % kP;
    if (row.weight == 0)
        row.weight = 1;
    if (named) {
        row.key = QStringLiteral("%1 %2").arg(QLatin1String(t.key1), q.value(layout.key1).toString());
        if (t.key2)
            row.key += QStringLiteral(", %1 %2").arg(QLatin1String(t.key2), q.value(layout.key2).toString());
    }
    return row;
}

// Runs `sql` and hands every row to `each`; `named`: with the text that names its key.
template <typename Each>
Status forEachRow(const QSqlDatabase &db, const TableInfo &t, const QString &sql, Each each, bool named = false)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return unreadable(q);
    const Layout layout = layoutOf(t, q.record());
    QByteArray buffer;
    buffer.reserve(512);
    while (q.next())
        each(rowOf(t, layout, q, buffer, named));
    if (q.lastError().isValid())
        return unreadable(q);
    return {};
}

} // namespace

const QList<TableInfo> &tables()
{
    static const QList<TableInfo> list {
        { "meta", "key", nullptr, "key IN ('name', 'next_id', 'workspace_id', 'time_zone')" },
        { "sections", "id" },
        { "features", "id" },
        { "roles", "id" },
        { "grants", "role_id", "feature_id" },
        { "members", "id" },
        { "workspace_owner", "id" },
        { "productions", "id" },
        { "seats", "production_id", "member_id" },
        { "review_campaigns", "id" },
        { "review_reviewers", "campaign_id", "member_id" },
        { "review_items", "campaign_id", "item" },
        { "review_decisions", "seq" },
        { "review_outcomes", "campaign_id", "item" },
        { "review_closings", "campaign_id" },
    };
    return list;
}

const TableInfo *table(const QString &name)
{
    for (const TableInfo &t : tables()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

void State::add(const QString &table, const Row &row, int sign)
{
    TableSum &t = m_tables[table];
    const quint64 k1 = mulmod(row.weight, row.key1);
    const quint64 k2 = mulmod(row.weight, row.key2);
    if (sign > 0) {
        t.rows += 1;
        add256(t.sum, row.hash);
        t.weight = addmod(t.weight, row.weight);
        t.key1 = addmod(t.key1, k1);
        t.key2 = addmod(t.key2, k2);
    } else {
        t.rows -= 1;
        add256(t.sum, negate256(row.hash));
        t.weight = submod(t.weight, row.weight);
        t.key1 = submod(t.key1, k1);
        t.key2 = submod(t.key2, k2);
    }
}

void State::add(const State &other)
{
    for (const auto &[name, o] : other.m_tables) {
        TableSum &t = m_tables[name];
        t.rows += o.rows;
        add256(t.sum, o.sum);
        t.weight = addmod(t.weight, o.weight);
        t.key1 = addmod(t.key1, o.key1);
        t.key2 = addmod(t.key2, o.key2);
    }
}

TableSum State::table(const QString &name) const
{
    const auto it = m_tables.find(name);
    return it == m_tables.end() ? TableSum() : it->second;
}

QString State::text() const
{
    QStringList lines { QStringLiteral("rolesheet-digest-1") };
    for (const auto &[name, t] : m_tables) {
        if (t.isEmpty())
            continue;
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(name)
                         .arg(t.rows)
                         .arg(hex256(t.sum))
                         .arg(t.weight, 16, 16, QLatin1Char('0'))
                         .arg(t.key1, 16, 16, QLatin1Char('0'))
                         .arg(t.key2, 16, 16, QLatin1Char('0')));
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<State> State::parse(const QString &text)
{
    State state;
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.takeFirst() != QLatin1String("rolesheet-digest-1"))
        return std::nullopt;
    for (const QString &line : std::as_const(lines)) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() != 6 || !digest::table(f.at(0)))
            return std::nullopt;
        TableSum t;
        bool ok[4] = {};
        t.rows = f.at(1).toLongLong(&ok[0]);
        const auto sum = parse256(f.at(2));
        t.weight = f.at(3).toULongLong(&ok[1], 16);
        t.key1 = f.at(4).toULongLong(&ok[2], 16);
        t.key2 = f.at(5).toULongLong(&ok[3], 16);
        if (!sum || !ok[0] || !ok[1] || !ok[2] || !ok[3] || t.weight >= kP || t.key1 >= kP || t.key2 >= kP)
            return std::nullopt;
        t.sum = *sum;
        state.m_tables[f.at(0)] = t;
    }
    return state;
}

bool State::operator==(const State &other) const
{
    for (const TableInfo &t : digest::tables()) {
        const QString name = QLatin1String(t.name);
        if (!(table(name) == other.table(name)))
            return false;
    }
    return true;
}

Result<State> compute(const QSqlDatabase &db)
{
    State state;
    const QStringList present = db.tables();
    for (const TableInfo &t : tables()) {
        const QString name = QLatin1String(t.name);
        if (!present.contains(name))
            continue;
        if (Status s = forEachRow(db, t, selectAll(t, {}), [&](const Row &row) { state.add(name, row, +1); }); !s)
            return s.error();
    }
    return state;
}

QStringList differences(const State &recorded, const State &stored, const QSqlDatabase &db)
{
    QStringList lines;
    for (const TableInfo &t : tables()) {
        const QString name = QLatin1String(t.name);
        const TableSum e = recorded.table(name);
        const TableSum a = stored.table(name);
        if (e == a)
            continue;
        const qint64 more = a.rows - e.rows;
        const quint64 dw = submod(a.weight, e.weight);
        QString row;
        if (dw != 0 && more >= -1 && more <= 1) {
            // One row differs: its key parts are the differences of the keyed sums over that of the weights.
            const quint64 inv = inverse(dw);
            const quint64 k1 = mulmod(submod(a.key1, e.key1), inv);
            const quint64 k2 = mulmod(submod(a.key2, e.key2), inv);
            // The row is there (added or changed) or gone (removed); a text key is found among the stored ones.
            QString found;
            const auto matches = [&](const Row &r) {
                if (r.key1 == k1 && (!t.key2 || r.key2 == k2))
                    found = r.key;
            };
            if (forEachRow(db, t, selectAll(t, {}), matches, true) && (more >= 0) == !found.isEmpty()) {
                if (!found.isEmpty())
                    row = found;
                else if (k1 < (quint64(1) << 53) && k2 < (quint64(1) << 53) && qstrcmp(t.key1, "key") != 0)
                    row = t.key2 ? QStringLiteral("%1 %2, %3 %4")
                                       .arg(QLatin1String(t.key1))
                                       .arg(k1)
                                       .arg(QLatin1String(t.key2))
                                       .arg(k2)
                                 : QStringLiteral("%1 %2").arg(QLatin1String(t.key1)).arg(k1);
            }
        }
        if (row.isEmpty())
            lines.append(QCoreApplication::translate("rs::Store",
                "Table %1 does not match the audit trail's last record (%2 rows stored, %3 recorded): rows were "
                "added, changed or removed outside the program.")
                             .arg(name)
                             .arg(a.rows)
                             .arg(e.rows));
        else if (more > 0)
            lines.append(QCoreApplication::translate(
                "rs::Store", "Table %1, row %2, was added outside the program: no audit record accounts for it.")
                             .arg(name, row));
        else if (more < 0)
            lines.append(QCoreApplication::translate(
                "rs::Store", "Table %1, row %2, was removed outside the program: no audit record accounts for it.")
                             .arg(name, row));
        else
            lines.append(QCoreApplication::translate(
                "rs::Store", "Table %1, row %2, was changed outside the program: no audit record accounts for it.")
                             .arg(name, row));
    }
    return lines;
}

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

Status Tracker::read(int sign, bool newOnes)
{
    m_seen.clear();
    const auto count = [&](const TableInfo &t) {
        const QString name = QLatin1String(t.name);
        return [this, name, sign](const Row &row) {
            // The same row met in two sets counts once; rows are told apart by key and contents.
            if (m_seen.insert({ name, { row.key1, row.key2, row.hash[0], row.hash[1] } }).second)
                m_delta.add(name, row, sign);
        };
    };
    for (const Set &set : std::as_const(m_sets)) {
        if (set.isNew && !newOnes)
            continue;
        if (Status s = forEachRow(m_db, *set.table, selectAll(*set.table, set.condition), count(*set.table)); !s)
            return s;
    }
    // Ids of one column, or pairs of two, are read together, a few hundred at a time.
    const auto inChunks
        = [&](const QString &table, const QString &column, const QStringList &values, QLatin1String list) -> Status {
        const TableInfo *t = digest::table(table);
        if (!t)
            return {};
        for (qsizetype from = 0; from < values.size(); from += 500) {
            const QString condition = column + QStringLiteral(" IN (") + list
                + values.mid(from, 500).join(QLatin1Char(',')) + QLatin1Char(')');
            if (Status s = forEachRow(m_db, *t, selectAll(*t, condition), count(*t)); !s)
                return s;
        }
        return {};
    };
    for (const auto &[where, ids] : m_ids) {
        QStringList values;
        for (qint64 id : ids)
            values.append(QString::number(id));
        if (Status s = inChunks(where.first, where.second, values, QLatin1String()); !s)
            return s;
    }
    for (const auto &[where, pairs] : m_pairs) {
        QStringList values;
        for (const auto &[a, b] : pairs)
            values.append(QStringLiteral("(%1, %2)").arg(a).arg(b));
        const QString columns = QLatin1Char('(') + where.second + QLatin1Char(')');
        if (Status s = inChunks(where.first, columns, values, QLatin1String("VALUES ")); !s)
            return s;
    }
    return {};
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
        return compute(m_db);
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
        meta = meta || t.workspaceName || t.timeZone;
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
    Result<State> state = previous.value() ? tracker.after(*previous.value()) : compute(db);
    if (!state)
        return state.error();
    return state.value().text();
}

Result<std::optional<State>> recorded(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, digest FROM audit WHERE digest <> '' ORDER BY id DESC LIMIT 1")))
        return unreadable(q);
    if (!q.next())
        return std::optional<State>();
    const std::optional<State> state = State::parse(q.value(1).toString());
    if (!state)
        return Error::badInput(QCoreApplication::translate(
            "rs::Store", "Audit record %1 holds a digest of the workspace that cannot be read.")
                                   .arg(q.value(0).toLongLong()));
    return state;
}

} // namespace rs::digest
