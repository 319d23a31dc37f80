#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

struct sqlite3;
struct sqlite3_stmt;

namespace rs {

// Prepared statements of one connection, each prepared on first use and kept for the store's life: an apply then
// costs one round trip per statement instead of a prepare, an execute and a deallocate.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement, prepared on first use; null with `error` set when it cannot be prepared (it is then tried
    // again next time). A prepared statement outlives the transaction it was prepared in, even a rolled-back one.
    QSqlQuery *query(const char *sql, QSqlError *error)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            QSqlQuery q(m_db);
            if (!q.prepare(QString::fromLatin1(sql))) {
                *error = q.lastError();
                return nullptr;
            }
            it = m_queries.emplace(sql, std::move(q)).first;
        }
        return &it->second;
    }

    const QSqlDatabase &database() const { return m_db; }

    // On SQLite, runs the statement with the values bound through the C API, the way QSqlQuery would bind them (and a
    // null text as an empty one, as rows::Writer binds it), without
    // a QSqlQuery's bookkeeping per row: writing the 1.3 million rows of a large workspace then costs what SQLite
    // costs. False with `error` unset when it cannot (not SQLite, or a value of a type it leaves to QSqlQuery); false
    // with `error` set when the statement failed.
    bool runSqlite(const char *sql, const QVariantList &values, QSqlError *error)
    {
        return runSqlite(sql, values.constData(), values.size(), error);
    }
    // The same with `count` values from `values` on.
    bool runSqlite(const char *sql, const QVariant *values, qsizetype count, QSqlError *error);
    // The same with numbers alone, each bound as an integer.
    bool runSqlite(const char *sql, const qint64 *values, qsizetype count, QSqlError *error);
    // Whether runSqlite() can run statements: the connection is SQLite's.
    bool isSqlite() const { return m_sqlite != nullptr; }

    // Lets go of the connection and keeps the statements. A statement frees itself on the server when it is destroyed,
    // unless its connection was removed first; on a connection the server stopped answering, the statements went with
    // the server's session, and freeing them would only fail. The store then removes the connection, and this cache
    // after it.
    // SQLite's statements are the program's own and are finalized here, before the connection closes.
    void detach();

private:
    void finalizeSqlite();
    // The statement prepared, reset and its values cleared, with `count` values to bind; null when it cannot be.
    sqlite3_stmt *readySqlite(const char *sql, qsizetype count);
    // Steps it to its end; false with `error` set when it failed.
    bool stepSqlite(sqlite3_stmt *statement, QSqlError *error);

    QSqlDatabase m_db;
    std::map<const char *, QSqlQuery> m_queries;
    sqlite3 *m_sqlite = nullptr;
    std::map<const char *, sqlite3_stmt *> m_sqliteStatements;
};

} // namespace rs
