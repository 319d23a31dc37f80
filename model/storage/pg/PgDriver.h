#pragma once
// Rolesheet's own PostgreSQL connection, a Qt SQL driver over libpq. Qt's PostgreSQL driver (QPSQL) spends five
// statements on every connection and three messages on every prepared statement's run; on a server far away each is
// a round trip. This one puts the session's settings in the connection's start-up packet, so that connecting costs
// only the authentication, and runs a prepared statement in one message of the extended protocol. Values cross it as
// they crossed QPSQL (PgValues.h), errors carry the server's SQLSTATE as their native code, and notifications arrive
// as QSqlDriver::notification.
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

class QSocketNotifier;
class QSqlDatabase;
struct pg_conn;

namespace rs::pg {

class Driver : public QSqlDriver
{
    Q_OBJECT
public:
    explicit Driver(QObject *parent = nullptr);
    ~Driver() override;

    // The libpq connection of an open database whose driver is this one; nullptr for any other.
    static pg_conn *connectionOf(const QSqlDatabase &db);
    pg_conn *connection() const { return m_connection; }
    // The driver of an open database whose driver is this one; nullptr for any other.
    static Driver *of(const QSqlDatabase &db);

    // The statements prepared on this connection (StoreBatch's prepared batches): the name each text was prepared
    // under. Forgotten with the connection.
    QByteArray preparedName(const QByteArray &sql) const { return m_prepared.value(sql); }
    // A name for a text not prepared yet; empty when the connection holds as many as it keeps.
    QByteArray nameFor(const QByteArray &sql) const;
    void prepared(const QByteArray &sql, const QByteArray &name) { m_prepared.insert(sql, name); }

    bool hasFeature(DriverFeature feature) const override;
    // The options are libpq's key=value pairs separated by ';' (PgAddress::connectOptions()).
    bool open(const QString &database, const QString &user, const QString &password, const QString &host, int port,
        const QString &options) override;
    void close() override;
    bool isOpen() const override;
    QSqlResult *createResult() const override;
    QVariant handle() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;

    bool subscribeToNotification(const QString &name) override;
    bool unsubscribeFromNotification(const QString &name) override;
    QStringList subscribedToNotifications() const override;

    // Called after every statement: a notification libpq read along with a statement's answer is delivered from
    // the event loop, as no socket activity will announce it.
    void afterStatement() const;

private:
    bool command(const char *sql, const QString &what, QSqlError::ErrorType type);
    void readNotifications();

    pg_conn *m_connection = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QStringList m_channels;
    mutable bool m_checkQueued = false;
    QHash<QByteArray, QByteArray> m_prepared;
};

} // namespace rs::pg
