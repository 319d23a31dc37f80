#include "ReviewStoreStatement.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace rs::reviewsql {

Statement::Statement(const QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_sqlite) {
        m_prepared = sqlite3_prepare_v2(m_sqlite, sql, -1, &m_statement, nullptr) == SQLITE_OK;
        return;
    }
    m_query.emplace(db);
    m_query->setForwardOnly(true);
    m_prepared = m_query->prepare(QString::fromLatin1(sql));
}

Statement::~Statement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

QString Statement::error() const
{
    if (m_sqlite)
        return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    return m_query ? m_query->lastError().text() : QString();
}

void Statement::bind(int at, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, at + 1, value);
    else if (m_query)
        m_query->bindValue(at, value);
}

void Statement::bind(int at, const QString &value)
{
    if (m_statement) {
        // As UTF-8, which the file stores: SQLite's own turning of UTF-16 into UTF-8 cost more than the insert. Text
        // that is not valid UTF-16 (a lone surrogate) still goes SQLite's way, so every text is stored as before.
        if (value.isValidUtf16())
            bindUtf8(at, value.toUtf8());
        else
            sqlite3_bind_text16(
                m_statement, at + 1, value.utf16(), int(value.size() * qsizetype(sizeof(char16_t))), SQLITE_TRANSIENT);
    } else if (m_query) {
        m_query->bindValue(at, value.isNull() ? QStringLiteral("") : value);
    }
}

void Statement::bindUtf8(int at, const QByteArray &utf8)
{
    if (m_statement)
        sqlite3_bind_text(m_statement, at + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    else if (m_query)
        m_query->bindValue(at, QString::fromUtf8(utf8));
}

bool Statement::run()
{
    if (!m_prepared)
        return false;
    if (m_statement) {
        sqlite3_reset(m_statement);
        const int rc = sqlite3_step(m_statement);
        m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
        sqlite3_reset(m_statement);
        return !m_failed;
    }
    return m_query->exec();
}

bool Statement::select()
{
    if (!m_prepared)
        return false;
    if (m_statement) {
        m_failed = false;
        return sqlite3_reset(m_statement) == SQLITE_OK;
    }
    return m_query->exec();
}

bool Statement::next()
{
    if (m_statement) {
        const int rc = sqlite3_step(m_statement);
        m_failed = rc != SQLITE_DONE && rc != SQLITE_ROW;
        return rc == SQLITE_ROW;
    }
    return m_query && m_query->next();
}

bool Statement::failed() const
{
    if (m_statement)
        return m_failed;
    return !m_query || m_query->lastError().isValid();
}

qint64 Statement::integer(int column) const
{
    if (m_statement)
        return sqlite3_column_int64(m_statement, column);
    return m_query->value(column).toLongLong();
}

QString Statement::text(int column) const
{
    if (m_statement) {
        // As stored (UTF-8), turned into a QString by Qt: SQLite's own turning into UTF-16 cost more than the read.
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        if (!data)
            return QString();
        const int size = sqlite3_column_bytes(m_statement, column);
        if (size == 0)
            return QString(reinterpret_cast<const QChar *>(u""), 0);
        return QString::fromUtf8(data, size);
    }
    return m_query->value(column).toString();
}

} // namespace rs::reviewsql
