#pragma once

class QString;

namespace rs::bench {

// The editor against the PostgreSQL server of the storage tests' fixture (tests/storage/postgres-fixture.sh), reached
// through a loopback proxy that delays everything 100 ms each way. Prints the longest time the UI thread was blocked
// while opening the studio workspace, applying a change and reloading after another editor's change, and the time to
// a painted window beside a bare Qt window's. `pgState`: the fixture's state folder (its url and pgpass files).
// Returns 0 when it measured, 2 when it could not.
int runServerStalls(const QString &pgState);

} // namespace rs::bench
