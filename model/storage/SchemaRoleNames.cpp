#include "SchemaRoleNames.h"

namespace rs::schemarolenames {

// The trigger's condition (is_template = 0 AND scope = 'production' AND name = NEW.name) as the index's: the same
// terms, so that both engines take the partial index for it.
const char *const kStatements[] = {
    "CREATE INDEX roles_production_role_name ON roles(name) WHERE is_template = 0 AND scope = 'production'",
};

const int kCount = int(sizeof(kStatements) / sizeof(kStatements[0]));

} // namespace rs::schemarolenames
