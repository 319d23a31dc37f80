// The PostgreSQL half of opening a Store: a postgresql:// address checked, then turned into a QPSQL connection that
// requires TLS unless told otherwise, notices a dead peer, and gives up on slow statements and long lock waits.
#include "PgSession.h"
#include "Store.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

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

Status configure(QSqlDatabase &db)
{
    const int statement = statementTimeout();
    const int lock = timeoutFromEnvironment("ROLESHEET_PG_LOCK_TIMEOUT_MS", 10000);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET statement_timeout = %1").arg(statement))
        || !q.exec(QStringLiteral("SET lock_timeout = %1").arg(lock)))
        return storageError(
            QCoreApplication::translate("rs::Store", "The PostgreSQL session cannot be set up."), q.lastError());
    return {};
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

Status Store::connectPostgres(const QString &address, const Credentials &credentials)
{
    Result<PgAddress> parsed = PgAddress::parse(address);
    if (!parsed) {
        m_location = QStringLiteral("postgresql://…");
        return parsed.error();
    }
    const PgAddress &a = parsed.value();
    m_location = a.display;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(QCoreApplication::translate(
            "rs::Store", "This installation cannot reach PostgreSQL: Qt's PostgreSQL driver is missing."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setUserName(a.user);
    db.setDatabaseName(a.database);
    db.setConnectOptions(a.connectOptions());
    // The password goes to libpq for this one open and is dropped from the connection's settings right after, so
    // that nothing here holds it (a clone for a watcher gets none either).
    if (!credentials.password.isEmpty())
        db.setPassword(credentials.password);
    const bool opened = db.open();
    db.setPassword(QString());
    if (!opened) {
        const QSqlError error = db.lastError();
        // libpq says so in the client's words (no SQLSTATE reaches the driver for a failed connection).
        const QString text = error.text();
        if (text.contains(QLatin1String("no password supplied")))
            return Error { Error::Code::Password,
                QCoreApplication::translate("rs::Store",
                    "The server %1 asks for a password, and none was found in ~/.pgpass, PGPASSFILE or PGPASSWORD.")
                    .arg(m_location),
                text };
        if (text.contains(QLatin1String("password authentication failed")))
            return Error { Error::Code::Password,
                QCoreApplication::translate("rs::Store", "The server %1 did not accept the password.").arg(m_location),
                text };
        if (a.sslMode() != QLatin1String("disable") && error.text().contains(QLatin1String("SSL")))
            return Error::storage(QCoreApplication::translate("rs::Store",
                                      "The server %1 offers no encrypted (TLS) connection, which this address "
                                      "requires; nothing was opened. Add sslmode=disable only on a network you trust.")
                                      .arg(m_location),
                error.text());
        return pgsession::storageError(
            QCoreApplication::translate("rs::Store", "The PostgreSQL database %1 cannot be opened.").arg(m_location),
            error);
    }
    m_deadline = std::make_shared<PgDeadline>();
    return watched([&]() -> Status {
        if (Status s = pgsession::configure(db); !s)
            return s;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            m_dbUser = q.value(0).toString();
        return {};
    });
}

QSqlDatabase Store::cloneConnection(const QString &name) const
{
    return QSqlDatabase::cloneDatabase(db(), name);
}

} // namespace rs
