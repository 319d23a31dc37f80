#include "Schema.h"

#include "AuditState.h"

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

// Version 4 comes from the database constraints, merged separately; until then it changes nothing.
const char *const kMigration4[] = { "" };

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

struct Migration
{
    const char *const *statements;
    int count;
    // What a %CODE% statement runs: a step SQL alone cannot take.
    Status (*code)(QSqlDatabase &db, Dialect dialect) = nullptr;
};

const Migration kMigrations[] = {
    { kMigration1, int(sizeof(kMigration1) / sizeof(kMigration1[0])) },
    { kMigration2, int(sizeof(kMigration2) / sizeof(kMigration2[0])) },
    { kMigration3, int(sizeof(kMigration3) / sizeof(kMigration3[0])) },
    { kMigration4, int(sizeof(kMigration4) / sizeof(kMigration4[0])) },
    { kMigration5, int(sizeof(kMigration5) / sizeof(kMigration5[0])), &auditstate::chainExisting },
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
            q.lastError().text());
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
