// The PostgreSQL half of opening a Store: a postgresql:// address turned into a QPSQL connection.
#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace rs {

namespace {

// libpq connection parameters an address may carry. A password is not among them: libpq reads it from
// PGPASSWORD, PGPASSFILE or ~/.pgpass, so it never lands in settings, shell history or logs.
const char *const kAllowedParameters[] = { "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout",
    "application_name", "target_session_attrs", "passfile", "service" };

} // namespace

Status Store::connectPostgres(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    m_location = url.isValid() ? url.toString(QUrl::RemovePassword) : QStringLiteral("postgresql://…");
    const QString expected
        = QCoreApplication::translate("rs::Store", "Expected postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.");
    if (!url.isValid() || url.host().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "The PostgreSQL address is not valid. %1").arg(expected));
    if (!url.password().isEmpty())
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "The PostgreSQL address holds a password; keep it in ~/.pgpass, PGPASSFILE or PGPASSWORD instead. "
            "Nothing was opened."));
    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "The PostgreSQL address names no database. %1").arg(expected));
    QStringList options = { QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=rolesheet") };
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool allowed = false;
        for (const char *name : kAllowedParameters)
            allowed = allowed || key == QLatin1String(name);
        if (!allowed || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' '))
            || value.contains(QLatin1Char('\'')))
            return Error::badInput(QCoreApplication::translate(
                "rs::Store", "The PostgreSQL address has a parameter this program does not pass on: %1.")
                                       .arg(key.left(40)));
        options.removeIf([&parameter = key](const QString &o) { return o.startsWith(parameter + QLatin1Char('=')); });
        options.append(key + QLatin1Char('=') + value);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(QCoreApplication::translate(
            "rs::Store", "This installation cannot reach PostgreSQL: Qt's PostgreSQL driver is missing."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setDatabaseName(database);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return Error::storage(
            QCoreApplication::translate("rs::Store", "The PostgreSQL database %1 cannot be opened.").arg(m_location),
            db.lastError().text());
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        m_dbUser = q.value(0).toString();
    return {};
}

QSqlDatabase Store::cloneConnection(const QString &name) const
{
    return QSqlDatabase::cloneDatabase(db(), name);
}

} // namespace rs
