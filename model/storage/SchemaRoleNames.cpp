#include "SchemaRoleNames.h"

namespace rs::schemarolenames {

// The rule as before: no production role may share its name with a role on the other side (a role of one production
// against a shared one, production_id NULL, and the reverse). Said as two lookups, one for each side, so that the
// index answers each: (r.production_id IS NULL) <> (NEW.production_id IS NULL) can be told only row by row.
#define RS_SHARED_NAME_CLASH                                                                                           \
    "((NEW.production_id IS NOT NULL AND EXISTS (SELECT 1 FROM roles r WHERE r.is_template = 0"                       \
    " AND r.scope = 'production' AND r.name = NEW.name AND r.production_id IS NULL AND r.id <> NEW.id))"               \
    " OR (NEW.production_id IS NULL AND EXISTS (SELECT 1 FROM roles r WHERE r.is_template = 0"                         \
    " AND r.scope = 'production' AND r.name = NEW.name AND r.production_id IS NOT NULL AND r.id <> NEW.id)))"

const char *const kStatements[] = {
    "CREATE INDEX roles_production_role_name ON roles(name, production_id)"
    " WHERE is_template = 0 AND scope = 'production'",
    "CREATE INDEX productions_created_by ON productions(created_by)",

    "sqlite:DROP TRIGGER roles_shared_name_insert",
    "sqlite:DROP TRIGGER roles_shared_name_update",
    "sqlite:CREATE TRIGGER roles_shared_name_insert BEFORE INSERT ON roles"
    " WHEN NEW.is_template = 0 AND NEW.scope = 'production' AND " RS_SHARED_NAME_CLASH
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: a production already has a role of that name'); END",
    "sqlite:CREATE TRIGGER roles_shared_name_update BEFORE UPDATE OF name, scope, is_template, production_id ON roles"
    " WHEN NEW.is_template = 0 AND NEW.scope = 'production' AND " RS_SHARED_NAME_CLASH
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: a production already has a role of that name'); END",

    // The trigger (roles_shared_name) calls the function by name and keeps its own condition.
    "pg:CREATE OR REPLACE FUNCTION rolesheet_shared_role_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF " RS_SHARED_NAME_CLASH " THEN"
    " RAISE EXCEPTION 'Rolesheet rule: a production already has a role of that name'"
    " USING ERRCODE = 'unique_violation'; END IF;"
    " RETURN NEW; END $$",
};

#undef RS_SHARED_NAME_CLASH

const int kCount = int(sizeof(kStatements) / sizeof(kStatements[0]));

} // namespace rs::schemarolenames
