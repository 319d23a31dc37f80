#pragma once

namespace rs::schemarolenames {

// Schema migration: what the database's own rules look up for each row a large write inserts, indexed.
// - The rule that keeps a shared production role's name apart from every production's roles (a trigger on both
//   engines, schema 4) read the whole roles table for each role inserted; it now asks for a role of that name on
//   the other side (shared or not) and an index on name and production answers.
// - productions.created_by refers to a member: without an index, SQLite read every production for each member
//   inserted while a reference waits for the end of the transaction (as the whole workspace's write has them), and
//   both engines for each member removed.
// Indexes and triggers hold no rows of the workspace: its digest stays as it was.
extern const char *const kStatements[];
extern const int kCount;

} // namespace rs::schemarolenames
