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

} // namespace rs::schemareviews
