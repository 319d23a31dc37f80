#include "SchemaCellWrites.h"

namespace rs::schemacellwrites {

// A field of a record's hash: its length in UTF-8 bytes, ':', the bytes, a line feed (FieldHash.h).
#define RS_FIELD(value)                                                                                                \
    " || convert_to(octet_length(convert_to(coalesce(" value ", ''), 'UTF8'))::text || ':', 'UTF8')"                   \
    " || convert_to(coalesce(" value ", ''), 'UTF8') || decode('0a', 'hex')"

const char *const kStatements[] = {
    "pg:ALTER TABLE workspace_version ADD COLUMN wide_version BIGINT NOT NULL DEFAULT 0",
    "pg:ALTER TABLE workspace_version ADD COLUMN quick_version BIGINT NOT NULL DEFAULT 0",
    "pg:UPDATE workspace_version SET wide_version = version",
    // A write that does not set quick_version to the version it writes is a wide one.
    "pg:CREATE FUNCTION rolesheet_version_kind() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " NEW.wide_version := NEW.version; RETURN NEW; END $$",
    "pg:CREATE TRIGGER workspace_version_kind BEFORE INSERT OR UPDATE ON workspace_version"
    " FOR EACH ROW WHEN (NEW.quick_version IS DISTINCT FROM NEW.version)"
    " EXECUTE FUNCTION rolesheet_version_kind()",
    // The server's time and login written into every record (schema 5) by the trigger only when the row does not
    // hold them already, as the cells writer's rows do: the same values, without a call per record under the lock.
    "pg:DROP TRIGGER audit_stamp ON audit",
    "pg:CREATE TRIGGER audit_stamp BEFORE INSERT ON audit FOR EACH ROW WHEN (NEW.db_user IS DISTINCT FROM"
    " session_user OR NEW.at IS DISTINCT FROM to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'))"
    " EXECUTE FUNCTION rolesheet_audit_stamp()",

    // One record's hash (auditstate::chainHash): SHA-256 of the version line, then each field as its length in
    // UTF-8 bytes, ':', the bytes and a line feed; the digest last, and only when there is one. The fields from the
    // actor on come framed so from the client (auditstate::hashTail), which has them before the lock is taken: the
    // server frames the few it fills in itself. One expression, which the server writes into the statement that
    // calls it (so STABLE, as convert_to() is: an SQL function that is not inlined is planned again at every call).
    "pg:CREATE FUNCTION rolesheet_audit_hash(p_previous text, p_id bigint, p_version bigint, p_at text,"
    " p_os_user text, p_db_user text, p_tail text, p_digest text) RETURNS text LANGUAGE sql STABLE AS $$"
    " SELECT encode(sha256(convert_to(CASE WHEN coalesce(p_digest, '') = '' THEN 'rolesheet-audit-1' ELSE"
    " 'rolesheet-audit-2' END, 'UTF8') || decode('0a', 'hex')" RS_FIELD("p_previous") RS_FIELD("p_id::text")
        RS_FIELD("p_version::text") RS_FIELD("p_at") RS_FIELD("p_os_user")
            RS_FIELD("p_db_user") " || convert_to(coalesce(p_tail, ''), 'UTF8')"
                                  " || CASE WHEN coalesce(p_digest, '') = '' THEN ''::bytea ELSE ''::bytea" RS_FIELD(
                                      "p_digest") " END), 'hex') $$",

    // The lock, the check, the version, the digest, the records and the head, as Store's other writers do them, in
    // as few statements as they take: each is planned once per connection, and all of them run under the lock.
    "pg:CREATE FUNCTION rolesheet_append_cells(p_known bigint, p_delta text, p_os_user text, p_actor text,"
    " p_summaries text[], p_subjects text[], p_changes text[], p_befores text[], p_afters text[], p_tails text[])"
    " RETURNS bigint LANGUAGE plpgsql AS $$"
    " DECLARE v bigint; recorded boolean; previous text; n int := coalesce(array_length(p_summaries, 1), 0);"
    " BEGIN"
    " IF n = 0 OR coalesce(array_length(p_subjects, 1), 0) <> n OR coalesce(array_length(p_changes, 1), 0) <> n"
    " OR coalesce(array_length(p_befores, 1), 0) <> n OR coalesce(array_length(p_afters, 1), 0) <> n"
    " OR coalesce(array_length(p_tails, 1), 0) <> n THEN"
    " RAISE EXCEPTION 'Rolesheet: records without their parts' USING ERRCODE = 'invalid_parameter_value'; END IF;"
    " PERFORM pg_advisory_xact_lock(1919251297, 1);"
    " UPDATE workspace_version SET version = version + 1, quick_version = version + 1"
    " WHERE id = 1 AND wide_version <= p_known AND version >= p_known"
    " RETURNING version, pg_notify('rolesheet_changed', version::text) IS NULL INTO v;"
    " SELECT EXISTS (SELECT 1 FROM audit a WHERE a.digest <> ''),"
    " (SELECT a.hash FROM audit a ORDER BY a.id DESC LIMIT 1) INTO recorded, previous;"
    " IF v IS NULL OR NOT recorded OR left(p_delta, 25) <> 'rolesheet-digest-change-1' THEN"
    " RAISE EXCEPTION 'Rolesheet: another write came first' USING ERRCODE = 'serialization_failure'; END IF;"
    " FOR i IN 1..n LOOP"
    " INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, change, before_state,"
    " after_state, hash, digest)"
    " SELECT r.id, v, r.at, coalesce(p_os_user, ''), session_user, coalesce(p_actor, ''), coalesce(p_summaries[i], ''),"
    " coalesce(p_subjects[i], ''), coalesce(p_changes[i], ''), coalesce(p_befores[i], ''), coalesce(p_afters[i], ''),"
    " rolesheet_audit_hash(coalesce(nullif(previous, ''), repeat('0', 64)), r.id, v, r.at, p_os_user, session_user,"
    " p_tails[i], r.digest), r.digest"
    " FROM (SELECT nextval(pg_get_serial_sequence('audit', 'id')) AS id,"
    " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') AS at,"
    " CASE WHEN i = n THEN p_delta ELSE '' END AS digest) AS r"
    " RETURNING hash INTO previous;"
    " END LOOP;"
    " INSERT INTO meta (key, value) VALUES ('audit_head', previous)"
    " ON CONFLICT (key) DO UPDATE SET value = excluded.value;"
    " RETURN v; END $$",
};

#undef RS_FIELD

const int kCount = int(sizeof(kStatements) / sizeof(kStatements[0]));

} // namespace rs::schemacellwrites
