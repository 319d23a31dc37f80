#pragma once

#include "domain/Result.h"

#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;
class QSqlError;

namespace rs {

// A postgresql:// address, checked before any connection is attempted. Only a few query keys are accepted
// (sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, application_name), and no part may hold
// whitespace, control characters, backslashes or quotes: nothing in an address can add a libpq keyword. A password
// in the address is refused; libpq reads it from ~/.pgpass, PGPASSFILE or PGPASSWORD.
struct PgAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QList<QPair<QString, QString>> parameters; // the accepted query items, in the address's order
    // The address as given, without secrets and with only the accepted items: shown in messages, kept in Open Recent.
    QString display;

    // Checks an address; the error says which part is refused and never repeats a value.
    static Result<PgAddress> parse(const QString &address);
    // The libpq options for QSqlDatabase::setConnectOptions: the accepted items, TLS required unless the address
    // says otherwise, a connection time-out and TCP keepalives.
    QString connectOptions() const;
    // The sslmode libpq is given: the address's, or "require".
    QString sslMode() const;
};

namespace pgsession {

// Sets the per-session time-outs on an open PostgreSQL connection: statements (30 s) and waits for locks (10 s);
// ROLESHEET_PG_STATEMENT_TIMEOUT_MS and ROLESHEET_PG_LOCK_TIMEOUT_MS override them.
Status configure(QSqlDatabase &db);
// The statements configure() runs, as one text.
QString settings();
// The statement time-out configure() sets, in milliseconds.
int statementTimeout();

// One translated sentence for a server error whose SQLSTATE says why (time-out, lock wait, lost connection);
// empty for any other error.
QString reason(const QSqlError &error);

// A storage error: the message, followed by the reason when the server said why; the driver's text as detail.
Error storageError(const QString &message, const QSqlError &error);

} // namespace pgsession

} // namespace rs
