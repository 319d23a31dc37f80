#include "SchemaApprovals.h"

namespace rs::schemaapprovals {

// A request keeps the names of the members as they were; its change sets are the canonical JSON its hashes cover.
// approval_steps holds at most one row per request (its primary key): a request is applied or withdrawn once.
const char *const kStatements[] = {
    "CREATE TABLE approval_requests (id %SERIAL%, requester_id %ID% NOT NULL, requester_name TEXT NOT NULL,"
    " requester_login TEXT NOT NULL, reason TEXT NOT NULL, filed_at TEXT NOT NULL, break_glass INTEGER NOT NULL)",
    "CREATE TABLE approval_revisions (request_id %ID% NOT NULL REFERENCES approval_requests(id),"
    " revision INTEGER NOT NULL, changes TEXT NOT NULL, base_version %ID% NOT NULL, hash TEXT NOT NULL,"
    " at TEXT NOT NULL, PRIMARY KEY (request_id, revision))",
    "CREATE TABLE approval_votes (seq %SERIAL%, request_id %ID% NOT NULL REFERENCES approval_requests(id),"
    " member_id %ID% NOT NULL, member_name TEXT NOT NULL, login TEXT NOT NULL,"
    " verdict TEXT NOT NULL CHECK (verdict IN ('approve', 'deny')), comment TEXT NOT NULL, at TEXT NOT NULL,"
    " hash TEXT NOT NULL)",
    "CREATE TABLE approval_steps (request_id %ID% PRIMARY KEY REFERENCES approval_requests(id),"
    " step TEXT NOT NULL CHECK (step IN ('applied', 'withdrawn')), at TEXT NOT NULL, by_name TEXT NOT NULL,"
    " login TEXT NOT NULL, version %ID% NOT NULL)",

    "sqlite:CREATE TRIGGER approval_votes_not_own BEFORE INSERT ON approval_votes"
    " WHEN NEW.member_id = (SELECT requester_id FROM approval_requests WHERE id = NEW.request_id)"
    " BEGIN SELECT RAISE(ABORT, 'Nobody approves or denies their own request.'); END",
    "sqlite:CREATE TRIGGER approval_votes_on_current BEFORE INSERT ON approval_votes"
    " WHEN NEW.hash IS NOT (SELECT hash FROM approval_revisions WHERE request_id = NEW.request_id"
    " ORDER BY revision DESC LIMIT 1)"
    " BEGIN SELECT RAISE(ABORT, 'A vote is given on the request''s current change set and its hash.'); END",
    "sqlite:CREATE TRIGGER approval_requests_no_update BEFORE UPDATE ON approval_requests"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER approval_requests_no_delete BEFORE DELETE ON approval_requests"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be removed.'); END",
    "sqlite:CREATE TRIGGER approval_revisions_no_update BEFORE UPDATE ON approval_revisions"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER approval_revisions_no_delete BEFORE DELETE ON approval_revisions"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be removed.'); END",
    "sqlite:CREATE TRIGGER approval_votes_no_update BEFORE UPDATE ON approval_votes"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER approval_votes_no_delete BEFORE DELETE ON approval_votes"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be removed.'); END",
    "sqlite:CREATE TRIGGER approval_steps_no_update BEFORE UPDATE ON approval_steps"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be changed.'); END",
    "sqlite:CREATE TRIGGER approval_steps_no_delete BEFORE DELETE ON approval_steps"
    " BEGIN SELECT RAISE(ABORT, 'Approval records are append-only: they cannot be removed.'); END",

    // The server, not the program, says who filed and who voted: the login of the session.
    "pg:CREATE FUNCTION rolesheet_approval_request_login() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " NEW.requester_login := session_user; RETURN NEW; END $$",
    "pg:CREATE TRIGGER approval_requests_login BEFORE INSERT ON approval_requests"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_approval_request_login()",
    "pg:CREATE FUNCTION rolesheet_approval_vote() RETURNS trigger LANGUAGE plpgsql AS $$"
    " DECLARE requester TEXT; requester_member BIGINT; current_hash TEXT; BEGIN"
    " NEW.login := session_user;"
    " SELECT requester_login, requester_id INTO requester, requester_member FROM approval_requests"
    " WHERE id = NEW.request_id;"
    " IF requester = NEW.login OR requester_member = NEW.member_id THEN"
    " RAISE EXCEPTION 'Nobody approves or denies their own request (login %).', NEW.login"
    " USING ERRCODE = 'check_violation'; END IF;"
    " SELECT hash INTO current_hash FROM approval_revisions WHERE request_id = NEW.request_id"
    " ORDER BY revision DESC LIMIT 1;"
    " IF current_hash IS DISTINCT FROM NEW.hash THEN"
    " RAISE EXCEPTION 'A vote is given on the request''s current change set and its hash.'"
    " USING ERRCODE = 'check_violation'; END IF;"
    " RETURN NEW; END $$",
    "pg:CREATE TRIGGER approval_votes_checked BEFORE INSERT ON approval_votes"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_approval_vote()",
    "pg:CREATE FUNCTION rolesheet_approval_step_login() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " NEW.login := session_user; RETURN NEW; END $$",
    "pg:CREATE TRIGGER approval_steps_login BEFORE INSERT ON approval_steps"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_approval_step_login()",
    "pg:CREATE FUNCTION rolesheet_approval_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " RAISE EXCEPTION 'Approval records are append-only: % refused', TG_OP"
    " USING ERRCODE = 'insufficient_privilege'; END $$",
    "pg:CREATE TRIGGER approval_requests_append_only BEFORE UPDATE OR DELETE ON approval_requests"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_approval_append_only()",
    "pg:CREATE TRIGGER approval_revisions_append_only BEFORE UPDATE OR DELETE ON approval_revisions"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_approval_append_only()",
    "pg:CREATE TRIGGER approval_votes_append_only BEFORE UPDATE OR DELETE ON approval_votes"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_approval_append_only()",
    "pg:CREATE TRIGGER approval_steps_append_only BEFORE UPDATE OR DELETE ON approval_steps"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_approval_append_only()",
    "pg:CREATE TRIGGER approval_tables_not_truncated BEFORE TRUNCATE ON approval_votes"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_approval_append_only()",
    "pg:REVOKE UPDATE, DELETE, TRUNCATE ON approval_requests, approval_revisions, approval_votes, approval_steps"
    " FROM PUBLIC",
};

const int kCount = int(sizeof(kStatements) / sizeof(kStatements[0]));

} // namespace rs::schemaapprovals
