#pragma once

// The file side of a SQLite workspace: what is checked before SQLite may touch a file, how a file is opened without
// writing, and storage errors told in words a person understands.
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace rs::storefiles {

// PRAGMA application_id of every workspace: "ROLE".
constexpr quint32 kApplicationId = 0x524F4C45;

// A storage error that says what happened (no permission, disk full, busy, damaged…), with the engine's code and
// text kept as the detail for logs. `fallback` is the message when the cause is none of those.
Error sqlError(const QSqlError &error, const QString &fallback, const QString &location = {});
// The engine's code and text of a failed statement, for an error's detail: "<driver text> <code>: <database text>".
QString errorDetail(const QSqlError &error);

// Checks the header of a file that claims to be a workspace before SQLite is let near it: not empty, an SQLite
// database, not cut short, and not marked as another program's. A file this process already holds open through
// SQLite (heldOpen) is not read again: closing a second descriptor on it would drop every POSIX lock the process
// holds on it, and without its shared lock another process takes the workspace for its own, checkpoints and deletes
// the log and shared memory under the open connections, and each side then loses the other's writes.
Status checkHeader(const QString &path);

// Tells that the SQLite connection `connection` holds the file at `path` open, until letGo(connection).
void holdOpen(const QString &connection, const QString &path);
void letGo(const QString &connection);
// Whether a connection of this process holds the file at `path` (the same file, by device and inode) open.
bool heldOpen(const QString &path);

// Whether a new workspace may be built at `path`: no dangling link there, no leftover log or journal of an earlier
// workspace beside it, no stale or concurrent half-built file.
Status checkCreatable(const QString &path);

// Checks every reference between the rows of a workspace written with SQLite's foreign keys off (a new file is
// built so): an error naming the first row that names a row that is not there.
Status checkReferences(const QSqlDatabase &db, const QString &location);

// Writes what the file at `path` holds through to the disk (fsync); false when it cannot.
bool syncToDisk(const QString &path);

// Sets up `db` to read the file at `path` without writing anything, not even a log or shared-memory file: read-only,
// and immutable while no log or journal exists beside it (an existing log is read as SQLite always does).
void configureReadOnly(QSqlDatabase &db, const QString &path);

// Looks at the file through a read-only connection and recognises it as a workspace by its application id or, for
// workspaces written before they carried one, by its own schema: the tables and columns of the schema version it
// records. The schema version, or the reason it is not a workspace this build can open.
Result<int> recognise(const QString &path);

} // namespace rs::storefiles
