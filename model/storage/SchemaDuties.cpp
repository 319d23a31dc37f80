#include "SchemaDuties.h"

namespace rs::schemaduties {

// A rule keeps its cells as "feature id:level" lists, so that a renamed feature stays in its rules; an exception
// names its rule by name and its member by id, and is removed with its rule.
const char *const kStatements[] = {
    "CREATE TABLE duty_rules (name TEXT PRIMARY KEY, left_cells TEXT NOT NULL, left_all INTEGER NOT NULL,"
    " right_cells TEXT NOT NULL, right_all INTEGER NOT NULL, scope TEXT NOT NULL, severity TEXT NOT NULL,"
    " rationale TEXT NOT NULL)",
    "CREATE TABLE duty_exceptions (id %SERIAL%, member_id %ID% NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL,"
    " granted_by TEXT NOT NULL, granted_at TEXT NOT NULL, until TEXT NOT NULL)",
};

const int kCount = int(sizeof(kStatements) / sizeof(kStatements[0]));

} // namespace rs::schemaduties
