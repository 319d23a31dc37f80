#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

namespace rs {

// The SQL dialects the store speaks; the schema text differs only in a few column types.
enum class Dialect { SQLite, PostgreSQL };

// Numbered schema migrations, recorded in the database's schema_migrations table.
class Schema
{
public:
    // The newest schema this build knows.
    static int latestVersion();
    // The version recorded in the database: 0 for an empty database.
    static Result<int> currentVersion(QSqlDatabase &db);
    // Brings the database up to `target` (default: the latest), each migration in its own transaction.
    static Status migrate(QSqlDatabase &db, Dialect dialect, int target = -1);
};

} // namespace rs
