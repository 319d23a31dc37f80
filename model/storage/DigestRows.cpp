// Rows as the workspace's digest reads them (DigestRows.h): each hashed in one buffer, with its key.
#include "DigestRows.h"

#include "PgSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QtEndian>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <vector>

#include <openssl/evp.h>
#include <sqlite3.h>

namespace rs::digest::rows {

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

Error unreadable(const QSqlQuery &q)
{
    return pgsession::storageError(
        QCoreApplication::translate("rs::Store", "The stored workspace cannot be read to check it."), q.lastError());
}

namespace {

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
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return value.toByteArray().toHex();
    default:
        return value.toString().toUtf8();
    }
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

// The bytes of one row as the hash takes them, in a buffer kept for every row of a read: growing it is a comparison,
// where a QByteArray's resize checks whether it is shared and reallocates on each of the dozen appends of a row.
class RowBytes
{
public:
    void clear() { m_size = 0; }
    // `n` more bytes at the end, to be written.
    char *extend(qsizetype n)
    {
        if (m_size + n > qsizetype(m_bytes.size()))
            m_bytes.resize(size_t(std::max(m_size + n, 2 * qsizetype(m_bytes.size()))));
        char *at = m_bytes.data() + m_size;
        m_size += n;
        return at;
    }
    const char *data() const { return m_bytes.data(); }
    qsizetype size() const { return m_size; }

private:
    std::vector<char> m_bytes = std::vector<char>(512);
    qsizetype m_size = 0;
};

char *extend(RowBytes &out, qsizetype n)
{
    return out.extend(n);
}

char *extend(QByteArray &out, qsizetype n)
{
    const qsizetype at = out.size();
    out.resize(at + n);
    return out.data() + at;
}

// Bytes added at the end with one resize and a copy: QByteArray::append goes through its general insert.
template <typename Out> void appendRaw(Out &out, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    memcpy(extend(out, bytes.size()), bytes.data(), size_t(bytes.size()));
}

template <typename Out> void appendField(Out &out, QByteArrayView bytes)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, bytes.size());
    Q_UNUSED(ec);
    // One resize and copies, not four appends: the digest of a large workspace frames some ten million fields.
    const qsizetype length = end - digits;
    char *p = extend(out, length + bytes.size() + 2);
    memcpy(p, digits, size_t(length));
    p[length] = ':';
    if (!bytes.isEmpty())
        memcpy(p + length + 1, bytes.data(), size_t(bytes.size()));
    p[length + 1 + bytes.size()] = '\n';
}

template <typename Record> Layout layoutOf(const TableInfo &t, const Record &record, int count)
{
    Layout l;
    l.prefix = QByteArrayLiteral("rolesheet-row-1\n");
    appendField(l.prefix, QByteArrayView(t.name));
    for (int i = 0; i < count; ++i) {
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

// A number as its field: its decimal digits.
void appendNumber(RowBytes &out, qint64 n)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, n);
    Q_UNUSED(ec);
    appendField(out, QByteArrayView(digits, end - digits));
}

// keyNumber() of a number, without a QVariant for an id.
quint64 numberKey(qint64 n)
{
    return n >= 0 && quint64(n) < kP ? quint64(n) : keyNumber(QVariant(n));
}

void appendValue(RowBytes &out, const QVariant &value)
{
    if (value.isNull()) {
        *out.extend(1) = '\0';
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
    case QMetaType::UShort:
        appendNumber(out, value.toLongLong());
        return;
    default:
        appendField(out, canonical(value));
    }
}

// SHA-256 of one row after another with one context of OpenSSL's, made once per read: a row then costs its hash
// alone, not a hasher made, a result allocated and both freed again (Qt's one-call hash), which took a tenth of writing
// a large workspace. The bytes hashed, and so every sum, are the same.
class RowHasher
{
public:
    RowHasher()
        : m_context(EVP_MD_CTX_new())
    {
    }
    ~RowHasher() { EVP_MD_CTX_free(m_context); }
    RowHasher(const RowHasher &) = delete;
    RowHasher &operator=(const RowHasher &) = delete;

    // The row's hash and weight, from its bytes.
    void finish(Row &row, const RowBytes &buffer)
    {
        unsigned char bytes[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        const bool ok = m_context && EVP_DigestInit_ex2(m_context, sha256(), nullptr)
            && EVP_DigestUpdate(m_context, buffer.data(), size_t(buffer.size()))
            && EVP_DigestFinal_ex(m_context, bytes, &size) && size == 32;
        if (!ok) {
            // Only when OpenSSL cannot give a context or its SHA-256: the same hash, the slower way.
            const QByteArray hash
                = QCryptographicHash::hash(QByteArrayView(buffer.data(), buffer.size()), QCryptographicHash::Sha256);
            memcpy(bytes, hash.constData(), 32);
        }
        for (int i = 0; i < 4; ++i)
            row.hash[i] = qFromLittleEndian<quint64>(bytes + 8 * i);
        row.weight = row.hash[0] % kP;
        if (row.weight == 0)
            row.weight = 1;
    }

private:
    // Fetched once for the program's life: a fetch per hash would cost as much as the hash.
    static const EVP_MD *sha256()
    {
        static const EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return md;
    }

    EVP_MD_CTX *m_context;
};

template <typename Query>
Row rowOf(const TableInfo &t, const Layout &layout, const Query &q, RowBytes &buffer, RowHasher &hasher, bool named)
{
    buffer.clear();
    appendRaw(buffer, layout.prefix);
    Row row;
    for (int i = 0; i < layout.names.size(); ++i) {
        if (layout.names.at(i).isEmpty())
            continue;
        const QVariant value = q.value(i);
        appendRaw(buffer, layout.names.at(i));
        appendValue(buffer, value);
        if (i == layout.key1)
            row.key1 = keyNumber(value);
        else if (i == layout.key2)
            row.key2 = keyNumber(value);
    }
    hasher.finish(row, buffer);
    if (named) {
        row.key = QStringLiteral("%1 %2").arg(QLatin1String(t.key1), q.value(layout.key1).toString());
        if (t.key2)
            row.key += QStringLiteral(", %1 %2").arg(QLatin1String(t.key2), q.value(layout.key2).toString());
    }
    return row;
}

// Whether every byte is below 0x80: eight at a time, as a review item's text runs to kilobytes.
bool isAscii(const unsigned char *bytes, int size)
{
    int k = 0;
    quint64 any = 0;
    for (; k + 8 <= size; k += 8) {
        quint64 word;
        memcpy(&word, bytes + k, 8);
        any |= word;
    }
    for (; k < size; ++k)
        any |= bytes[k];
    return (any & 0x8080808080808080ULL) == 0;
}

// The rows of a SQLite file read through its C API, each value turned into the same bytes QSqlQuery's would give: a
// digest of 100,000 review items then costs the reading and the hashing, not a QVariant per value.
class SqliteRows
{
public:
    SqliteRows(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK)
            m_failed = true;
    }
    ~SqliteRows() { sqlite3_finalize(m_statement); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool failed() const { return m_failed; }
    QSqlError error() const
    {
        return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
            QString::number(sqlite3_errcode(m_db)));
    }
    int count() const { return m_statement ? sqlite3_column_count(m_statement) : 0; }
    QString fieldName(int i) const { return QString::fromUtf8(sqlite3_column_name(m_statement, i)); }

    bool next()
    {
        if (m_failed)
            return false;
        const int rc = sqlite3_step(m_statement);
        m_failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }

    // The value as the Qt driver returns it (qsql_sqlite.cpp: integers as qint64, reals as double, blobs as bytes, NULL
    // as a null QString, text through UTF-16).
    QVariant value(int i) const
    {
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_statement, i)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_statement, i));
        case SQLITE_BLOB:
            return QVariant(QByteArray(
                static_cast<const char *>(sqlite3_column_blob(m_statement, i)), sqlite3_column_bytes(m_statement, i)));
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default:
            return QVariant(text16(i));
        }
    }

    // The value's bytes as appendValue() writes them for value(i), without making the QVariant where it can.
    void append(RowBytes &out, int i) const
    {
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_NULL:
            *out.extend(1) = '\0';
            return;
        case SQLITE_INTEGER:
            appendNumber(out, sqlite3_column_int64(m_statement, i));
            return;
        case SQLITE_TEXT: {
            const auto *bytes = sqlite3_column_text(m_statement, i);
            const int size = sqlite3_column_bytes(m_statement, i);
            const bool ascii = isAscii(bytes, size);
            // Other text goes the way the driver takes it (through UTF-16), so that even bytes that are not UTF-8
            // count as they always have.
            if (ascii)
                appendField(out, QByteArrayView(reinterpret_cast<const char *>(bytes), size));
            else
                appendField(out, text16(i).toUtf8());
            return;
        }
        default:
            appendValue(out, value(i));
        }
    }

    // keyNumber(value(i)), without making the QVariant for an id.
    quint64 key(int i) const
    {
        if (sqlite3_column_type(m_statement, i) == SQLITE_INTEGER)
            return numberKey(sqlite3_column_int64(m_statement, i));
        return keyNumber(value(i));
    }

private:
    QString text16(int i) const
    {
        const void *data = sqlite3_column_text16(m_statement, i);
        return QString(static_cast<const QChar *>(data), sqlite3_column_bytes16(m_statement, i) / 2);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

Row sqliteRowOf(
    const TableInfo &t, const Layout &layout, const SqliteRows &q, RowBytes &buffer, RowHasher &hasher, bool named)
{
    buffer.clear();
    appendRaw(buffer, layout.prefix);
    Row row;
    for (int i = 0; i < layout.names.size(); ++i) {
        if (layout.names.at(i).isEmpty())
            continue;
        appendRaw(buffer, layout.names.at(i));
        q.append(buffer, i);
        if (i == layout.key1)
            row.key1 = q.key(i);
        else if (i == layout.key2)
            row.key2 = q.key(i);
    }
    hasher.finish(row, buffer);
    if (named) {
        row.key = QStringLiteral("%1 %2").arg(QLatin1String(t.key1), q.value(layout.key1).toString());
        if (t.key2)
            row.key += QStringLiteral(", %1 %2").arg(QLatin1String(t.key2), q.value(layout.key2).toString());
    }
    return row;
}

} // namespace

Status forEachRow(const QSqlDatabase &db, const TableInfo &t, const QString &sql,
    const std::function<void(const Row &)> &each, bool named)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        SqliteRows q(handle, sql);
        if (q.failed())
            return pgsession::storageError(
                QCoreApplication::translate("rs::Store", "The stored workspace cannot be read to check it."),
                q.error());
        const Layout layout = layoutOf(t, q, q.count());
        RowBytes buffer;
        RowHasher hasher;
        while (q.next())
            each(sqliteRowOf(t, layout, q, buffer, hasher, named));
        if (q.failed())
            return pgsession::storageError(
                QCoreApplication::translate("rs::Store", "The stored workspace cannot be read to check it."),
                q.error());
        return {};
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return unreadable(q);
    const QSqlRecord record = q.record();
    const Layout layout = layoutOf(t, record, record.count());
    RowBytes buffer;
    RowHasher hasher;
    while (q.next())
        each(rowOf(t, layout, q, buffer, hasher, named));
    if (q.lastError().isValid())
        return unreadable(q);
    return {};
}

void forEachRow(const TableInfo &t, BatchRows &rows, const std::function<void(const Row &)> &each)
{
    const Layout layout = layoutOf(t, rows, rows.columns());
    RowBytes buffer;
    RowHasher hasher;
    while (rows.next())
        each(rowOf(t, layout, rows, buffer, hasher, false));
}

} // namespace rs::digest::rows

namespace rs::digest {

using namespace rows;

namespace {

// Column names as layoutOf() takes them from a query's record.
struct Names
{
    const QList<QByteArray> &columns;
    QString fieldName(int i) const { return QString::fromUtf8(columns.at(i)); }
};

} // namespace

struct NumberRows::Private
{
    Layout layout;
    RowBytes buffer;
    RowHasher hasher;
    qsizetype width = 0;
    TableSum sum;
};

NumberRows::NumberRows(const TableInfo &t, const QList<QByteArray> &columns)
    : d(std::make_unique<Private>())
{
    d->layout = layoutOf(t, Names { columns }, int(columns.size()));
    d->width = columns.size();
}

NumberRows::~NumberRows() = default;

void NumberRows::add(const qint64 *values, size_t size)
{
    const size_t width = size_t(d->width);
    for (size_t at = 0; width && at + width <= size; at += width) {
        // The bytes SqliteRows::append() and appendValue() give the same numbers read back as integers.
        d->buffer.clear();
        appendRaw(d->buffer, d->layout.prefix);
        Row row;
        for (size_t i = 0; i < width; ++i) {
            const QByteArray &name = d->layout.names.at(qsizetype(i));
            if (name.isEmpty())
                continue;
            appendRaw(d->buffer, name);
            appendNumber(d->buffer, values[at + i]);
            if (int(i) == d->layout.key1)
                row.key1 = numberKey(values[at + i]);
            else if (int(i) == d->layout.key2)
                row.key2 = numberKey(values[at + i]);
        }
        d->hasher.finish(row, d->buffer);
        addRow(d->sum, row, +1);
    }
}

const TableSum &NumberRows::sum() const
{
    return d->sum;
}

} // namespace rs::digest
