// The digest of a stored workspace (Digest.h): summing rows, and finding the row that differs.
#include "Digest.h"

#include "DigestRows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rs::digest {

using rows::forEachRow;
using rows::selectAll;

namespace {

using rows::kP;
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

} // namespace

const QList<TableInfo> &tables()
{
    static const QList<TableInfo> list {
        { "meta", "key", nullptr, "key IN ('name', 'next_id', 'workspace_id', 'time_zone', 'approval_policy')" },
        { "sections", "id" },
        { "features", "id" },
        { "roles", "id" },
        { "grants", "role_id", "feature_id" },
        { "role_links", "role_id" },
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
        { "duty_rules", "name" },
        { "duty_exceptions", "id" },
        { "approval_requests", "id" },
        { "approval_revisions", "request_id", "revision" },
        { "approval_votes", "seq" },
        { "approval_steps", "request_id" },
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

void addRow(TableSum &t, const Row &row, int sign)
{
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

namespace {

void addSum(TableSum &t, const TableSum &o)
{
    t.rows += o.rows;
    add256(t.sum, o.sum);
    t.weight = addmod(t.weight, o.weight);
    t.key1 = addmod(t.key1, o.key1);
    t.key2 = addmod(t.key2, o.key2);
}

} // namespace

void State::add(const QString &table, const Row &row, int sign)
{
    addRow(m_tables[table], row, sign);
}

void State::add(const QString &table, const TableSum &sum)
{
    addSum(m_tables[table], sum);
}

void State::add(const State &other)
{
    for (const auto &[name, o] : other.m_tables)
        addSum(m_tables[name], o);
}

TableSum State::table(const QString &name) const
{
    const auto it = m_tables.find(name);
    return it == m_tables.end() ? TableSum() : it->second;
}

namespace {

const char kWhole[] = "rolesheet-digest-1";
const char kChange[] = "rolesheet-digest-change-1";

} // namespace

QString State::text() const
{
    return withHeader(kWhole);
}

QString State::changeText() const
{
    return withHeader(kChange);
}

std::optional<State> State::parse(const QString &text)
{
    return parseWithHeader(text, kWhole);
}

std::optional<State> State::parseChange(const QString &text)
{
    return parseWithHeader(text, kChange);
}

QString State::withHeader(const char *header) const
{
    QStringList lines { QLatin1String(header) };
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

std::optional<State> State::parseWithHeader(const QString &text, const char *header)
{
    State state;
    QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.takeFirst() != QLatin1String(header))
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

bool foldRow(std::optional<State> &into, const QString &text)
{
    if (std::optional<State> whole = State::parse(text)) {
        into = std::move(whole);
        return true;
    }
    const std::optional<State> change = State::parseChange(text);
    if (!change || !into)
        return false;
    into->add(*change);
    return true;
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

Result<State> compute(const QSqlDatabase &db, const std::map<QString, TableSum> &known)
{
    State state;
    const QStringList present = db.tables();
    for (const TableInfo &t : tables()) {
        const QString name = QLatin1String(t.name);
        if (!present.contains(name))
            continue;
        if (const auto given = known.find(name); given != known.end()) {
            if (!given->second.isEmpty())
                state.add(name, given->second);
            continue;
        }
        // Summed apart and added once: a lookup of the table by name per row cost a tenth of the sum.
        TableSum sum;
        if (Status s = forEachRow(db, t, selectAll(t, {}), [&](const Row &row) { addRow(sum, row, +1); }); !s)
            return s.error();
        if (!sum.isEmpty())
            state.add(name, sum);
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

} // namespace rs::digest
