#pragma once
// Statements for a PostgreSQL server sent together: one message of several statements, one round trip, and every
// statement's rows kept. A far server costs a round trip per message, not per statement; a batch is how an open, a
// reload and an apply each take only a few.
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QVariant>

#include <memory>

struct pg_conn;
struct pg_result;

namespace rs {

// The rows one statement of a batch gave, read as a QSqlQuery is: next() to the first row, then value(column). The
// values have the types a query on the same connection gives them (integers as numbers, everything else as text;
// pg/PgValues.h), so that whatever reads rows reads these the same.
class BatchRows
{
public:
    BatchRows() = default;
    explicit BatchRows(pg_result *result);

    int size() const;
    int columns() const;
    QString fieldName(int column) const;
    bool next();
    bool isValid() const { return m_row >= 0 && m_row < size(); }
    QVariant value(int column) const;

private:
    std::shared_ptr<pg_result> m_result;
    int m_row = -1;
};

class StoreBatch
{
public:
    // A batch for `db`; usable() only on an open PostgreSQL connection.
    explicit StoreBatch(const QSqlDatabase &db);

    bool usable() const { return m_connection != nullptr; }
    // One statement as it is.
    void add(const QString &sql);
    // One statement with each ? outside quotes replaced by its value, written as a literal the server cannot take
    // for anything else (the server's own quoting).
    void add(const char *sql, const QVariantList &values);
    bool isEmpty() const { return m_statements.isEmpty(); }
    int size() const { return int(m_statements.size()); }
    // A value as an SQL literal: NULL, a number, or quoted text (a null text as the empty text, as a bound one is).
    QString literal(const QVariant &value) const;

    // Sends every statement added in one message and waits for every answer: the rows of each statement, in order.
    // The first statement that fails stops the rest (an open transaction is then aborted); its error is the
    // server's, as QSqlError gives it, so that one line says why. The batch is empty afterwards.
    bool run(QList<BatchRows> *results, QSqlError *error);
    // Rolls back the transaction a batch began, when one is open on the connection (failed or not).
    void rollbackIfOpen();

private:
    pg_conn *m_connection = nullptr;
    QStringList m_statements;
};

} // namespace rs
