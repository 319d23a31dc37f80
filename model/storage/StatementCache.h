#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace rs {

// Prepared statements of one connection, each prepared on first use and kept for the store's life: an apply then
// costs one round trip per statement instead of a prepare, an execute and a deallocate.
class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db)
        : m_db(db)
    {
    }

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

    // Lets go of the connection and keeps the statements. A statement frees itself on the server when it is destroyed,
    // unless its connection was removed first; on a connection the server stopped answering, the statements went with
    // the server's session, and freeing them would only fail. The store then removes the connection, and this cache
    // after it.
    void detach() { m_db = QSqlDatabase(); }

private:
    QSqlDatabase m_db;
    std::map<const char *, QSqlQuery> m_queries;
};

} // namespace rs
