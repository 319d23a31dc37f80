// Rolesheet's own PostgreSQL connection (PgDriver.h): opening, transactions and notifications.
#include "PgDriver.h"

#include "PgResult.h"
#include "PgValues.h"
#include "storage/PgSession.h"

#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <vector>

namespace rs::pg {

Driver::Driver(QObject *parent)
    : QSqlDriver(parent)
{
}

Driver::~Driver()
{
    close();
}

pg_conn *Driver::connectionOf(const QSqlDatabase &db)
{
    const auto *driver = qobject_cast<const Driver *>(db.driver());
    return driver && driver->isOpen() ? driver->m_connection : nullptr;
}

Driver *Driver::of(const QSqlDatabase &db)
{
    auto *driver = qobject_cast<Driver *>(db.driver());
    return driver && driver->isOpen() ? driver : nullptr;
}

QByteArray Driver::nameFor(const QByteArray &sql) const
{
    // The statements a store prepares are a fixed set of texts; the bound only guards against a caller that makes
    // texts without end, which then run unprepared.
    constexpr qsizetype kMostPrepared = 256;
    if (m_prepared.size() >= kMostPrepared || m_prepared.contains(sql))
        return {};
    return QByteArrayLiteral("rs_") + QByteArray::number(m_prepared.size() + 1);
}

bool Driver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case LastInsertId:
    case LowPrecisionNumbers:
    case EventNotifications:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
        return true;
    default:
        return false;
    }
}

bool Driver::open(const QString &database, const QString &user, const QString &password, const QString &host,
    int port, const QString &options)
{
    close();
    QList<QPair<QByteArray, QByteArray>> settings;
    const auto set = [&settings](const char *key, const QString &value) {
        if (!value.isEmpty())
            settings.append({ QByteArray(key), value.toUtf8() });
    };
    set("host", host);
    set("port", port > 0 ? QString::number(port) : QString());
    set("dbname", database);
    set("user", user);
    set("password", password);
    const QStringList items = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals > 0)
            settings.append({ item.left(equals).trimmed().toUtf8(), item.mid(equals + 1).trimmed().toUtf8() });
    }
    // What Qt's driver set with a statement each after connecting, and the session's time-outs, in the start-up
    // packet: no round trip after the authentication's.
    settings.append({ QByteArrayLiteral("client_encoding"), QByteArrayLiteral("UNICODE") }); // UTF-8, named as Qt named it
    settings.append({ QByteArrayLiteral("options"), pgsession::startupOptions().toUtf8() });
    const auto connect = [&] {
        std::vector<const char *> keys;
        std::vector<const char *> values;
        for (const auto &[key, value] : settings) {
            keys.push_back(key.constData());
            values.push_back(value.constData());
        }
        keys.push_back(nullptr);
        values.push_back(nullptr);
        return PQconnectdbParams(keys.data(), values.data(), 0);
    };
    m_prepared.clear();
    m_connection = connect();
    // A server older than PostgreSQL 12 refuses a session setting it does not know: asked again without the one
    // that only makes plans cheaper.
    if (PQstatus(m_connection) != CONNECTION_OK
        && QByteArray(PQerrorMessage(m_connection)).contains(pgsession::kGenericPlans)) {
        PQfinish(m_connection);
        settings.last().second = pgsession::startupOptions(false).toUtf8();
        m_connection = connect();
    }
    if (PQstatus(m_connection) != CONNECTION_OK) {
        setLastError(QSqlError(QStringLiteral("Unable to connect"), QString::fromUtf8(PQerrorMessage(m_connection)),
            QSqlError::ConnectionError));
        setOpenError(true);
        PQfinish(m_connection);
        m_connection = nullptr;
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void Driver::close()
{
    m_channels.clear();
    delete m_notifier;
    m_notifier = nullptr;
    if (m_connection)
        PQfinish(m_connection);
    m_connection = nullptr;
    m_prepared.clear();
    setOpen(false);
    setOpenError(false);
}

bool Driver::isOpen() const
{
    return m_connection && PQstatus(m_connection) == CONNECTION_OK;
}

QSqlResult *Driver::createResult() const
{
    return new Result(this);
}

QVariant Driver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_connection));
}

bool Driver::command(const char *sql, const QString &what, QSqlError::ErrorType type)
{
    if (!isOpen())
        return false;
    PGresult *result = PQexec(m_connection, sql);
    afterStatement();
    // A COMMIT of a transaction that had failed answers ROLLBACK.
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK
        && !(qstrcmp(sql, "COMMIT") == 0 && qstrcmp(PQcmdStatus(result), "ROLLBACK") == 0);
    if (!ok)
        setLastError(errorOf(what, type, m_connection, result));
    PQclear(result);
    return ok;
}

bool Driver::beginTransaction()
{
    return command("BEGIN", QStringLiteral("Could not begin transaction"), QSqlError::TransactionError);
}

bool Driver::commitTransaction()
{
    return command("COMMIT", QStringLiteral("Could not commit transaction"), QSqlError::TransactionError);
}

bool Driver::rollbackTransaction()
{
    return command("ROLLBACK", QStringLiteral("Could not rollback transaction"), QSqlError::TransactionError);
}

QStringList Driver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!isOpen())
        return out;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    const auto of = [&](char kind) {
        q.exec(QStringLiteral("SELECT pg_class.relname, pg_namespace.nspname FROM pg_class "
                              "LEFT JOIN pg_namespace ON (pg_class.relnamespace = pg_namespace.oid) "
                              "WHERE (pg_class.relkind = '%1') AND (pg_class.relname !~ '^Inv') "
                              "AND (pg_class.relname !~ '^pg_') AND (pg_namespace.nspname != 'information_schema')")
                   .arg(QLatin1Char(kind)));
        while (q.next()) {
            const QString schema = q.value(1).toString();
            const QString name = q.value(0).toString();
            out.append(schema.isEmpty() || schema == QLatin1String("public") ? name
                                                                             : schema + QLatin1Char('.') + name);
        }
    };
    if (type & QSql::Tables)
        of('r');
    if (type & QSql::Views)
        of('v');
    if (type & QSql::SystemTables) {
        q.exec(QStringLiteral("SELECT relname FROM pg_class WHERE (relkind = 'r') AND (relname LIKE 'pg_%') "));
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QString Driver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.isEmpty() || identifier.startsWith(QLatin1Char('"')) || identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    out.replace(QLatin1Char('.'), QLatin1String("\".\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool Driver::subscribeToNotification(const QString &name)
{
    if (!isOpen() || m_channels.contains(name))
        return false;
    const QByteArray sql = (QStringLiteral("LISTEN ") + escapeIdentifier(name, TableName)).toUtf8();
    if (!command(sql.constData(), QStringLiteral("Unable to subscribe"), QSqlError::StatementError))
        return false;
    m_channels.append(name);
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(PQsocket(m_connection), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &Driver::readNotifications);
    }
    return true;
}

bool Driver::unsubscribeFromNotification(const QString &name)
{
    if (!isOpen() || !m_channels.contains(name))
        return false;
    const QByteArray sql = (QStringLiteral("UNLISTEN ") + escapeIdentifier(name, TableName)).toUtf8();
    if (!command(sql.constData(), QStringLiteral("Unable to unsubscribe"), QSqlError::StatementError))
        return false;
    m_channels.removeAll(name);
    if (m_channels.isEmpty()) {
        delete m_notifier;
        m_notifier = nullptr;
    }
    return true;
}

QStringList Driver::subscribedToNotifications() const
{
    return m_channels;
}

void Driver::afterStatement() const
{
    if (m_channels.isEmpty() || m_checkQueued)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(const_cast<Driver *>(this), &Driver::readNotifications, Qt::QueuedConnection);
}

void Driver::readNotifications()
{
    m_checkQueued = false;
    if (!m_connection)
        return;
    PQconsumeInput(m_connection);
    while (PGnotify *notify = PQnotifies(m_connection)) {
        const QString name = QString::fromUtf8(notify->relname);
        if (m_channels.contains(name)) {
            const NotificationSource source
                = notify->be_pid == PQbackendPID(m_connection) ? SelfSource : OtherSource;
            Q_EMIT notification(name, source, QString::fromUtf8(notify->extra));
        }
        PQfreemem(notify);
    }
}

} // namespace rs::pg
