#include "SchemaLinks.h"

namespace rs::schemalinks {

// `base` holds the template's cells as "feature:levels" pairs (levels as the grants table's bits), by feature id,
// comma separated. A role without a row is unlinked and, if a template, at version 0: workspaces stored before this
// migration read as they did.
const char *const kStatements[] = {
    "CREATE TABLE role_links ("
    " role_id %ID% PRIMARY KEY REFERENCES roles(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " version INTEGER NOT NULL,"
    " template_id %ID% REFERENCES roles(id) DEFERRABLE INITIALLY DEFERRED,"
    " template_version INTEGER NOT NULL, follow INTEGER NOT NULL, base TEXT NOT NULL)",
    "CREATE INDEX role_links_template ON role_links(template_id)",
};

const int kCount = int(sizeof(kStatements) / sizeof(kStatements[0]));

} // namespace rs::schemalinks
