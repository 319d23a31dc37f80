#pragma once

#include "domain/Result.h"
#include "location/PgAddress.h"

class QSqlDatabase;
class QSqlError;

namespace rs {

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
