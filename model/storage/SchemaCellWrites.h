#pragma once

namespace rs::schemacellwrites {

// Schema migration (PostgreSQL only): writers of cells that hold the writers' lock only while the server works.
// - workspace_version keeps, beside the version, the last version a cells write made (quick_version) and the last
//   version any other write made (wide_version), the latter set by a trigger on every write that does not say it is
//   one of the former: nothing that writes the version can forget it.
// - rolesheet_append_cells() takes the writers' lock, refuses (serialization_failure) when any write but another
//   writer's cells came after the version the caller holds, raises the version, chains the records onto the trail as
//   the client would (auditstate::chainHash) and moves the trail's head: all of it in the server, in the statement
//   that takes the lock, so that the lock is held for no round trip. The rows of the cells are written and locked
//   before it. The last record holds what the write changed of the workspace's digest (Digest.h: a change, which
//   the client knows before the lock), not the digest summed anew: no arithmetic waits under the lock.
// - rolesheet_audit_hash() is the hash of one record, in SQL, from the parts the client frames before the lock and
//   the few the server fills in.
// The workspace's rows and their digest stay as they were; SQLite gets nothing (one writer at a time there).
extern const char *const kStatements[];
extern const int kCount;

} // namespace rs::schemacellwrites
