// The PostgreSQL half of opening a Store: a postgresql:// address checked, then turned into a QPSQL connection that
// requires TLS unless told otherwise, notices a dead peer, and gives up on slow statements and long lock waits.
#include "PgAddress.h"
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

// The query keys an address may carry. Neither host, hostaddr, password, passfile, service nor options: an address
// names one server and no secret.
const char *const kAllowedParameters[]
    = { "sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "connect_timeout", "application_name" };

// Whitespace, control characters, backslashes, quotes and semicolons could end a libpq value and start another.
bool unsafe(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QLatin1Char('\\') || c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char(';'))
            return true;
    }
    return false;
}

Error refusedPart(const QString &part)
{
    return Error::badInput(QCoreApplication::translate("rs::Store",
        "The PostgreSQL address has spaces, control characters, backslashes or quotes in %1; "
        "nothing was opened.")
                               .arg(part));
}

int timeoutFromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

Result<PgAddress> PgAddress::parse(const QString &address)
{
    const QString expected
        = QCoreApplication::translate("rs::Store", "Expected postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE.");
    // Checked before parsing: a decoder must not get to turn %09 or a raw tab into part of a value.
    if (unsafe(address))
        return refusedPart(QCoreApplication::translate("rs::Store", "the address"));
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "The PostgreSQL address is not valid. %1").arg(expected));
    if (!url.password().isEmpty())
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "The PostgreSQL address holds a password; keep it in ~/.pgpass, PGPASSFILE or "
            "PGPASSWORD instead. Nothing was opened."));
    PgAddress a;
    a.host = url.host(QUrl::FullyDecoded);
    a.port = url.port(5432);
    a.user = url.userName(QUrl::FullyDecoded);
    a.database = url.path(QUrl::FullyDecoded).mid(1);
    if (unsafe(a.host))
        return refusedPart(QCoreApplication::translate("rs::Store", "the host"));
    if (unsafe(a.user))
        return refusedPart(QCoreApplication::translate("rs::Store", "the user name"));
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "The PostgreSQL address names no database. %1").arg(expected));
    if (unsafe(a.database))
        return refusedPart(QCoreApplication::translate("rs::Store", "the database name"));
    static const QRegularExpression plainKey(QStringLiteral("^[a-z_]{1,40}$"));
    QUrlQuery shown;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        bool allowed = false;
        for (const char *name : kAllowedParameters)
            allowed = allowed || key == QLatin1String(name);
        if (!allowed)
            // The key is named only when it looks like one: whatever else it is, it is not repeated.
            return Error::badInput(QCoreApplication::translate("rs::Store",
                "The PostgreSQL address has a parameter this program does not pass on: %1. "
                "Accepted: %2.")
                                       .arg(plainKey.match(key).hasMatch()
                                               ? key
                                               : QCoreApplication::translate("rs::Store", "(not a parameter name)"),
                                           QStringLiteral("sslmode, sslrootcert, sslcert, sslkey, sslcrl, "
                                                          "connect_timeout, application_name")));
        if (value.isEmpty() || unsafe(value))
            return refusedPart(QCoreApplication::translate("rs::Store", "the value of %1").arg(key));
        for (const auto &[seen, _] : a.parameters) {
            if (seen == key)
                return Error::badInput(QCoreApplication::translate(
                    "rs::Store", "The PostgreSQL address gives %1 twice; nothing was opened.")
                                           .arg(key));
        }
        if (key == QLatin1String("sslmode")) {
            static const QStringList accepted = { QStringLiteral("disable"), QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
            if (value == QLatin1String("allow") || value == QLatin1String("prefer"))
                return Error::badInput(QCoreApplication::translate("rs::Store",
                    "The PostgreSQL address asks for sslmode=%1, which anyone on the network "
                    "path can turn into no encryption; use verify-full, verify-ca or require "
                    "(or disable, on a network you trust).")
                                           .arg(value));
            if (!accepted.contains(value))
                return Error::badInput(QCoreApplication::translate("rs::Store",
                    "The PostgreSQL address has an unknown sslmode; use verify-full, "
                    "verify-ca, require or disable."));
        }
        if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 300)
                return Error::badInput(QCoreApplication::translate("rs::Store",
                    "The PostgreSQL address's connect_timeout must be a number of seconds "
                    "from 1 to 300."));
        }
        a.parameters.append({ key, value });
        shown.addQueryItem(key, value);
    }
    QUrl display;
    display.setScheme(url.scheme());
    display.setUserName(url.userName(QUrl::FullyEncoded), QUrl::TolerantMode);
    display.setHost(url.host(QUrl::FullyEncoded), QUrl::TolerantMode);
    display.setPort(url.port());
    display.setPath(url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (!shown.isEmpty())
        display.setQuery(shown);
    a.display = display.toString(QUrl::FullyEncoded);
    return a;
}

QString PgAddress::sslMode() const
{
    for (const auto &[key, value] : parameters) {
        if (key == QLatin1String("sslmode"))
            return value;
    }
    return QStringLiteral("require");
}

QString PgAddress::connectOptions() const
{
    // TLS is required unless the address says otherwise: libpq's own default, prefer, falls back to plain text when
    // anyone on the path refuses TLS. Keepalives and the TCP user time-out notice a server that went away.
    QList<QPair<QString, QString>> options = {
        { QStringLiteral("sslmode"), QStringLiteral("require") },
        { QStringLiteral("connect_timeout"), QStringLiteral("10") },
        { QStringLiteral("application_name"), QStringLiteral("rolesheet") },
        { QStringLiteral("keepalives"), QStringLiteral("1") },
        { QStringLiteral("keepalives_idle"), QStringLiteral("30") },
        { QStringLiteral("keepalives_interval"), QStringLiteral("10") },
        { QStringLiteral("keepalives_count"), QStringLiteral("3") },
        { QStringLiteral("tcp_user_timeout"), QStringLiteral("30000") },
    };
    for (const auto &[key, value] : parameters) {
        options.removeIf([&parameter = key](const QPair<QString, QString> &o) { return o.first == parameter; });
        options.append({ key, value });
    }
    QStringList joined;
    for (const auto &[key, value] : options)
        joined.append(key + QLatin1Char('=') + value);
    return joined.join(QLatin1Char(';'));
}

namespace pgsession {

int statementTimeout()
{
    return timeoutFromEnvironment("ROLESHEET_PG_STATEMENT_TIMEOUT_MS", 30000);
}

QString settings()
{
    const int statement = statementTimeout();
    const int lock = timeoutFromEnvironment("ROLESHEET_PG_LOCK_TIMEOUT_MS", 10000);
    return QStringLiteral("SET statement_timeout = %1; SET lock_timeout = %2").arg(statement).arg(lock);
}

Status configure(QSqlDatabase &db)
{
    // Both in one message: a far server costs a round trip per message.
    QSqlQuery q(db);
    if (!q.exec(settings()))
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

Status Store::connectPostgres(const QString &address, const Credentials &credentials, bool prefetch)
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
        // The session set up, and the workspace read, in the one message of an open: a far server answers the
        // whole of it in one round trip. Anything unexpected (no workspace yet, an older schema) takes the long way.
        if (prefetch && prefetchWorkspace())
            return {};
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
