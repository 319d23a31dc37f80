// Prepared statements of one connection (StatementCache.h), and SQLite's run through its C API.
#include "StatementCache.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace rs {

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
}

StatementCache::~StatementCache()
{
    finalizeSqlite();
}

void StatementCache::detach()
{
    finalizeSqlite();
    m_db = QSqlDatabase();
}

void StatementCache::finalizeSqlite()
{
    for (auto &[sql, statement] : m_sqliteStatements)
        sqlite3_finalize(statement);
    m_sqliteStatements.clear();
    m_sqlite = nullptr;
}

namespace {

// Binds one value as QSqlQuery's SQLite driver does (qsql_sqlite.cpp); false for a type left to it.
bool bind(sqlite3_stmt *statement, int at, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, at) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
        return sqlite3_bind_int(statement, at, value.toInt()) == SQLITE_OK;
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, at, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(statement, at, value.toDouble()) == SQLITE_OK;
    case QMetaType::QString: {
        // A null text is bound as an empty one, as the writer binds it (text columns hold no NULL).
        static const char16_t empty[] = u"";
        const QString text = value.toString();
        if (text.isNull())
            return sqlite3_bind_text16(statement, at, empty, 0, SQLITE_STATIC) == SQLITE_OK;
        // As UTF-8, which the file stores: SQLite's own turning of UTF-16 into UTF-8 is the slower one. Text that is
        // not valid UTF-16 (a lone surrogate) still goes SQLite's way, so every text is stored as before.
        if (text.isValidUtf16()) {
            const QByteArray utf8 = text.toUtf8();
            return sqlite3_bind_text(statement, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) == SQLITE_OK;
        }
        return sqlite3_bind_text16(
                   statement, at, text.utf16(), int(text.size() * qsizetype(sizeof(char16_t))), SQLITE_TRANSIENT)
            == SQLITE_OK;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isNull())
            return sqlite3_bind_null(statement, at) == SQLITE_OK;
        return sqlite3_bind_blob(statement, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    default:
        return false;
    }
}

} // namespace

sqlite3_stmt *StatementCache::readySqlite(const char *sql, qsizetype count)
{
    if (!m_sqlite)
        return nullptr;
    auto it = m_sqliteStatements.find(sql);
    if (it == m_sqliteStatements.end()) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_sqlite, sql, -1, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return nullptr; // QSqlQuery prepares it again and says why it cannot
        }
        it = m_sqliteStatements.emplace(sql, statement).first;
    }
    sqlite3_stmt *statement = it->second;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (sqlite3_bind_parameter_count(statement) != count)
        return nullptr;
    return statement;
}

bool StatementCache::runSqlite(const char *sql, const QVariant *values, qsizetype count, QSqlError *error)
{
    sqlite3_stmt *statement = readySqlite(sql, count);
    if (!statement)
        return false;
    for (int i = 0; i < count; ++i) {
        if (!bind(statement, i + 1, values[i]))
            return false;
    }
    return stepSqlite(statement, error);
}

bool StatementCache::runSqlite(const char *sql, const qint64 *values, qsizetype count, QSqlError *error)
{
    sqlite3_stmt *statement = readySqlite(sql, count);
    if (!statement)
        return false;
    for (int i = 0; i < count; ++i) {
        if (sqlite3_bind_int64(statement, i + 1, values[i]) != SQLITE_OK)
            return false;
    }
    return stepSqlite(statement, error);
}

bool StatementCache::stepSqlite(sqlite3_stmt *statement, QSqlError *error)
{
    int rc = sqlite3_step(statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(statement);
        return true;
    }
    // As the driver words a failed step: its message, the engine's text and the code the step returned.
    *error = QSqlError(QStringLiteral("Unable to fetch row"),
        QString(reinterpret_cast<const QChar *>(sqlite3_errmsg16(m_sqlite))), QSqlError::ConnectionError,
        QString::number(rc));
    sqlite3_reset(statement);
    return false;
}

} // namespace rs
