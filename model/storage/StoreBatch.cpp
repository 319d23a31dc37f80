// Statements for a PostgreSQL server sent together (StoreBatch.h), through libpq's simple-query protocol.
#include "StoreBatch.h"

#include "pg/PgDriver.h"

#include <libpq-fe.h>

namespace rs {

namespace {

// The type ids of PostgreSQL's integer types (pg_type.h): read as numbers, as the connection's queries read them.
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;

QSqlError errorOf(PGconn *connection, const PGresult *result)
{
    const char *code = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *text = result ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    const bool lost = PQstatus(connection) != CONNECTION_OK;
    return QSqlError(QStringLiteral("Unable to run the statements"), QString::fromUtf8(text).trimmed(),
        lost ? QSqlError::ConnectionError : QSqlError::StatementError,
        code ? QString::fromLatin1(code) : QString());
}

} // namespace

BatchRows::BatchRows(pg_result *result)
    : m_result(result, PQclear)
{
}

int BatchRows::size() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int BatchRows::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

QString BatchRows::fieldName(int column) const
{
    return m_result ? QString::fromUtf8(PQfname(m_result.get(), column)) : QString();
}

bool BatchRows::next()
{
    if (m_row < size())
        ++m_row;
    return isValid();
}

QVariant BatchRows::value(int column) const
{
    if (!isValid() || column < 0 || column >= columns())
        return {};
    PGresult *r = m_result.get();
    const Oid type = PQftype(r, column);
    const bool integer = type == kInt8 || type == kInt2 || type == kInt4;
    if (PQgetisnull(r, m_row, column)) {
        if (type == kInt8)
            return QVariant(QMetaType::fromType<qlonglong>());
        return integer ? QVariant(QMetaType::fromType<int>()) : QVariant(QMetaType::fromType<QString>());
    }
    const char *text = PQgetvalue(r, m_row, column);
    if (type == kInt8)
        return QByteArray(text).toLongLong();
    if (integer)
        return QByteArray(text).toInt();
    return QString::fromUtf8(text, PQgetlength(r, m_row, column));
}

StoreBatch::StoreBatch(const QSqlDatabase &db)
    : m_connection(pg::Driver::connectionOf(db))
{
}

void StoreBatch::add(const QString &sql)
{
    m_statements.append(sql);
}

QString StoreBatch::literal(const QVariant &value) const
{
    if (!value.isValid())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return value.isNull() ? QStringLiteral("NULL") : QString::number(value.toLongLong());
    case QMetaType::Bool:
        return value.isNull() ? QStringLiteral("NULL") : QString::number(value.toBool() ? 1 : 0);
    default:
        break;
    }
    if (value.isNull() && value.typeId() != QMetaType::QString)
        return QStringLiteral("NULL");
    const QByteArray text = value.toString().toUtf8();
    char *quoted = m_connection ? PQescapeLiteral(m_connection, text.constData(), size_t(text.size())) : nullptr;
    if (!quoted)
        return QStringLiteral("NULL::text"); // never reached on an open connection; refused by NOT NULL columns
    const QString out = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return out;
}

void StoreBatch::add(const char *sql, const QVariantList &values)
{
    QString out;
    int next = 0;
    bool inQuote = false;
    for (const char *p = sql; *p; ++p) {
        if (*p == '\'')
            inQuote = !inQuote;
        if (*p == '?' && !inQuote) {
            out += literal(values.value(next++));
            continue;
        }
        out += QLatin1Char(*p);
    }
    m_statements.append(out);
}

bool StoreBatch::run(QList<BatchRows> *out, QSqlError *error)
{
    QList<BatchRows> &results = *out;
    results.clear();
    if (!m_connection) {
        *error = QSqlError(QStringLiteral("No PostgreSQL connection"), QString(), QSqlError::ConnectionError);
        return false;
    }
    // Whatever an earlier statement left unread goes first: the connection answers one message at a time.
    while (PGresult *left = PQgetResult(m_connection))
        PQclear(left);
    const QByteArray message = m_statements.join(QStringLiteral(";\n")).toUtf8();
    m_statements.clear();
    if (!PQsendQuery(m_connection, message.constData())) {
        *error = errorOf(m_connection, nullptr);
        return false;
    }
    QSqlError first;
    while (PGresult *r = PQgetResult(m_connection)) {
        const ExecStatusType status = PQresultStatus(r);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            if (!first.isValid())
                results.append(BatchRows(r));
            else
                PQclear(r);
            continue;
        }
        if (!first.isValid())
            first = errorOf(m_connection, r);
        PQclear(r);
    }
    if (!first.isValid() && PQstatus(m_connection) != CONNECTION_OK)
        first = errorOf(m_connection, nullptr);
    if (first.isValid()) {
        *error = first;
        results.clear();
        return false;
    }
    return true;
}

} // namespace rs

namespace rs {

void StoreBatch::rollbackIfOpen()
{
    if (!m_connection)
        return;
    const PGTransactionStatusType status = PQtransactionStatus(m_connection);
    if (status != PQTRANS_INTRANS && status != PQTRANS_INERROR)
        return;
    m_statements.clear();
    add(QStringLiteral("ROLLBACK"));
    QList<BatchRows> results;
    QSqlError error;
    run(&results, &error);
}

} // namespace rs
