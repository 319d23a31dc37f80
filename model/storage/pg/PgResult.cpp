// Statements and rows of Rolesheet's own PostgreSQL connection (PgResult.h).
#include "PgResult.h"

#include "PgDriver.h"
#include "PgValues.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

#include <optional>
#include <vector>

namespace rs::pg {

Result::Result(const Driver *driver)
    : QSqlResult(driver)
{
}

Result::~Result()
{
    clearResult();
}

pg_conn *Result::connection() const
{
    const auto *pg = static_cast<const Driver *>(driver());
    return pg && pg->isOpen() ? pg->connection() : nullptr;
}

void Result::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    setSelect(false);
}

QVariant Result::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_result));
}

bool Result::take(PGresult *result)
{
    pg_conn *c = connection();
    if (const auto *pg = static_cast<const Driver *>(driver()))
        pg->afterStatement();
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
        m_result = result;
        setSelect(status == PGRES_TUPLES_OK);
        setActive(true);
        return true;
    }
    // The connection may be gone by now (a deadline shut its socket): the error is read from the result alone then.
    const auto *pg = static_cast<const Driver *>(driver());
    setLastError(errorOf(QStringLiteral("Unable to create query"), QSqlError::StatementError,
        c ? c : (pg ? pg->connection() : nullptr), result));
    PQclear(result);
    return false;
}

bool Result::reset(const QString &sql)
{
    clearResult();
    pg_conn *c = connection();
    if (!c)
        return false;
    // Whatever an earlier message left unread goes first: the connection answers one message at a time.
    while (PGresult *left = PQgetResult(c))
        PQclear(left);
    if (!PQsendQuery(c, sql.toUtf8().constData())) {
        setLastError(errorOf(QStringLiteral("Unable to send query"), QSqlError::StatementError, c, nullptr));
        return false;
    }
    // Several statements in one text answer one result each: the query holds the first, as Qt's driver did, unless a
    // later one failed; then it holds that failure.
    PGresult *first = nullptr;
    PGresult *failed = nullptr;
    while (PGresult *r = PQgetResult(c)) {
        const ExecStatusType status = PQresultStatus(r);
        const bool ok = status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK;
        if (!first) {
            first = r;
        } else if (!ok && !failed && (PQresultStatus(first) == PGRES_TUPLES_OK
                       || PQresultStatus(first) == PGRES_COMMAND_OK)) {
            failed = r;
        } else {
            PQclear(r);
        }
    }
    if (failed) {
        PQclear(first);
        return take(failed);
    }
    return take(first);
}

bool Result::prepare(const QString &sql)
{
    clearResult();
    m_statement = numbered(sql).toUtf8();
    return true;
}

bool Result::exec()
{
    clearResult();
    pg_conn *c = connection();
    if (!c) {
        setLastError(QSqlError(QStringLiteral("Unable to send query"), QStringLiteral("The connection is closed."),
            QSqlError::ConnectionError));
        return false;
    }
    const QList<QVariant> bound = boundValues();
    std::vector<std::optional<QByteArray>> texts;
    texts.reserve(size_t(bound.size()));
    std::vector<const char *> values;
    values.reserve(size_t(bound.size()));
    for (const QVariant &value : bound) {
        texts.push_back(parameterOf(value, c));
        values.push_back(texts.back() ? texts.back()->constData() : nullptr);
    }
    // Parse, bind and execute in one message: one round trip, however often the statement runs.
    PGresult *result = PQexecParams(
        c, m_statement.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    return take(result);
}

QVariant Result::data(int field)
{
    if (!m_result || field < 0 || field >= PQnfields(m_result) || at() < 0)
        return QVariant();
    return valueOf(m_result, at(), field, numericalPrecisionPolicy());
}

bool Result::isNull(int field)
{
    if (!m_result || field < 0 || field >= PQnfields(m_result) || at() < 0)
        return true;
    return PQgetisnull(m_result, at(), field);
}

bool Result::fetch(int row)
{
    if (!isActive() || !m_result || row < 0 || row >= PQntuples(m_result))
        return false;
    setAt(row);
    return true;
}

bool Result::fetchFirst()
{
    return fetch(0);
}

bool Result::fetchLast()
{
    return m_result && fetch(PQntuples(m_result) - 1);
}

int Result::size()
{
    // As Qt's driver counts: a forward-only query reads its rows one by one there and knows no size.
    if (!m_result || !isSelect() || isForwardOnly())
        return -1;
    return PQntuples(m_result);
}

int Result::numRowsAffected()
{
    if (!m_result)
        return -1;
    return QByteArray(PQcmdTuples(m_result)).toInt();
}

QSqlRecord Result::record() const
{
    QSqlRecord out;
    if (!isActive() || !isSelect() || !m_result)
        return out;
    const int count = PQnfields(m_result);
    for (int i = 0; i < count; ++i) {
        QSqlField field(QString::fromUtf8(PQfname(m_result, i)), typeOf(PQftype(m_result, i)));
        field.setValue(QVariant(field.metaType()));
        out.append(field);
    }
    return out;
}

QVariant Result::lastInsertId() const
{
    if (!driver())
        return QVariant();
    QSqlQuery q(driver()->createResult());
    if (q.exec(QStringLiteral("SELECT lastval()")) && q.next())
        return q.value(0);
    return QVariant();
}

void Result::detachFromResultSet()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
}

} // namespace rs::pg
