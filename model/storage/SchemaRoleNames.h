#pragma once

namespace rs::schemarolenames {

// Schema migration: an index on the names of production roles, which the rule that keeps a shared production role's
// name apart from every production's roles (a trigger on both engines, schema 4) looks up for each role it checks.
// Without it, each role inserted read the whole roles table. Indexes hold no rows of the workspace: its digest stays
// as it was.
extern const char *const kStatements[];
extern const int kCount;

} // namespace rs::schemarolenames
