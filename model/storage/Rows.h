#pragma once
// One mapper per stored entity: its table, its columns in order, and how each column's value is bound when a row is
// written and taken back when it is read. Loading and writing both go through these, so a column is named in one
// place only; a new column is one more line in its table's list (Rows.cpp).
#include "domain/Workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <array>
#include <optional>
#include <vector>

namespace rs::rows {

// The most rows one statement inserts on SQLite (Table::sqliteInsertRows): the cost of a statement's step spread over
// them, its values well under SQLite's limit on them.
inline constexpr int kRowsAtOnceShift = 6;
inline constexpr int kRowsAtOnce = 1 << kRowsAtOnceShift;

inline QVariant idOrNull(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// An instant as a column holds it: milliseconds since the epoch, or NULL when open.
inline QVariant instant(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline QDateTime instantFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

inline QString scopeKey(Scope scope)
{
    return scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production");
}

inline Scope scopeFrom(const QString &key)
{
    return key == QLatin1String("production") ? Scope::Production : Scope::Account;
}

// One column of a table and what it does. Key: names the row (the upsert's conflict target, the delete's filter).
// Value: written and read. WriteOnly: written, never read back (a position, a flag kept for the database's checks).
// Revision: raised by every update of the row, read to tell another writer's change apart.
enum class Use { Key, Value, WriteOnly, Revision };

template <typename Row> struct Column
{
    const char *name;
    Use use;
    QVariant (*get)(const Row &); // the value written; unused for a revision
    void (*set)(Row &, const QVariant &); // takes the value read; unused for a write-only column
};

// A table's statements, made once from its columns and kept for the program's life: the statement cache knows a
// statement by the address of its text.
template <typename Row> class Table
{
public:
    Table(const char *name, QList<Column<Row>> columns, const char *order = "")
        : m_columns(std::move(columns))
    {
        QByteArrayList inserted, marks, keys, updates, selected, where;
        for (const Column<Row> &c : m_columns) {
            if (c.use != Use::Revision) {
                inserted.append(c.name);
                marks.append("?");
            }
            if (c.use == Use::Key) {
                keys.append(c.name);
                where.append(QByteArray(c.name) + " = ?");
            } else if (c.use == Use::Revision) {
                updates.append(QByteArray(c.name) + " = " + name + '.' + c.name + " + 1");
            } else {
                updates.append(QByteArray(c.name) + " = excluded." + c.name);
            }
            if (c.use != Use::WriteOnly)
                selected.append(c.name);
        }
        m_insert
            = QByteArray("INSERT INTO ") + name + " (" + inserted.join(", ") + ") VALUES (" + marks.join(", ") + ')';
        const QByteArray conflict = " ON CONFLICT (" + keys.join(", ") + ") DO UPDATE SET " + updates.join(", ");
        m_upsert = m_insert + conflict;
        const QByteArray tuple = '(' + marks.join(", ") + ')';
        for (int shift = 0; shift <= kRowsAtOnceShift; ++shift) {
            m_insertRows[size_t(shift)] = QByteArray("INSERT OR FAIL INTO ") + name + " (" + inserted.join(", ")
                + ") VALUES " + QByteArrayList(1 << shift, tuple).join(", ");
            m_upsertRows[size_t(shift)] = m_insertRows[size_t(shift)] + conflict;
        }
        m_width = int(inserted.size());
        m_remove = QByteArray("DELETE FROM ") + name + " WHERE " + where.join(" AND ");
        m_select = QByteArray("SELECT ") + selected.join(", ") + " FROM " + name + (*order ? " " : "") + order;
    }

    // Inserts a row, or updates the one with its key (raising its revision).
    const char *upsert() const { return m_upsert.constData(); }
    // Inserts a row; the key must be free.
    const char *insert() const { return m_insert.constData(); }
    // Deletes the row with the key bound.
    const char *remove() const { return m_remove.constData(); }
    // Every row, in the table's order.
    const char *select() const { return m_select.constData(); }

    // insert() and upsert() of 2^shift rows in one statement (shift at most kRowsAtOnceShift), their values one row
    // after another; SQLite's dialect. OR FAIL: a row that breaks a rule stops the statement and keeps the rows before
    // it, where the default (ABORT) would take them back, and for that copies every page the statement changes to a
    // journal of its own first: with it, a statement of 64 grants cost more than 64 statements of one. A failed row
    // fails the write, whose transaction is rolled back whole, so the rows stored are the same.
    const char *sqliteInsertRows(int shift) const { return m_insertRows[size_t(shift)].constData(); }
    const char *sqliteUpsertRows(int shift) const { return m_upsertRows[size_t(shift)].constData(); }
    // How many values a row binds.
    int width() const { return m_width; }
    // The columns insert() writes, in the order it binds them.
    QList<QByteArray> insertedColumns() const
    {
        QList<QByteArray> names;
        for (const Column<Row> &c : m_columns) {
            if (c.use != Use::Revision)
                names.append(c.name);
        }
        return names;
    }

    // The values insert() and upsert() bind, in order.
    QVariantList values(const Row &row) const
    {
        QVariantList values;
        values.reserve(m_columns.size());
        appendValues(values, row);
        return values;
    }
    void appendValues(QVariantList &values, const Row &row) const
    {
        for (const Column<Row> &c : m_columns) {
            if (c.use != Use::Revision)
                values.append(c.get(row));
        }
    }
    // The row at the query's current position, from the columns of select(): a QSqlQuery, or the rows of a batch.
    template <typename Query> Row read(const Query &q) const
    {
        Row row;
        int i = 0;
        for (const Column<Row> &c : m_columns) {
            if (c.use != Use::WriteOnly)
                c.set(row, q.value(i++));
        }
        return row;
    }

private:
    QList<Column<Row>> m_columns;
    QByteArray m_insert, m_upsert, m_remove, m_select;
    std::array<QByteArray, kRowsAtOnceShift + 1> m_insertRows, m_upsertRows;
    int m_width = 0;
};

struct SectionRow
{
    Section section;
    int position = 0;
};
struct FeatureRow
{
    Feature feature;
    int position = 0;
    qint64 revision = 0;
};
struct RoleRow
{
    Role role;
    qint64 revision = 0;
    int builtIn = 0; // as read: a stored number outside BuiltIn means a damaged row
    bool valid() const { return builtIn >= 0 && builtIn <= int(BuiltIn::ProductionMember); }
};
struct GrantRow
{
    Id role = 0;
    Id feature = 0;
    Levels levels;
};
// A role's link to its template and, for a template, its own version (SchemaLinks.h). Written for every role whose
// link or version is set; a role without a row is unlinked at version 0.
struct RoleLinkRow
{
    Id role = 0;
    int version = 0;
    RoleLink link;
    bool needed() const { return version != 0 || link.isLinked(); }
};
// The cells of a link's base as the column holds them ("12:3,15:1") and back; nullopt when the text is damaged.
QString baseText(const QHash<Id, Levels> &base);
std::optional<QHash<Id, Levels>> baseFrom(const QString &text);

struct MemberRow
{
    Member member;
    bool isOwner = false; // agrees with the member's account role (the schema checks that it does)
    qint64 revision = 0;
};
struct ProductionRow
{
    Production production;
    qint64 revision = 0;
};
struct SeatRow
{
    SeatKey key;
    Id role = 0;
    SeatTerm term; // its own dates; none when open
};

const Table<SectionRow> &sections();
const Table<FeatureRow> &features();
const Table<RoleRow> &roles();
const Table<GrantRow> &grants();
// The values grants().values() binds, as the numbers they are: what a write of a million grants binds without a
// QVariant for each.
std::array<qint64, 3> grantNumbers(const GrantRow &row);
// A role's grant rows as those numbers, one row after another in the order of the table's key: what a whole write of
// the role binds, and what the digest of the rows written sums (StoreWriter.cpp).
std::vector<qint64> grantNumbers(const Role &r);
const Table<RoleLinkRow> &roleLinks();
const Table<MemberRow> &members();
const Table<ProductionRow> &productions();
const Table<SeatRow> &seats();

// The workspace's own values: single rows of `meta` by key, and the version row every write raises.
namespace meta {
inline constexpr char kName[] = "name";
inline constexpr char kNextId[] = "next_id";
inline constexpr char kIdentity[] = "workspace_id";
inline constexpr char kTimeZone[] = "time_zone";
inline constexpr char kApprovalPolicy[] = "approval_policy"; // absent: the default policy (none gated)
// Reads key and value of the name, the id counter, the identity, the time zone and the approval policy.
inline constexpr char kSelect[] = "SELECT key, value FROM meta WHERE key IN ('name', 'next_id', 'workspace_id', "
                                  "'time_zone', 'approval_policy')";
inline constexpr char kRemove[] = "DELETE FROM meta WHERE key = ?";
// Sets the value of the key bound first.
inline constexpr char kUpsert[]
    = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
// Sets it only when the key has no value yet.
inline constexpr char kInsertOnce[] = "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING";
inline constexpr char kSelectVersion[] = "SELECT version FROM workspace_version WHERE id = 1";
inline constexpr char kSetVersion[] = "UPDATE workspace_version SET version = ? WHERE id = 1";
} // namespace meta

} // namespace rs::rows
