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
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace rs {

namespace pg {
class Driver;
}

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
    // The value's bytes as the server sent them (UTF-8 text), without the round trip through a QString.
    QByteArray bytes(int column) const;

private:
    std::shared_ptr<pg_result> m_result;
    int m_row = -1;
};

class StoreBatch
{
public:
    // How the statements travel. Text: all in one simple-query message, values written into them as literals.
    // Prepared: in one pipeline of the extended protocol (still one round trip), where a statement added with values
    // (even none) is parsed and planned by the server once per connection and run with its values as parameters
    // afterwards; a statement added as text is sent as it is, and must be one statement. A value means what it means
    // written in as a literal, but for one thing: an integer is a bigint parameter (the type a prepared text keeps
    // whatever the values), so an expression of it alone, selected, is a bigint where the literal's would be an integer.
    enum class Mode { Text, Prepared };
    // A batch for `db`; usable() only on an open PostgreSQL connection.
    explicit StoreBatch(const QSqlDatabase &db, Mode mode = Mode::Text);

    bool usable() const { return m_connection != nullptr; }
    // One statement as it is.
    void add(const QString &sql);
    // One statement with each ? outside quotes replaced by its value, written as a literal the server cannot take
    // for anything else (the server's own quoting).
    // In a prepared batch, a statement prepared once: `sql` must then be one of a bounded set of texts.
    void add(const char *sql, const QVariantList &values);
    void add(const QString &sql, const QVariantList &values);
    bool isEmpty() const { return m_statements.empty(); }
    int size() const { return int(m_statements.size()); }
    // A value as an SQL literal: NULL, a number, or quoted text (a null text as the empty text, as a bound one is).
    QString literal(const QVariant &value) const;

    // Sends every statement added in one message and waits for every answer: the rows of each statement, in order.
    // The first statement that fails stops the rest (an open transaction is then aborted); its error is the
    // server's, as QSqlError gives it, so that one line says why. The batch is empty afterwards.
    bool run(QList<BatchRows> *results, QSqlError *error);
    // How many statements of the last run answered, a failed run's too: those before the one that failed (a COMMIT
    // among them committed).
    int answered() const { return m_answered; }
    // Rolls back the transaction a batch began, when one is open on the connection (failed or not).
    void rollbackIfOpen();

private:
    struct Statement
    {
        QByteArray sql;
        std::vector<std::optional<QByteArray>> values;
        std::vector<unsigned int> types; // the server's type ids; 0: the server infers it
        bool prepared = false;
    };
    bool runText(QList<BatchRows> &results, QSqlError *error);
    bool runPipeline(QList<BatchRows> &results, QSqlError *error);

    pg_conn *m_connection = nullptr;
    pg::Driver *m_driver = nullptr;
    Mode m_mode = Mode::Text;
    std::vector<Statement> m_statements;
    int m_answered = 0;
};

} // namespace rs
