#pragma once
// The statements and rows of a PostgreSQL connection of Rolesheet's own (PgDriver.h). A prepared statement is kept on
// this side and sent with its values in one message of the extended protocol each time it runs (parse, bind,
// execute: one round trip); a statement run as it is goes as a simple query. Every row of the answer is read at once.
#include <QByteArray>
#include <QSqlResult>

struct pg_conn;
struct pg_result;

namespace rs::pg {

class Driver;

class Result : public QSqlResult
{
public:
    explicit Result(const Driver *driver);
    ~Result() override;
    Result(const Result &) = delete;
    Result &operator=(const Result &) = delete;

    QVariant handle() const override;

protected:
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool reset(const QString &sql) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    bool prepare(const QString &sql) override;
    bool exec() override;
    void detachFromResultSet() override;

private:
    pg_conn *connection() const;
    void clearResult();
    // Takes the answer to a statement: rows or a command's result make the query active; anything else is its error.
    bool take(pg_result *result);

    pg_result *m_result = nullptr;
    QByteArray m_statement; // the prepared statement, its placeholders numbered
};

} // namespace rs::pg
