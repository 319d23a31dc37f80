#include "Schema.h"
#include "domain/Quoted.h"

#include "AuditState.h"
#include "SchemaLinks.h"
#include "SchemaDuties.h"
#include "SchemaApprovals.h"
#include "SchemaReviews.h"
#include "SchemaCellWrites.h"
#include "SchemaRoleNames.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rs {

namespace {

// Each migration is a list of statements. %ID% and %SERIAL% are replaced per dialect so that the same text runs on
// SQLite and PostgreSQL.
const char *const kMigration1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE sections (id %ID% PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL)",
    "CREATE TABLE features (id %ID% PRIMARY KEY,"
    " section_id %ID% NOT NULL REFERENCES sections(id) DEFERRABLE INITIALLY DEFERRED,"
    " name TEXT NOT NULL, position INTEGER NOT NULL, scope TEXT NOT NULL, categories INTEGER NOT NULL,"
    " owner_only INTEGER NOT NULL, rationale TEXT NOT NULL)",
    // SQLite resolves a reference when it is used; PostgreSQL needs the table first, so the cycle
    // members -> roles -> productions -> members is closed by a constraint added afterwards.
    "sqlite:CREATE TABLE members (id %ID% PRIMARY KEY, name TEXT NOT NULL,"
    " account_role_id %ID% REFERENCES roles(id) DEFERRABLE INITIALLY DEFERRED)",
    "pg:CREATE TABLE members (id %ID% PRIMARY KEY, name TEXT NOT NULL, account_role_id %ID%)",
    "CREATE TABLE productions (id %ID% PRIMARY KEY, name TEXT NOT NULL,"
    " created_by %ID% REFERENCES members(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED)",
    "CREATE TABLE roles (id %ID% PRIMARY KEY, name TEXT NOT NULL, scope TEXT NOT NULL, is_template INTEGER NOT NULL,"
    " built_in INTEGER NOT NULL,"
    " production_id %ID% REFERENCES productions(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " guardrails INTEGER NOT NULL, invited_only INTEGER NOT NULL, description TEXT NOT NULL)",
    "CREATE TABLE grants (role_id %ID% NOT NULL REFERENCES roles(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " feature_id %ID% NOT NULL REFERENCES features(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " levels INTEGER NOT NULL, PRIMARY KEY (role_id, feature_id))",
    "pg:ALTER TABLE members ADD CONSTRAINT members_account_role FOREIGN KEY (account_role_id) REFERENCES roles(id)"
    " DEFERRABLE INITIALLY DEFERRED",
    "CREATE TABLE seats ("
    " production_id %ID% NOT NULL REFERENCES productions(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " member_id %ID% NOT NULL REFERENCES members(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    " role_id %ID% NOT NULL REFERENCES roles(id) DEFERRABLE INITIALLY DEFERRED,"
    " PRIMARY KEY (production_id, member_id))",
    "CREATE INDEX grants_feature ON grants(feature_id)",
    "CREATE INDEX seats_member ON seats(member_id)",
    "CREATE INDEX seats_role ON seats(role_id)",
};

// Version 2: revisions for concurrent editors, unique names, and the audit trail.
const char *const kMigration2[] = {
    "ALTER TABLE roles ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE members ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE productions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE features ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "CREATE UNIQUE INDEX members_name ON members(name)",
    "CREATE UNIQUE INDEX productions_name ON productions(name)",
    "CREATE TABLE audit (id %SERIAL%, at TEXT NOT NULL, os_user TEXT NOT NULL, db_user TEXT NOT NULL,"
    " actor TEXT NOT NULL, summary TEXT NOT NULL, change TEXT NOT NULL)",
};

// Version 3: a workspace version every write bumps (what watchers and stale writers compare), and audit rows that
// say which entities they touched, with their state before and after.
const char *const kMigration3[] = {
    "CREATE TABLE workspace_version (id INTEGER PRIMARY KEY, version %ID% NOT NULL)",
    "INSERT INTO workspace_version (id, version) VALUES (1, 0)",
    "ALTER TABLE audit ADD COLUMN version %ID% NOT NULL DEFAULT 0",
    "ALTER TABLE audit ADD COLUMN subjects TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit ADD COLUMN before_state TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit ADD COLUMN after_state TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX audit_version ON audit(version)",
};

// Version 4: the rules the database itself can hold, so that a hand-written statement (psql, sqlite3, a script with
// the application's own credentials) cannot leave a workspace that every editor refuses to open.
//
// Exactly one owner. members.is_owner marks the Admin & owner; a partial unique index allows one such row at most.
// "At least one" cannot be an immediate check (a transfer passes through a moment with none), so it is a deferred
// foreign key, checked at commit on both engines: the single row of workspace_owner must point at a member whose
// is_owner is 1. Triggers keep is_owner in agreement with account_role_id being the built-in owner role (built_in =
// 1, BuiltIn::Owner), refuse deleting the workspace_owner row, and refuse adding members before it exists.
// Names are unique exactly as model/domain/Rules.cpp compares them: whole, case-sensitive, as stored (the model trims
// before storing). A case-insensitive rule would be stricter than the model, and lower() is ASCII-only on SQLite.
// Role names are unique per scope: templates among templates, account roles among account roles, production roles
// within their production, and a production role shared by all productions (production_id NULL, the built-in ones)
// against every production's roles (a trigger; an index cannot say it).
// What the database does not hold: name length and control characters (Rules counts characters as people do), the
// grid rules (guardrails, owner-only features, production-scoped grants), and on SQLite, the foreign keys themselves
// unless the connection turns them on (PRAGMA foreign_keys = ON, as every Rolesheet connection does; a bare sqlite3
// shell does not, and can then leave the workspace without an owner or with dangling references).
const char *const kMigration4[] = {
    "ALTER TABLE members ADD COLUMN is_owner INTEGER NOT NULL DEFAULT 0 CHECK (is_owner IN (0, 1))",
    "UPDATE members SET is_owner = 1 WHERE account_role_id IN (SELECT id FROM roles WHERE built_in = 1)",
    "CREATE UNIQUE INDEX members_one_owner ON members(is_owner) WHERE is_owner = 1",
    "CREATE UNIQUE INDEX members_owner_key ON members(id, is_owner)",
    "CREATE INDEX members_account_role ON members(account_role_id)",
    "CREATE TABLE workspace_owner (id INTEGER PRIMARY KEY CHECK (id = 1), member_id %ID% NOT NULL,"
    " is_owner INTEGER NOT NULL DEFAULT 1 CHECK (is_owner = 1),"
    " FOREIGN KEY (member_id, is_owner) REFERENCES members(id, is_owner) DEFERRABLE INITIALLY DEFERRED)",
    "INSERT INTO workspace_owner (id, member_id) SELECT 1, id FROM members WHERE is_owner = 1",
    "CREATE UNIQUE INDEX roles_built_in ON roles(built_in) WHERE built_in <> 0",
    "CREATE UNIQUE INDEX roles_template_name ON roles(name) WHERE is_template <> 0",
    "CREATE UNIQUE INDEX roles_account_name ON roles(name) WHERE is_template = 0 AND scope = 'account'",
    "CREATE UNIQUE INDEX roles_production_name ON roles(COALESCE(production_id, 0), name)"
    " WHERE is_template = 0 AND scope = 'production'",
    "CREATE UNIQUE INDEX sections_name ON sections(name)",
    "CREATE UNIQUE INDEX features_name ON features(name)",

    "sqlite:CREATE TRIGGER members_owner_insert BEFORE INSERT ON members"
    " WHEN NEW.is_owner IS NOT (CASE WHEN EXISTS (SELECT 1 FROM roles WHERE id = NEW.account_role_id AND built_in = 1)"
    " THEN 1 ELSE 0 END)"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: members.is_owner must be 1 exactly for the member whose account role"
    " is the Admin & owner; ownership changes hands only by a transfer'); END",
    "sqlite:CREATE TRIGGER members_owner_update BEFORE UPDATE OF account_role_id, is_owner ON members"
    " WHEN NEW.is_owner IS NOT (CASE WHEN EXISTS (SELECT 1 FROM roles WHERE id = NEW.account_role_id AND built_in = 1)"
    " THEN 1 ELSE 0 END)"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: members.is_owner must be 1 exactly for the member whose account role"
    " is the Admin & owner; ownership changes hands only by a transfer'); END",
    "sqlite:CREATE TRIGGER members_need_owner BEFORE INSERT ON members"
    " WHEN NOT EXISTS (SELECT 1 FROM workspace_owner)"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: a workspace names its Admin & owner in workspace_owner before it has"
    " members'); END",
    "sqlite:CREATE TRIGGER roles_owner_insert BEFORE INSERT ON roles"
    " WHEN EXISTS (SELECT 1 FROM members WHERE account_role_id = NEW.id"
    " AND is_owner <> (CASE WHEN NEW.built_in = 1 THEN 1 ELSE 0 END))"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: the Admin & owner role stays the role of the one owner'); END",
    "sqlite:CREATE TRIGGER roles_owner_update BEFORE UPDATE OF built_in ON roles"
    " WHEN OLD.built_in <> NEW.built_in AND EXISTS (SELECT 1 FROM members WHERE account_role_id = NEW.id"
    " AND is_owner <> (CASE WHEN NEW.built_in = 1 THEN 1 ELSE 0 END))"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: the Admin & owner role stays the role of the one owner'); END",
    "sqlite:CREATE TRIGGER roles_shared_name_insert BEFORE INSERT ON roles"
    " WHEN NEW.is_template = 0 AND NEW.scope = 'production' AND EXISTS (SELECT 1 FROM roles r WHERE r.id <> NEW.id"
    " AND r.is_template = 0 AND r.scope = 'production' AND r.name = NEW.name"
    " AND (r.production_id IS NULL) <> (NEW.production_id IS NULL))"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: a production already has a role of that name'); END",
    "sqlite:CREATE TRIGGER roles_shared_name_update BEFORE UPDATE OF name, scope, is_template, production_id ON roles"
    " WHEN NEW.is_template = 0 AND NEW.scope = 'production' AND EXISTS (SELECT 1 FROM roles r WHERE r.id <> NEW.id"
    " AND r.is_template = 0 AND r.scope = 'production' AND r.name = NEW.name"
    " AND (r.production_id IS NULL) <> (NEW.production_id IS NULL))"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: a production already has a role of that name'); END",
    "sqlite:CREATE TRIGGER workspace_owner_kept BEFORE DELETE ON workspace_owner"
    " BEGIN SELECT RAISE(ABORT, 'Rolesheet rule: the workspace keeps its Admin & owner'); END",

    "pg:CREATE FUNCTION rolesheet_member_rules() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM workspace_owner) THEN"
    " RAISE EXCEPTION 'Rolesheet rule: a workspace names its Admin & owner in workspace_owner before it has members'"
    " USING ERRCODE = 'check_violation'; END IF;"
    " IF NEW.is_owner IS DISTINCT FROM (CASE WHEN EXISTS (SELECT 1 FROM roles WHERE id = NEW.account_role_id"
    " AND built_in = 1) THEN 1 ELSE 0 END) THEN"
    " RAISE EXCEPTION 'Rolesheet rule: members.is_owner must be 1 exactly for the member whose account role is the"
    " Admin & owner; ownership changes hands only by a transfer' USING ERRCODE = 'check_violation'; END IF;"
    " RETURN NEW; END $$",
    "pg:CREATE TRIGGER members_rules BEFORE INSERT OR UPDATE OF account_role_id, is_owner ON members"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_member_rules()",
    "pg:CREATE FUNCTION rolesheet_owner_role_rules() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF EXISTS (SELECT 1 FROM members WHERE account_role_id = NEW.id"
    " AND is_owner <> (CASE WHEN NEW.built_in = 1 THEN 1 ELSE 0 END)) THEN"
    " RAISE EXCEPTION 'Rolesheet rule: the Admin & owner role stays the role of the one owner'"
    " USING ERRCODE = 'check_violation'; END IF;"
    " RETURN NEW; END $$",
    "pg:CREATE TRIGGER roles_owner_insert BEFORE INSERT ON roles"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_owner_role_rules()",
    "pg:CREATE TRIGGER roles_owner_update BEFORE UPDATE OF built_in ON roles"
    " FOR EACH ROW WHEN (OLD.built_in <> NEW.built_in) EXECUTE FUNCTION rolesheet_owner_role_rules()",
    "pg:CREATE FUNCTION rolesheet_shared_role_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF EXISTS (SELECT 1 FROM roles r WHERE r.id <> NEW.id AND r.is_template = 0 AND r.scope = 'production'"
    " AND r.name = NEW.name AND (r.production_id IS NULL) <> (NEW.production_id IS NULL)) THEN"
    " RAISE EXCEPTION 'Rolesheet rule: a production already has a role of that name'"
    " USING ERRCODE = 'unique_violation'; END IF;"
    " RETURN NEW; END $$",
    "pg:CREATE TRIGGER roles_shared_name BEFORE INSERT OR UPDATE OF name, scope, is_template, production_id ON roles"
    " FOR EACH ROW WHEN (NEW.is_template = 0 AND NEW.scope = 'production')"
    " EXECUTE FUNCTION rolesheet_shared_role_name()",
    "pg:CREATE FUNCTION rolesheet_owner_kept() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " RAISE EXCEPTION 'Rolesheet rule: the workspace keeps its Admin & owner' USING ERRCODE = 'check_violation';"
    " END $$",
    "pg:CREATE TRIGGER workspace_owner_kept BEFORE DELETE ON workspace_owner"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_owner_kept()",
    "pg:CREATE TRIGGER workspace_owner_not_truncated BEFORE TRUNCATE ON workspace_owner"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_owner_kept()",
};

// Before version 4 takes hold: data that already breaks one of its rules is refused with the rule it breaks, and the
// migration's transaction is rolled back whole.
Status checkBeforeVersion4(QSqlDatabase &db, Dialect dialect)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto refuse = [](const QString &why) {
        return Error::rule(QCoreApplication::translate(
            "rs::Schema", "The workspace cannot be upgraded, because it breaks a rule: %1 Nothing was changed.")
                               .arg(why));
    };
    const auto failed = [&q]() {
        return Error::storage(
            QCoreApplication::translate("rs::Schema", "The workspace could not be upgraded to schema %1.").arg(4),
            q.lastError().text());
    };
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM members), (SELECT COUNT(*) FROM members m JOIN roles r"
                               " ON r.id = m.account_role_id WHERE r.built_in = 1)"))
        || !q.next())
        return failed();
    const qint64 members = q.value(0).toLongLong();
    const int owners = q.value(1).toInt();
    if (members > 0 && owners != 1)
        return refuse(QCoreApplication::translate(
            "rs::Schema", "A workspace has exactly one Admin & owner; this one has %n.", nullptr, owners));
    struct Duplicate
    {
        const char *sql;
        const char *message;
    };
    static const Duplicate duplicates[] = {
        { "SELECT MIN(name) FROM roles WHERE built_in <> 0 GROUP BY built_in HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "The built-in role %1 exists more than once.") },
        { "SELECT name FROM sections GROUP BY name HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "Two sections are named %1.") },
        { "SELECT name FROM features GROUP BY name HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "Two features are named %1.") },
        { "SELECT name FROM members GROUP BY name HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "Two members are named %1.") },
        { "SELECT name FROM productions GROUP BY name HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "Two productions are named %1.") },
        { "SELECT name FROM roles WHERE is_template <> 0 GROUP BY name HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "Two templates are named %1.") },
        { "SELECT name FROM roles WHERE is_template = 0 AND scope = 'account' GROUP BY name HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "Two account roles are named %1.") },
        { "SELECT name FROM roles WHERE is_template = 0 AND scope = 'production'"
          " GROUP BY COALESCE(production_id, 0), name HAVING COUNT(*) > 1",
            QT_TRANSLATE_NOOP("rs::Schema", "A production has two roles named %1.") },
        { "SELECT a.name FROM roles a JOIN roles b ON a.name = b.name WHERE a.is_template = 0 AND b.is_template = 0"
          " AND a.scope = 'production' AND b.scope = 'production' AND a.production_id IS NULL"
          " AND b.production_id IS NOT NULL",
            QT_TRANSLATE_NOOP("rs::Schema", "A production has two roles named %1.") },
    };
    for (const Duplicate &d : duplicates) {
        if (!q.exec(QString::fromLatin1(d.sql)))
            return failed();
        if (q.next())
            return refuse(QCoreApplication::translate("rs::Schema", d.message).arg(quoted(q.value(0).toString())));
    }
    // PostgreSQL has held every foreign key from the start; a SQLite file may have been written by a connection that
    // did not turn them on.
    if (dialect == Dialect::SQLite) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return failed();
        if (q.next())
            return refuse(
                QCoreApplication::translate("rs::Schema", "A row of %1 refers to something that does not exist.")
                    .arg(q.value(0).toString()));
    }
    return {};
}

// Version 5: an append-only, tamper-evident audit trail. Each row gets a hash chained over the one before
// (auditstate::chainHash); %CODE% is where the rows already there get theirs. Then no row can be changed or removed:
// triggers refuse it on both engines; on PostgreSQL the table's privileges are taken away as well (the owner could
// give them back, or drop the triggers: README), and an insert trigger writes the server's time and login into every
// new row whatever the client sent.
const char *const kMigration5[] = {
    "ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT ''",
    "%CODE%",
    "sqlite:CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: its records cannot be changed.'); END",
    "sqlite:CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: its records cannot be removed.'); END",
    "pg:CREATE FUNCTION rolesheet_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " RAISE EXCEPTION 'The audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';"
    " END $$",
    "pg:CREATE TRIGGER audit_no_update_or_delete BEFORE UPDATE OR DELETE ON audit"
    " FOR EACH ROW EXECUTE FUNCTION rolesheet_audit_append_only()",
    "pg:CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit"
    " FOR EACH STATEMENT EXECUTE FUNCTION rolesheet_audit_append_only()",
    "pg:CREATE FUNCTION rolesheet_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
    " NEW.db_user := session_user; RETURN NEW; END $$",
    "pg:CREATE TRIGGER audit_stamp BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION rolesheet_audit_stamp()",
    "pg:REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM PUBLIC",
    "pg:REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM CURRENT_USER",
};

// Version 6: access that ends by itself. Instants are milliseconds since the epoch (UTC); NULL is open. A seat may
// start and end, an account role may end, a production may wrap (its seats without an end of their own end then).
// The workspace's time zone, an IANA id, is the meta row 'time_zone' (none: the system's).
const char *const kMigration6[] = {
    "ALTER TABLE seats ADD COLUMN starts_at %ID%",
    "ALTER TABLE seats ADD COLUMN ends_at %ID%",
    "ALTER TABLE members ADD COLUMN account_role_until %ID%",
    "ALTER TABLE productions ADD COLUMN wrap_at %ID%",
    "CREATE INDEX seats_ends_at ON seats(ends_at)",
};

// Version 9: the workspace's digest (Digest.h). The last record of every write carries the digest of every row of the
// workspace and its access reviews as that write left them; the migration records the digest of what is stored.
const char *const kMigration9[] = {
    "ALTER TABLE audit ADD COLUMN digest TEXT NOT NULL DEFAULT ''",
    "%CODE%",
};

struct Migration
{
    const char *const *statements;
    int count;
    // Run first, inside the migration's transaction: a refusal rolls the migration back.
    Status (*check)(QSqlDatabase &db, Dialect dialect) = nullptr;
    // What a %CODE% statement runs: a step SQL alone cannot take.
    Status (*code)(QSqlDatabase &db, Dialect dialect) = nullptr;
};

const Migration kMigrations[] = {
    { kMigration1, int(sizeof(kMigration1) / sizeof(kMigration1[0])) },
    { kMigration2, int(sizeof(kMigration2) / sizeof(kMigration2[0])) },
    { kMigration3, int(sizeof(kMigration3) / sizeof(kMigration3[0])) },
    { kMigration4, int(sizeof(kMigration4) / sizeof(kMigration4[0])), checkBeforeVersion4 },
    { kMigration5, int(sizeof(kMigration5) / sizeof(kMigration5[0])), nullptr, &auditstate::chainExisting },
    { kMigration6, int(sizeof(kMigration6) / sizeof(kMigration6[0])) },
    { schemareviews::kStatements, schemareviews::kCount },
    { schemareviews::kAppendOnly, schemareviews::kAppendOnlyCount },
    { kMigration9, int(sizeof(kMigration9) / sizeof(kMigration9[0])), nullptr, &auditstate::recordDigest },
    { schemalinks::kStatements, schemalinks::kCount },
    { schemaduties::kStatements, schemaduties::kCount },
    { schemaapprovals::kStatements, schemaapprovals::kCount },
    { schemarolenames::kStatements, schemarolenames::kCount },
    { schemacellwrites::kStatements, schemacellwrites::kCount },
};

// A statement for this dialect, or an empty string when it belongs to the other one.
QString dialectText(const char *statement, Dialect dialect)
{
    QString sql = QString::fromLatin1(statement);
    const QLatin1String sqliteOnly("sqlite:"), pgOnly("pg:");
    if (sql.startsWith(sqliteOnly)) {
        if (dialect != Dialect::SQLite)
            return {};
        sql = sql.mid(sqliteOnly.size());
    }
    if (sql.startsWith(pgOnly)) {
        if (dialect != Dialect::PostgreSQL)
            return {};
        sql = sql.mid(pgOnly.size());
    }
    if (dialect == Dialect::SQLite) {
        sql.replace(QLatin1String("%ID%"), QLatin1String("INTEGER"));
        sql.replace(QLatin1String("%SERIAL%"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    } else {
        sql.replace(QLatin1String("%ID%"), QLatin1String("BIGINT"));
        sql.replace(QLatin1String("%SERIAL%"), QLatin1String("BIGSERIAL PRIMARY KEY"));
        sql.replace(QLatin1String("revision INTEGER"), QLatin1String("revision BIGINT"));
    }
    return sql;
}

} // namespace

int Schema::latestVersion()
{
    return int(sizeof(kMigrations) / sizeof(kMigrations[0]));
}

Result<int> Schema::currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return db.tables().isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return Error::storage(
            QCoreApplication::translate("rs::Schema", "The workspace's schema version cannot be read."),
            storefiles::errorDetail(q.lastError()));
    return q.value(0).toInt();
}

Status Schema::migrate(QSqlDatabase &db, Dialect dialect, int target)
{
    if (target < 0)
        target = latestVersion();
    Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (current.value() < 0)
        return Error::badInput(QCoreApplication::translate(
            "rs::Schema", "The database holds other tables and is not a Rolesheet workspace."));
    if (current.value() > latestVersion())
        return Error::badInput(QCoreApplication::translate("rs::Schema",
            "The workspace was written by a newer Rolesheet (schema %1); this version reads up to "
            "schema %2.")
                                   .arg(current.value())
                                   .arg(latestVersion()));
    for (int version = current.value() + 1; version <= target; ++version) {
        // Another process may be upgrading the same workspace: take the writer's lock, then look again.
        QSqlQuery q(db);
        const bool began = dialect == Dialect::SQLite
            ? q.exec(QStringLiteral("BEGIN IMMEDIATE"))
            : q.exec(QStringLiteral("BEGIN")) && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(20260601)"));
        if (!began)
            return Error::storage(QCoreApplication::translate("rs::Schema", "The workspace could not be upgraded."),
                q.lastError().text());
        const Result<int> now = currentVersion(db);
        if (now && now.value() >= version) {
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        bool ok = true;
        if (version == 1)
            ok = q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT "
                                       "NOT NULL)"));
        const Migration &m = kMigrations[version - 1];
        Status code;
        if (ok && m.check) {
            if (Status s = m.check(db, dialect); !s) {
                q.exec(QStringLiteral("ROLLBACK"));
                return s;
            }
        }
        for (int i = 0; ok && i < m.count; ++i) {
            const QString sql = dialectText(m.statements[i], dialect);
            if (sql == QLatin1String("%CODE%"))
                ok = (code = m.code(db, dialect)).ok();
            else
                ok = sql.isEmpty() || q.exec(sql);
        }
        if (ok) {
            ok = q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            q.addBindValue(version);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            ok = ok && q.exec();
        }
        if (!ok) {
            const QString detail = code ? q.lastError().text() : code.error().detail;
            q.exec(QStringLiteral("ROLLBACK"));
            return Error::storage(
                QCoreApplication::translate("rs::Schema", "The workspace could not be upgraded to schema %1.")
                    .arg(version),
                detail);
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString detail = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return Error::storage(
                QCoreApplication::translate("rs::Schema", "The workspace could not be upgraded."), detail);
        }
    }
    return {};
}

} // namespace rs
