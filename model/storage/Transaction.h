#pragma once

#include "Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

// A database transaction that cannot be left open: begun when made, rolled back when it goes out of scope unless
// commit() succeeded. A read sees one state of the workspace (on PostgreSQL a repeatable-read snapshot); a write
// takes SQLite's write lock at once, so that two writers never both read and then fail to write.
class Transaction
{
public:
    enum class Mode { Read, Write };

    Transaction(const QSqlDatabase &db, Dialect dialect, Mode mode)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        const bool write = mode == Mode::Write;
        if (dialect == Dialect::SQLite)
            m_open = q.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        else
            m_open = q.exec(write ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        if (!m_open)
            m_error = q.lastError();
    }
    ~Transaction() { rollback(); }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction is open: begun, and neither committed nor rolled back since.
    bool isOpen() const { return m_open; }
    // Why it could not be begun or committed.
    const QSqlError &error() const { return m_error; }

    // Commits; when that fails, rolls back and keeps the reason in error().
    bool commit()
    {
        if (!m_open)
            return false;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("COMMIT"))) {
            m_open = false;
            return true;
        }
        m_error = q.lastError();
        rollback();
        return false;
    }
    // Ends the transaction now, keeping nothing of it.
    void rollback()
    {
        if (!m_open)
            return;
        m_open = false;
        // A connection that is gone (the server stopped answering) took the transaction with it.
        if (!m_db.isOpen())
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace rs
