#pragma once
// The digest of a stored workspace: every row of every table that holds the workspace and its access reviews, summed
// so that a write updates it from the rows it touches alone. The last audit record of every write carries the digest
// of the workspace as that write left it, inside the hash chain, or (a write of cells on PostgreSQL, which chains its
// records in the server: SchemaCellWrites.h) what the write changed of it, added to the digest the records before
// give; `audit --verify` sums the stored rows again and compares. A row added, changed or removed outside the program
// then shows as a table whose sums differ, and when one row differs its key is recovered from the sums (see TableSum).
//
// What a row contributes: SHA-256 of "rolesheet-row-1\n", the table's name, then for each column in the table's order
// (but `revision`, which only counts updates) its name and its value, each as its length in UTF-8 bytes, ':', the
// bytes and '\n'; a NULL is written as the single byte 0x00 without a length. Nothing here depends on the engine's
// types beyond how it returns a column's value as text.
#include "Schema.h"
#include "domain/Result.h"
#include "domain/Workspace.h"

#include "StoreBatch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace rs::digest {

// One table the digest covers, and the columns that name one of its rows (the second may be null). `filter` keeps
// only some rows: the meta rows that belong to the workspace, not the bookkeeping written with every record.
struct TableInfo
{
    const char *name;
    const char *key1;
    const char *key2 = nullptr;
    const char *filter = nullptr;
};

// The tables in the digest, in the order the digest's text lists them.
const QList<TableInfo> &tables();
const TableInfo *table(const QString &name);

// A row as the digest counts it.
struct Row
{
    std::array<quint64, 4> hash {}; // the row's SHA-256, as four little-endian words
    quint64 weight = 0; // the hash's first word reduced modulo P, never 0
    quint64 key1 = 0; // the key's columns as numbers modulo P (a text key by its hash)
    quint64 key2 = 0;
    QString key; // "role_id 5, feature_id 12": how a message names it (only where one is named)
};

// The digest of one table. Besides the count and the sum of the rows' hashes, three sums modulo the prime
// P = 2^61 - 1: of each row's weight w, and of w times each part of its key. When one row is added, removed or
// changed, the differences of the latter two divided by the difference of the first are that row's key.
struct TableSum
{
    qint64 rows = 0;
    std::array<quint64, 4> sum {}; // modulo 2^256
    quint64 weight = 0;
    quint64 key1 = 0;
    quint64 key2 = 0;

    bool isEmpty() const { return *this == TableSum(); }
    bool operator==(const TableSum &other) const = default;
};

// A digest of every table, or the change a write makes to one (then counts may be negative).
class State
{
public:
    void add(const QString &table, const Row &row, int sign);
    void add(const QString &table, const TableSum &sum);
    void add(const State &other);
    const std::map<QString, TableSum> &tables() const { return m_tables; }
    TableSum table(const QString &name) const;

    // One line per table that has rows: name, count, the sum in hex, the three sums modulo P in hex.
    QString text() const;
    static std::optional<State> parse(const QString &text);
    // The same lines under a header of their own: what one write changed of the digest (counts may be negative).
    // A record may hold this instead of the whole digest; the digest is then the last whole one recorded before it
    // with the changes recorded since added (fold()).
    QString changeText() const;
    static std::optional<State> parseChange(const QString &text);

    bool operator==(const State &other) const;

private:
    QString withHeader(const char *header) const;
    static std::optional<State> parseWithHeader(const QString &text, const char *header);

    std::map<QString, TableSum> m_tables;
};

// Reads every row of every table and sums them. In an open transaction, or on its own. The tables in `known` are
// not read: their sums are given (a writer's own, see NumberRows).
Result<State> compute(const QSqlDatabase &db, const std::map<QString, TableSum> &known = {});

// Rows whose every column is a number, summed as the same rows read back would be: for a writer that knows what it
// wrote. `columns`: the table's columns in its own order.
class NumberRows
{
public:
    NumberRows(const TableInfo &t, const QList<QByteArray> &columns);
    ~NumberRows();
    NumberRows(const NumberRows &) = delete;
    NumberRows &operator=(const NumberRows &) = delete;

    // Rows one after another, `size` numbers (a whole number of rows).
    void add(const qint64 *values, size_t size);
    const TableSum &sum() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// What differs between the digest a record holds and the one of the stored rows: one line per table, naming the row
// when exactly one differs. Empty when they agree.
QStringList differences(const State &recorded, const State &stored, const QSqlDatabase &db);

// What the trail records of the digest: the last record that holds it whole, then every record after it that holds a
// change of it (id, digest), in order; fold() sums them.
inline constexpr char kRecordedSql[]
    = "SELECT id, digest FROM audit WHERE digest <> '' AND id >= COALESCE((SELECT id FROM audit WHERE digest LIKE "
      "'rolesheet-digest-1%' ORDER BY id DESC LIMIT 1), 0) ORDER BY id";

// Takes one row of kRecordedSql into `into`: false when its digest cannot be read (or a change comes first).
bool foldRow(std::optional<State> &into, const QString &text);

// The digest the rows of kRecordedSql give (a QSqlQuery or BatchRows): nothing when there are none, an error that
// names the record that cannot be read.
template <typename Rows> Result<std::optional<State>> fold(Rows &rows)
{
    std::optional<State> state;
    while (rows.next()) {
        if (!foldRow(state, rows.value(1).toString()))
            return Error::badInput(QCoreApplication::translate(
                "rs::Store", "Audit record %1 holds a digest of the workspace that cannot be read.")
                                       .arg(rows.value(0).toLongLong()));
    }
    return state;
}

// The change one write makes to the digest. The rows of every set tracked are read inside the write's transaction
// before it writes and again after, and the difference is what the write changes. Sets overlap freely: a row is
// counted once per pass. A set tracked as new has no rows before the write (a campaign being started).
class Tracker
{
public:
    explicit Tracker(const QSqlDatabase &db);

    // The rows whose `column` is one of the ids.
    void track(const char *table, const char *column, qint64 id);
    // The row with this two-column key.
    void track(const char *table, const char *column1, qint64 id1, const char *column2, qint64 id2);
    // Rows chosen by a condition in SQL (no bound values: ids are written as numbers).
    void trackWhere(const char *table, const QString &condition);
    // Every row of the table.
    void trackTable(const char *table);
    // Rows that the write creates, chosen by a condition: read after it only.
    void trackNew(const char *table, const QString &condition);
    // Every table: the write replaces the whole workspace.
    void trackEverything() { m_everything = true; }
    // With every table tracked: the sum of one table as the write leaves it, given by the writer, so that it is not
    // read back (NumberRows).
    void know(const QString &table, const TableSum &sum) { m_known[table] = sum; }
    const std::map<QString, TableSum> &known() const { return m_known; }

    // Reads the sets before the write.
    Status before();
    // Reads them after, and gives the digest `previous` becomes.
    Result<State> after(const State &previous);

    // The same passes inside a batch (StoreBatch.h): the statements of the pass before the write, or after it, and
    // their rows taken in the same order. Nothing to read when the tracker tracks everything.
    QStringList reads(bool after) const;
    // The same statements with their ids as array parameters (PostgreSQL), for a prepared batch: one text per table
    // and column whatever the ids, so that the server plans it once per connection. `values` empty: a statement
    // whose condition is written into its text (a tracked condition), sent as it is.
    struct Read
    {
        QString sql;
        QVariantList values;
    };
    QList<Read> parameterisedReads(bool after) const;
    void take(bool after, QList<BatchRows> results);
    // The digest `previous` becomes by what both passes took.
    State changed(const State &previous) const;

private:
    struct Set
    {
        const TableInfo *table;
        QString condition; // empty: every row
        bool isNew = false;
    };
    Status read(int sign, bool newOnes);
    struct Planned
    {
        const TableInfo *table;
        QString sql;
        QVariantList values; // with `arrays`: the ids, as PostgreSQL array literals
        bool parameterised = false;
    };
    QList<Planned> plan(bool newOnes, bool arrays = false) const;
    std::function<void(const Row &)> counter(const TableInfo &t, int sign);

    QSqlDatabase m_db;
    QList<Set> m_sets;
    std::map<std::pair<QString, QString>, std::set<qint64>> m_ids; // (table, column): ids, merged into one IN (...)
    // (table, "column1, column2"): pairs of ids, merged likewise
    std::map<std::pair<QString, QString>, std::set<std::pair<qint64, qint64>>> m_pairs;
    bool m_everything = false;
    std::map<QString, TableSum> m_known;
    // Rows counted in the current pass, by table, key and hash.
    std::set<std::pair<QString, std::array<quint64, 4>>> m_seen;
    State m_delta;
};

// Tracks the rows a write of these changes may touch: the rows written, and those the database removes or changes
// with them (a production's roles, grants and seats, a member's seats). `ws` is the workspace after the changes;
// `counters`: the write also sets the id counter or the workspace's identity (meta rows).
void trackTouched(Tracker &tracker, const Workspace &ws, const QList<Touched> &touched, bool counters = true);

// The digest of the workspace as a write leaves it, as the write's last record keeps it: the last record's, changed
// by what the tracker read; the whole workspace summed anew when no record carries one yet.
Result<QString> recordAfter(Tracker &tracker, const QSqlDatabase &db);

// The digest the last audit record holds (the one before any record carried one: none).
Result<std::optional<State>> recorded(const QSqlDatabase &db);

} // namespace rs::digest
