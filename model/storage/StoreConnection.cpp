// The PostgreSQL half of opening a Store: a checked postgresql:// address turned into a connection of Rolesheet's own
// (pg/PgDriver.h) that requires TLS unless told otherwise, notices a dead peer, and gives up on slow statements and
// long lock waits.
#include "PgSession.h"
#include "Store.h"
#include "StoreFiles.h"
#include "pg/PgDriver.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

Status Store::connectPostgres(const QString &address, const Credentials &credentials, bool prefetch)
{
    Result<PgAddress> parsed = PgAddress::parse(address);
    if (!parsed) {
        m_location = QStringLiteral("postgresql://…");
        return parsed.error();
    }
    const PgAddress &a = parsed.value();
    m_location = a.display;
    QSqlDatabase db = QSqlDatabase::addDatabase(new pg::Driver(), m_connection);
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
        // The session was set up in the connection's start-up packet; the workspace is read in the one message of an
        // open: a far server answers the whole of it in one round trip. Anything unexpected (no workspace yet, an
        // older schema) takes the long way.
        if (prefetch && prefetchWorkspace())
            return {};
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
            m_dbUser = q.value(0).toString();
        return {};
    });
}

QSqlDatabase Store::cloneConnection(const QString &name) const
{
    const QSqlDatabase from = db();
    if (m_dialect != Dialect::PostgreSQL)
        return QSqlDatabase::cloneDatabase(from, name);
    // A driver of Rolesheet's own is no plugin Qt could clone by name: a new one with the same settings.
    QSqlDatabase clone = QSqlDatabase::addDatabase(new pg::Driver(), name);
    clone.setHostName(from.hostName());
    clone.setPort(from.port());
    clone.setUserName(from.userName());
    clone.setDatabaseName(from.databaseName());
    clone.setConnectOptions(from.connectOptions());
    return clone;
}

} // namespace rs
