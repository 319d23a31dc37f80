#pragma once

#include "domain/Result.h"

#include <QList>
#include <QPair>
#include <QString>

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

} // namespace rs
