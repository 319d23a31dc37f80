#pragma once

#include <QString>

namespace rs::location {

// Whether a location names a PostgreSQL server (a postgresql:// or postgres:// address) rather than a SQLite file.
bool isServer(const QString &location);
// The file a new user's workspace goes to: workspace.rolesheet in the application's data folder.
QString defaultFile();
// The operating-system login running this program ($USER, $LOGNAME, $USERNAME, else the password database).
QString osUser();

} // namespace rs::location
