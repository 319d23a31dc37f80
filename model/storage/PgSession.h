#pragma once

#include "domain/Result.h"
#include "location/PgAddress.h"

class QSqlError;

namespace rs {

namespace pgsession {

// The per-session time-outs: statements (30 s) and waits for locks (10 s); ROLESHEET_PG_STATEMENT_TIMEOUT_MS and
// ROLESHEET_PG_LOCK_TIMEOUT_MS override them. As statements, one text.
QString settings();
// The session's settings for a connection's start-up packet (libpq's `options`): the time-outs, and the date style,
// time zone and bytea output the values are read in, and prepared statements planned once. Set there, they cost no
// round trip after connecting. `genericPlans` false: without the plans' setting, for a server before PostgreSQL 12.
QString startupOptions(bool genericPlans = true);
// The setting that asks for generic plans.
inline constexpr char kGenericPlans[] = "plan_cache_mode";

// Taken by every writer of the workspace just before it raises the version (the version's row is the writers' lock):
// the writers wait in the server's queue of locks, where one commit wakes the next writer alone, instead of on the
// row, where every commit woke a waiter that then had to find the row's newest version and re-check its condition
// (at 16 writers the wait for the version's row took more of an apply than its own work). Held to the transaction's
// end. Not a lock another program's advisory locks can meet: the key is Rolesheet's own.
inline constexpr char kWritersQueue[] = "SELECT pg_advisory_xact_lock(1919251297, 1)";
// The statement and the lock time-outs, in milliseconds.
int statementTimeout();
int lockTimeout();

// One translated sentence for a server error whose SQLSTATE says why (time-out, lock wait, lost connection);
// empty for any other error.
QString reason(const QSqlError &error);

// A storage error: the message, followed by the reason when the server said why; the driver's text as detail.
Error storageError(const QString &message, const QSqlError &error);

} // namespace pgsession

} // namespace rs
