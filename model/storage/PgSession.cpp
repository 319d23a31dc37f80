// The settings and the words of a PostgreSQL session: its time-outs, and a sentence for a server error whose SQLSTATE
// says why.
#include "PgSession.h"

#include "StoreFiles.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rs {

namespace {

int timeoutFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

namespace pgsession {

int statementTimeout()
{
    return timeoutFromEnvironment("ROLESHEET_PG_STATEMENT_TIMEOUT_MS", 30000);
}

int lockTimeout()
{
    return timeoutFromEnvironment("ROLESHEET_PG_LOCK_TIMEOUT_MS", 10000);
}

QString settings()
{
    return QStringLiteral("SET statement_timeout = %1; SET lock_timeout = %2").arg(statementTimeout()).arg(lockTimeout());
}

QString startupOptions(bool genericPlans)
{
    // A prepared statement is planned once, generically, not anew for every set of values: the statements prepared
    // are lookups by key, whose plan does not depend on the values, and planning was most of the server's work on a
    // small apply (by default the server plans each of the first executions anew and keeps doing so for some).
    return QStringLiteral("-c DateStyle=ISO -c TimeZone=UTC -c bytea_output=escape -c statement_timeout=%1 "
                          "-c lock_timeout=%2%3")
        .arg(statementTimeout())
        .arg(lockTimeout())
        .arg(genericPlans ? QStringLiteral(" -c %1=force_generic_plan").arg(QLatin1String(kGenericPlans)) : QString());
}

QString reason(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("57014"))
        return QCoreApplication::translate(
            "rs::Store", "The server took longer than the statement time-out allows and cancelled it.");
    if (code == QLatin1String("55P03"))
        return QCoreApplication::translate(
            "rs::Store", "Another session held a lock on the workspace for longer than the lock time-out allows.");
    if (code == QLatin1String("40P01"))
        return QCoreApplication::translate("rs::Store", "The server stopped a deadlock with another session.");
    if (code.startsWith(QLatin1String("57P")))
        return QCoreApplication::translate("rs::Store", "The server is shutting down or restarting.");
    if (code == QLatin1String("53300"))
        return QCoreApplication::translate("rs::Store", "The server has no connection to spare.");
    if (code == QLatin1String("28P01") || code == QLatin1String("28000"))
        return QCoreApplication::translate(
            "rs::Store", "The server did not accept the user or the password (see ~/.pgpass or PGPASSFILE).");
    if (code.startsWith(QLatin1String("08")) || (code.isEmpty() && error.type() == QSqlError::ConnectionError)
        || (code.isEmpty() && error.driverText().contains(QLatin1String("connection"), Qt::CaseInsensitive)))
        return QCoreApplication::translate("rs::Store", "The connection to the server failed or was lost.");
    return {};
}

Error storageError(const QString &message, const QSqlError &error)
{
    bool sqlite = false;
    error.nativeErrorCode().toInt(&sqlite); // SQLite's codes are numbers, PostgreSQL's SQLSTATEs are not all
    if (sqlite && error.nativeErrorCode().size() < 5)
        return storefiles::sqlError(error, message, QString());
    const QString why = reason(error);
    return Error::storage(why.isEmpty() ? message : message + QLatin1Char(' ') + why, storefiles::errorDetail(error));
}

} // namespace pgsession

} // namespace rs
