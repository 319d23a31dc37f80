#include "SchemaReviews.h"

namespace rs::schemareviews {

// Campaigns keep the names of what they reviewed as they were, so they hold no reference to members, productions or
// roles: a campaign outlives the access it reviewed. Items are frozen when a campaign starts: triggers refuse any
// change to them on both engines. Decisions are one row per item, written on their own, so that reviewers working at
// once never overwrite each other's rows.
const char *const kStatements[] = {
    "CREATE TABLE review_campaigns (id %SERIAL%, name TEXT NOT NULL, scope TEXT NOT NULL,"
    " scope_id %ID% NOT NULL, scope_name TEXT NOT NULL, due TEXT NOT NULL, delta INTEGER NOT NULL,"
    " follows %ID% REFERENCES review_campaigns(id), started_at TEXT NOT NULL, started_by TEXT NOT NULL,"
    " started_version %ID% NOT NULL, item_count INTEGER NOT NULL, items_hash TEXT NOT NULL,"
    " closed_at TEXT NOT NULL DEFAULT '', closed_by TEXT NOT NULL DEFAULT '', applied_version %ID%)",
    "CREATE UNIQUE INDEX review_campaigns_name ON review_campaigns(name)",
    "CREATE TABLE review_reviewers (campaign_id %ID% NOT NULL REFERENCES review_campaigns(id),"
    " member_id %ID% NOT NULL, member_name TEXT NOT NULL, PRIMARY KEY (campaign_id, member_id))",
    "CREATE TABLE review_items (campaign_id %ID% NOT NULL REFERENCES review_campaigns(id), item INTEGER NOT NULL,"
    " kind TEXT NOT NULL, member_id %ID% NOT NULL, member_name TEXT NOT NULL, production_id %ID% NOT NULL,"
    " production_name TEXT NOT NULL, role_id %ID% NOT NULL, role_name TEXT NOT NULL, reaches_all INTEGER NOT NULL,"
    " starts TEXT NOT NULL, ends TEXT NOT NULL, grants TEXT NOT NULL, feature_names TEXT NOT NULL,"
    " PRIMARY KEY (campaign_id, item))",
    "CREATE TABLE review_decisions (campaign_id %ID% NOT NULL, item INTEGER NOT NULL, decision TEXT NOT NULL,"
    " end_date TEXT NOT NULL, comment TEXT NOT NULL, decided_by TEXT NOT NULL, actor TEXT NOT NULL,"
    " decided_at TEXT NOT NULL, outcome TEXT NOT NULL DEFAULT '', PRIMARY KEY (campaign_id, item),"
    " FOREIGN KEY (campaign_id, item) REFERENCES review_items(campaign_id, item))",
    "sqlite:CREATE TRIGGER review_items_frozen BEFORE UPDATE ON review_items"
    " BEGIN SELECT RAISE(ABORT, 'Review items are frozen when their campaign starts.'); END",
    "sqlite:CREATE TRIGGER review_items_kept BEFORE DELETE ON review_items"
    " BEGIN SELECT RAISE(ABORT, 'Review items are frozen when their campaign starts.'); END",
    "pg:CREATE FUNCTION rolesheet_review_items_frozen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " RAISE EXCEPTION 'Review items are frozen when their campaign starts.' USING ERRCODE = 'check_violation';"
    " END $$",
    "pg:CREATE TRIGGER review_items_frozen BEFORE UPDATE OR DELETE ON review_items"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_review_items_frozen()",
};

const int kCount = int(sizeof(kStatements) / sizeof(kStatements[0]));

// Version 8. The rows already there are carried over: each decision as the one row of its item (marked `migrated`,
// as it was decided before decisions were bound to the audit trail), each outcome and each closing as a row of its
// own; the reviewers a campaign started with are its assignment 0. review_campaigns keeps its closed_* columns for
// the campaigns closed before; nothing writes them any more. Then no review row can be changed or removed: triggers
// refuse it on both engines, and on PostgreSQL the privileges are taken away as for the audit trail (migration 5),
// all but UPDATE of the key columns that foreign keys lock.
const char *const kAppendOnly[] = {
    "CREATE TABLE review_decision_log (seq %SERIAL%, campaign_id %ID% NOT NULL, item INTEGER NOT NULL,"
    " decision TEXT NOT NULL, end_date TEXT NOT NULL, comment TEXT NOT NULL, decided_by TEXT NOT NULL,"
    " member_id %ID% NOT NULL, actor TEXT NOT NULL, decided_at TEXT NOT NULL, migrated INTEGER NOT NULL DEFAULT 0,"
    " FOREIGN KEY (campaign_id, item) REFERENCES review_items(campaign_id, item))",
    "INSERT INTO review_decision_log (campaign_id, item, decision, end_date, comment, decided_by, member_id, actor,"
    " decided_at, migrated) SELECT campaign_id, item, decision, end_date, comment, decided_by, 0, actor, decided_at, 1"
    " FROM review_decisions ORDER BY campaign_id, item",
    "CREATE TABLE review_outcomes (campaign_id %ID% NOT NULL, item INTEGER NOT NULL, outcome TEXT NOT NULL,"
    " PRIMARY KEY (campaign_id, item), FOREIGN KEY (campaign_id, item) REFERENCES review_items(campaign_id, item))",
    "INSERT INTO review_outcomes (campaign_id, item, outcome) SELECT campaign_id, item, outcome FROM review_decisions"
    " WHERE outcome <> ''",
    "DROP TABLE review_decisions",
    "ALTER TABLE review_decision_log RENAME TO review_decisions",
    "CREATE INDEX review_decisions_item ON review_decisions(campaign_id, item, seq)",
    "CREATE TABLE review_closings (campaign_id %ID% PRIMARY KEY REFERENCES review_campaigns(id),"
    " closed_at TEXT NOT NULL, closed_by TEXT NOT NULL, applied_version %ID% NOT NULL, evidence_hash TEXT NOT NULL)",
    "INSERT INTO review_closings (campaign_id, closed_at, closed_by, applied_version, evidence_hash)"
    " SELECT id, closed_at, closed_by, COALESCE(applied_version, 0), '' FROM review_campaigns WHERE closed_at <> ''",
    "CREATE TABLE review_reviewer_rounds (campaign_id %ID% NOT NULL REFERENCES review_campaigns(id),"
    " assignment INTEGER NOT NULL, member_id %ID% NOT NULL, member_name TEXT NOT NULL,"
    " PRIMARY KEY (campaign_id, assignment, member_id))",
    "INSERT INTO review_reviewer_rounds (campaign_id, assignment, member_id, member_name)"
    " SELECT campaign_id, 0, member_id, member_name FROM review_reviewers",
    "DROP TABLE review_reviewers",
    "ALTER TABLE review_reviewer_rounds RENAME TO review_reviewers",

    "sqlite:CREATE TRIGGER review_campaigns_no_update BEFORE UPDATE ON review_campaigns"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER review_campaigns_no_delete BEFORE DELETE ON review_campaigns"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be removed.'); END",
    "sqlite:CREATE TRIGGER review_reviewers_no_update BEFORE UPDATE ON review_reviewers"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER review_reviewers_no_delete BEFORE DELETE ON review_reviewers"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be removed.'); END",
    "sqlite:CREATE TRIGGER review_decisions_no_update BEFORE UPDATE ON review_decisions"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER review_decisions_no_delete BEFORE DELETE ON review_decisions"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be removed.'); END",
    "sqlite:CREATE TRIGGER review_outcomes_no_update BEFORE UPDATE ON review_outcomes"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER review_outcomes_no_delete BEFORE DELETE ON review_outcomes"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be removed.'); END",
    "sqlite:CREATE TRIGGER review_closings_no_update BEFORE UPDATE ON review_closings"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER review_closings_no_delete BEFORE DELETE ON review_closings"
    " BEGIN SELECT RAISE(ABORT, 'Access review records are append-only: they cannot be removed.'); END",

    "pg:CREATE FUNCTION rolesheet_review_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " RAISE EXCEPTION 'Access review records are append-only: % refused', TG_OP"
    " USING ERRCODE = 'insufficient_privilege'; END $$",
    "pg:CREATE TRIGGER review_campaigns_append_only BEFORE UPDATE OR DELETE ON review_campaigns"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_reviewers_append_only BEFORE UPDATE OR DELETE ON review_reviewers"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_decisions_append_only BEFORE UPDATE OR DELETE ON review_decisions"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_outcomes_append_only BEFORE UPDATE OR DELETE ON review_outcomes"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_closings_append_only BEFORE UPDATE OR DELETE ON review_closings"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_campaigns_not_truncated BEFORE TRUNCATE ON review_campaigns"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_reviewers_not_truncated BEFORE TRUNCATE ON review_reviewers"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_items_not_truncated BEFORE TRUNCATE ON review_items"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_decisions_not_truncated BEFORE TRUNCATE ON review_decisions"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_outcomes_not_truncated BEFORE TRUNCATE ON review_outcomes"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:CREATE TRIGGER review_closings_not_truncated BEFORE TRUNCATE ON review_closings"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_review_append_only()",
    "pg:REVOKE UPDATE, DELETE, TRUNCATE ON review_campaigns, review_reviewers, review_items, review_decisions,"
    " review_outcomes, review_closings FROM PUBLIC",
    "pg:REVOKE UPDATE, DELETE, TRUNCATE ON review_campaigns, review_reviewers, review_items, review_decisions,"
    " review_outcomes, review_closings FROM CURRENT_USER",
    // A foreign key's check locks the row it refers to (FOR KEY SHARE), as the referenced table's owner, which needs
    // UPDATE on a column: only the key columns get it back, and the triggers above still refuse any UPDATE.
    "pg:GRANT UPDATE (id) ON review_campaigns TO CURRENT_USER",
    "pg:GRANT UPDATE (campaign_id, item) ON review_items TO CURRENT_USER",
};

const int kAppendOnlyCount = int(sizeof(kAppendOnly) / sizeof(kAppendOnly[0]));

} // namespace rs::schemareviews
