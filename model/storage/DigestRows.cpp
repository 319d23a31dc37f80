// Rows as the workspace's digest reads them (DigestRows.h): each hashed in one buffer, with its key.
#include "DigestRows.h"

#include "PgSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QtEndian>

#include <charconv>
#include <cstring>

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

// Bytes added at the end with one resize and a copy: QByteArray::append goes through its general insert.
void appendRaw(QByteArray &out, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype at = out.size();
    out.resize(at + bytes.size());
    memcpy(out.data() + at, bytes.data(), size_t(bytes.size()));
}

void appendField(QByteArray &out, QByteArrayView bytes)
{
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, bytes.size());
    Q_UNUSED(ec);
    // One resize and copies, not four appends: the digest of a large workspace frames some ten million fields.
    const qsizetype length = end - digits;
    const qsizetype at = out.size();
    out.resize(at + length + bytes.size() + 2);
    char *p = out.data() + at;
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
    void finish(Row &row, const QByteArray &buffer)
    {
        unsigned char bytes[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        const bool ok = m_context && EVP_DigestInit_ex2(m_context, sha256(), nullptr)
            && EVP_DigestUpdate(m_context, buffer.constData(), size_t(buffer.size()))
            && EVP_DigestFinal_ex(m_context, bytes, &size) && size == 32;
        if (!ok) {
            // Only when OpenSSL cannot give a context or its SHA-256: the same hash, the slower way.
            const QByteArray hash = QCryptographicHash::hash(buffer, QCryptographicHash::Sha256);
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
Row rowOf(const TableInfo &t, const Layout &layout, const Query &q, QByteArray &buffer, RowHasher &hasher, bool named)
{
    buffer.truncate(0);
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
            return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, i)),
                sqlite3_column_bytes(m_statement, i)));
        case SQLITE_NULL:
            return QVariant(QMetaType::fromType<QString>());
        default:
            return QVariant(text16(i));
        }
    }

    // The value's bytes as appendValue() writes them for value(i), without making the QVariant where it can.
    void append(QByteArray &out, int i) const
    {
        switch (sqlite3_column_type(m_statement, i)) {
        case SQLITE_NULL:
            out.append('\0');
            return;
        case SQLITE_INTEGER: {
            char digits[24];
            const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, sqlite3_column_int64(m_statement, i));
            Q_UNUSED(ec);
            appendField(out, QByteArrayView(digits, end - digits));
            return;
        }
        case SQLITE_TEXT: {
            const auto *bytes = sqlite3_column_text(m_statement, i);
            const int size = sqlite3_column_bytes(m_statement, i);
            bool ascii = true;
            for (int k = 0; k < size && ascii; ++k)
                ascii = bytes[k] < 0x80;
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
    const TableInfo &t, const Layout &layout, const SqliteRows &q, QByteArray &buffer, RowHasher &hasher, bool named)
{
    buffer.truncate(0);
    appendRaw(buffer, layout.prefix);
    Row row;
    for (int i = 0; i < layout.names.size(); ++i) {
        if (layout.names.at(i).isEmpty())
            continue;
        appendRaw(buffer, layout.names.at(i));
        q.append(buffer, i);
        if (i == layout.key1)
            row.key1 = keyNumber(q.value(i));
        else if (i == layout.key2)
            row.key2 = keyNumber(q.value(i));
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
        QByteArray buffer;
        buffer.reserve(512);
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
    QByteArray buffer;
    buffer.reserve(512);
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
    QByteArray buffer;
    buffer.reserve(512);
    RowHasher hasher;
    while (rows.next())
        each(rowOf(t, layout, rows, buffer, hasher, false));
}

} // namespace rs::digest::rows
