#pragma once
// One statement of the review rows, prepared once and run for many rows: through the SQLite C API on SQLite, so that
// freezing, reading and deciding a campaign of 100,000 items runs at the database's own speed, and through QSqlQuery
// on PostgreSQL. Internal to model/storage. Columns and bound values are numbered from 0.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rs::reviewsql {

class Statement
{
public:
    Statement(const QSqlDatabase &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Whether it was prepared; else error() says why.
    bool prepared() const { return m_prepared; }
    QString error() const;

    void bind(int at, qint64 value);
    void bind(int at, int value) { bind(at, qint64(value)); }
    // A null text is bound as an empty one: review rows hold no NULL text.
    void bind(int at, const QString &value);
    // Text given as UTF-8 already (valid UTF-8, as QString::toUtf8() makes it).
    void bindUtf8(int at, const QByteArray &utf8);

    // Runs a statement that returns no rows with the values bound; they stay bound for the next run.
    bool run();
    // Runs a query with the values bound; then next() steps through its rows.
    bool select();
    bool next();
    // Whether the last run or step failed (a lock time-out, a lost server), as error() says.
    bool failed() const;
    qint64 integer(int column) const;
    QString text(int column) const;

private:
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<QSqlQuery> m_query;
    bool m_prepared = false;
    bool m_failed = false;
};

} // namespace rs::reviewsql
