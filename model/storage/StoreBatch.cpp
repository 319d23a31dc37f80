// Statements for a PostgreSQL server sent together (StoreBatch.h), through libpq's simple-query protocol.
#include "StoreBatch.h"

#include "pg/PgDriver.h"

#include <libpq-fe.h>

#include <charconv>

namespace rs {

namespace {

// A number of any of the integer types a value may hold: written, and sent, as one.
bool isInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

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
    const int length = PQgetlength(r, m_row, column);
    if (integer) {
        // The server's text of an integer: digits, perhaps a sign (QByteArray's parse, without the copy).
        qint64 number = 0;
        std::from_chars(text, text + length, number);
        if (type == kInt8)
            return qlonglong(number);
        return int(number);
    }
    return QString::fromUtf8(text, length);
}

QByteArray BatchRows::bytes(int column) const
{
    if (!isValid() || column < 0 || column >= columns())
        return {};
    return QByteArray(PQgetvalue(m_result.get(), m_row, column), PQgetlength(m_result.get(), m_row, column));
}

StoreBatch::StoreBatch(const QSqlDatabase &db, Mode mode)
    : m_connection(pg::Driver::connectionOf(db))
    , m_driver(pg::Driver::of(db))
    , m_mode(mode)
{
}

void StoreBatch::add(const QString &sql)
{
    m_statements.push_back({ sql.toUtf8(), {}, {}, false });
}

QString StoreBatch::literal(const QVariant &value) const
{
    if (!value.isValid())
        return QStringLiteral("NULL");
    if (isInteger(value))
        return value.isNull() ? QStringLiteral("NULL") : QString::number(value.toLongLong());
    switch (value.typeId()) {
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
    add(QString::fromUtf8(sql), values);
}

void StoreBatch::add(const QString &sql, const QVariantList &values)
{
    if (m_mode == Mode::Text) {
        QString out;
        int next = 0;
        bool inQuote = false;
        for (const QChar c : sql) {
            if (c == QLatin1Char('\''))
                inQuote = !inQuote;
            if (c == QLatin1Char('?') && !inQuote) {
                out += literal(values.value(next++));
                continue;
            }
            out += c;
        }
        m_statements.push_back({ out.toUtf8(), {}, {}, false });
        return;
    }
    // The same values as the literals above, as parameters: integers (and truth values, as 1 and 0) typed as bigint,
    // so that the server reads them as it reads a number written into the text; text of a type the server infers
    // from where it stands, as it infers a quoted literal's; a null text as the empty text.
    Statement statement;
    statement.prepared = true;
    const QByteArray source = sql.toUtf8();
    QByteArray &text = statement.sql;
    text.reserve(source.size() + 8);
    int next = 0;
    bool inQuote = false;
    for (const char c : source) {
        if (c == '\'')
            inQuote = !inQuote;
        if (c != '?' || inQuote) {
            text += c;
            continue;
        }
        const QVariant value = values.value(next++);
        text += '$' + QByteArray::number(next);
        switch (isInteger(value) ? int(QMetaType::LongLong) : value.typeId()) {
        case QMetaType::LongLong:
            statement.types.push_back(kInt8);
            statement.values.push_back(value.isNull() ? std::nullopt
                                                      : std::optional<QByteArray>(QByteArray::number(value.toLongLong())));
            break;
        case QMetaType::Bool:
            statement.types.push_back(kInt8);
            statement.values.push_back(
                value.isNull() ? std::nullopt : std::optional<QByteArray>(value.toBool() ? "1" : "0"));
            break;
        default:
            statement.types.push_back(0);
            if (!value.isValid() || (value.isNull() && value.typeId() != QMetaType::QString))
                statement.values.push_back(std::nullopt);
            else
                statement.values.push_back(value.toString().toUtf8());
            break;
        }
    }
    m_statements.push_back(std::move(statement));
}

bool StoreBatch::run(QList<BatchRows> *out, QSqlError *error)
{
    QList<BatchRows> &results = *out;
    results.clear();
    m_answered = 0;
    if (!m_connection) {
        m_statements.clear();
        *error = QSqlError(QStringLiteral("No PostgreSQL connection"), QString(), QSqlError::ConnectionError);
        return false;
    }
    // Whatever an earlier statement left unread goes first: the connection answers one message at a time.
    while (PGresult *left = PQgetResult(m_connection))
        PQclear(left);
    const bool ok = m_mode == Mode::Prepared && m_driver ? runPipeline(results, error) : runText(results, error);
    m_statements.clear();
    m_answered = int(results.size());
    if (!ok)
        results.clear();
    return ok;
}

bool StoreBatch::runText(QList<BatchRows> &results, QSqlError *error)
{
    QByteArray message;
    for (const Statement &statement : m_statements) {
        if (!message.isEmpty())
            message += ";\n";
        message += statement.sql;
    }
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
        return false;
    }
    return true;
}

bool StoreBatch::runPipeline(QList<BatchRows> &results, QSqlError *error)
{
    if (!PQenterPipelineMode(m_connection)) {
        *error = errorOf(m_connection, nullptr);
        return false;
    }
    // Every statement, and a preparation before the first run of each text on this connection, then one sync: one
    // message's worth of round trips. A preparation counts once its answer says it was made.
    struct Sent
    {
        QByteArray preparedSql; // the text a preparation was sent for; empty for a statement
        QByteArray name;
    };
    std::vector<Sent> sent;
    QHash<QByteArray, QByteArray> preparing;
    bool sending = true;
    for (const Statement &statement : m_statements) {
        std::vector<const char *> values;
        values.reserve(statement.values.size());
        for (const std::optional<QByteArray> &value : statement.values)
            values.push_back(value ? value->constData() : nullptr);
        const int count = int(values.size());
        const Oid *types = statement.types.empty() ? nullptr : statement.types.data();
        QByteArray name;
        if (statement.prepared) {
            name = m_driver->preparedName(statement.sql);
            if (name.isEmpty())
                name = preparing.value(statement.sql);
            if (name.isEmpty()) {
                name = m_driver->nameFor(statement.sql);
                if (!name.isEmpty()) {
                    name += '_' + QByteArray::number(preparing.size());
                    sending = PQsendPrepare(m_connection, name.constData(), statement.sql.constData(), count, types);
                    sent.push_back({ statement.sql, name });
                    preparing.insert(statement.sql, name);
                }
            }
        }
        if (sending) {
            sending = name.isEmpty()
                ? PQsendQueryParams(
                    m_connection, statement.sql.constData(), count, types, values.data(), nullptr, nullptr, 0)
                : PQsendQueryPrepared(m_connection, name.constData(), count, values.data(), nullptr, nullptr, 0);
            sent.push_back({ QByteArray(), QByteArray() });
        }
        if (!sending)
            break;
    }
    QSqlError first;
    const bool synced = sending && PQpipelineSync(m_connection);
    if (!synced) {
        // Nothing can be read back in order: the connection is of no use any more.
        *error = errorOf(m_connection, nullptr);
        return false;
    }
    // The answers, each followed by an empty one, then the sync's. After a failure the rest are skipped (aborted).
    for (const Sent &s : sent) {
        if (PQstatus(m_connection) != CONNECTION_OK)
            break;
        while (PGresult *r = PQgetResult(m_connection)) {
            const ExecStatusType status = PQresultStatus(r);
            if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
                if (!s.preparedSql.isEmpty()) {
                    m_driver->prepared(s.preparedSql, s.name);
                    PQclear(r);
                } else if (!first.isValid()) {
                    results.append(BatchRows(r));
                } else {
                    PQclear(r);
                }
                continue;
            }
            if (!first.isValid() && status != PGRES_PIPELINE_ABORTED)
                first = errorOf(m_connection, r);
            PQclear(r);
        }
    }
    while (PQstatus(m_connection) == CONNECTION_OK) {
        PGresult *r = PQgetResult(m_connection);
        if (!r)
            break;
        const ExecStatusType status = PQresultStatus(r);
        PQclear(r);
        if (status == PGRES_PIPELINE_SYNC)
            break;
    }
    if (!PQexitPipelineMode(m_connection) && !first.isValid())
        first = errorOf(m_connection, nullptr);
    if (!first.isValid() && PQstatus(m_connection) != CONNECTION_OK)
        first = errorOf(m_connection, nullptr);
    if (!first.isValid() && results.size() != qsizetype(m_statements.size()))
        first = QSqlError(QStringLiteral("Unable to run the statements"),
            QStringLiteral("The server answered fewer statements than were sent."), QSqlError::StatementError);
    if (first.isValid()) {
        *error = first;
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
    m_mode = Mode::Text;
    add(QStringLiteral("ROLLBACK"));
    QList<BatchRows> results;
    QSqlError error;
    run(&results, &error);
}

} // namespace rs
