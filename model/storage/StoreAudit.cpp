// The audit trail: its hash chain (appending, chaining old rows, verifying), reading it, and the conflict check that
// names who changed what.
#include "Store.h"

#include "AuditState.h"
#include "StatementCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

namespace {

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name.left(60));
}

bool sameExceptGrants(const Role &a, const Role &b)
{
    return a.name == b.name && a.scope == b.scope && a.isTemplate == b.isTemplate && a.builtIn == b.builtIn
        && a.production == b.production && a.guardrails == b.guardrails && a.invitedOnly == b.invitedOnly
        && a.description == b.description;
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The columns of a row as the chain covers them, then the stored hash (index 11).
const char kChainColumns[]
    = "SELECT id, version, at, os_user, db_user, actor, summary, subjects, change, before_state, "
      "after_state, hash FROM audit ORDER BY id";

auditstate::StoredAuditRow storedRow(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
        q.value(8).toString(), q.value(9).toString(), q.value(10).toString() };
}

Error saveFailed(const QSqlQuery &q)
{
    return Error::storage(
        QCoreApplication::translate("rs::Store", "The workspace could not be saved."), q.lastError().text());
}

// The hash of the last record, kept beside the trail: a record removed from its end is found by it.
Status writeHead(QSqlQuery &q, const QString &hash)
{
    if (!q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE "
                                  "SET value = excluded.value")))
        return saveFailed(q);
    q.addBindValue(hash);
    return q.exec() ? Status() : saveFailed(q);
}

} // namespace

namespace auditstate {

QString firstPrevious()
{
    return QString(64, QLatin1Char('0'));
}

QString chainHash(const QString &previous, const StoredAuditRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("rolesheet-audit-1\n"));
    const auto field = [&](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayLiteral(":"));
        hash.addData(bytes);
        hash.addData(QByteArrayLiteral("\n"));
    };
    for (const QString &text : { previous, QString::number(row.id), QString::number(row.version), row.at, row.osUser,
             row.dbUser, row.actor, row.summary, row.subjects, row.change, row.before, row.after })
        field(text);
    return QString::fromLatin1(hash.result().toHex());
}

Status append(StatementCache &statements, Dialect dialect, StoredAuditRow row)
{
    // Every statement here is prepared once per connection and kept: the writers' lock (taken by the caller) is held
    // across them, so each round trip saved is time every other writer no longer waits.
    QSqlError error;
    const auto failed = [&](QSqlQuery *q) {
        return Error::storage(QCoreApplication::translate("rs::Store", "The workspace could not be saved."),
            (q ? q->lastError() : error).text());
    };
    // The next id, the hash of the row before, and on PostgreSQL the server's time and login, in one round trip.
    // now() is the transaction's start and stays the same in it, so the insert trigger writes the very time hashed
    // here. Under the writers' lock each statement sees every row the writers before committed.
    QSqlQuery *q = statements.query(dialect == Dialect::PostgreSQL
            ? "SELECT nextval(pg_get_serial_sequence('audit', 'id')), "
              "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user, "
              "(SELECT hash FROM audit ORDER BY id DESC LIMIT 1)"
            // Past every id ever used, removed ones included, as AUTOINCREMENT would.
            : "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'audit'), 0), "
              "COALESCE((SELECT MAX(id) FROM audit), 0)) + 1, NULL, NULL, "
              "(SELECT hash FROM audit ORDER BY id DESC LIMIT 1)",
        &error);
    if (!q || !q->exec() || !q->next())
        return failed(q);
    row.id = q->value(0).toLongLong();
    if (dialect == Dialect::PostgreSQL) {
        row.at = q->value(1).toString();
        row.dbUser = q->value(2).toString();
    } else if (row.at.isEmpty()) {
        row.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    }
    const QString previous = q->value(3).isNull() ? firstPrevious() : q->value(3).toString();
    q->finish();
    const QString hash = chainHash(previous, row);
    // A null QString binds as SQL NULL; the columns hold empty strings instead.
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    const auto run = [&](const char *sql, const QVariantList &values) -> Status {
        QSqlQuery *s = statements.query(sql, &error);
        if (!s)
            return failed(nullptr);
        for (int i = 0; i < values.size(); ++i)
            s->bindValue(i, values.at(i));
        return s->exec() ? Status() : failed(s);
    };
    const QVariantList values { row.id, row.version, text(row.at), text(row.osUser), text(row.dbUser), text(row.actor),
        text(row.summary), text(row.subjects), text(row.change), text(row.before), text(row.after), hash };
    // With the hash of the last record, kept beside the trail: a record removed from its end is found by it. On
    // PostgreSQL both in one statement.
    if (dialect == Dialect::PostgreSQL)
        return run(
            "WITH appended AS (INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, "
            "change, before_state, after_state, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING hash) "
            "INSERT INTO meta (key, value) SELECT 'audit_head', hash FROM appended ON CONFLICT (key) DO UPDATE "
            "SET value = excluded.value",
            values);
    if (Status s = run("INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, change, "
                       "before_state, after_state, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values);
        !s)
        return s;
    return run("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = "
               "excluded.value",
        { hash });
}

Status chainExisting(QSqlDatabase &db, Dialect)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kChainColumns)))
        return saveFailed(q);
    QList<QPair<qint64, QString>> hashes;
    QString previous = firstPrevious();
    while (q.next()) {
        previous = chainHash(previous, storedRow(q));
        hashes.append({ q.value(0).toLongLong(), previous });
    }
    q.finish();
    if (!q.prepare(QStringLiteral("UPDATE audit SET hash = ? WHERE id = ?")))
        return saveFailed(q);
    for (const auto &[id, hash] : hashes) {
        q.addBindValue(hash);
        q.addBindValue(id);
        if (!q.exec())
            return saveFailed(q);
    }
    return hashes.isEmpty() ? Status() : writeHead(q, previous);
}

} // namespace auditstate

Result<AuditChain> Store::verifyAudit() const
{
    return watched([this] { return readAuditChain(); });
}

Result<AuditChain> Store::readAuditChain() const
{
    Store *self = const_cast<Store *>(this);
    if (Status s = self->begin(false); !s)
        return s.error();
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const auto unreadable = [&] {
        const QString detail = q.lastError().text();
        q.finish();
        self->rollback();
        return Error::storage(
            QCoreApplication::translate("rs::Store", "The audit trail of %1 cannot be read.").arg(m_location), detail);
    };
    if (!q.exec(QStringLiteral("SELECT version FROM workspace_version WHERE id = 1")))
        return unreadable();
    const qint64 workspaceVersion = q.next() ? q.value(0).toLongLong() : 0;
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")))
        return unreadable();
    const QString head = q.next() ? q.value(0).toString() : QString();
    if (!q.exec(QString::fromLatin1(kChainColumns)))
        return unreadable();
    AuditChain chain;
    QString previous = auditstate::firstPrevious();
    qint64 previousId = 0;
    qint64 previousVersion = 0;
    while (q.next()) {
        const auditstate::StoredAuditRow row = storedRow(q);
        const QString stored = q.value(11).toString();
        // Every write raises the version by one and records one row or more with it: a gap is a removed write.
        const bool inStep = chain.records == 0 ? row.version <= 1
                                               : row.version == previousVersion || row.version == previousVersion + 1;
        if (chain.whole() && (stored != auditstate::chainHash(previous, row) || !inStep)) {
            chain.brokenAt = row.id;
            chain.problem = chain.records == 0
                ? QCoreApplication::translate("rs::Store",
                    "Audit record %1 (version %2) does not start the trail: changed, inserted or the records "
                    "before it removed.")
                      .arg(row.id)
                      .arg(row.version)
                : QCoreApplication::translate("rs::Store",
                    "Audit record %1 (version %2) does not follow record %3: changed, inserted or the record before "
                    "it removed.")
                      .arg(row.id)
                      .arg(row.version)
                      .arg(previousId);
        }
        previous = stored;
        previousId = row.id;
        previousVersion = row.version;
        ++chain.records;
    }
    if (q.lastError().isValid())
        return unreadable();
    q.finish();
    self->rollback();
    chain.lastHash = previous;
    if (chain.whole() && chain.records == 0 && (workspaceVersion > 0 || !head.isEmpty()))
        chain.problem = QCoreApplication::translate(
            "rs::Store", "The audit trail is empty, but the workspace is at version %1: its records were removed.")
                            .arg(workspaceVersion);
    else if (chain.whole() && chain.records > 0 && previousVersion != workspaceVersion)
        chain.problem = QCoreApplication::translate("rs::Store",
            "The audit trail ends at record %1 (version %2), but the workspace is at version %3: records were "
            "removed from its end or added by hand.")
                            .arg(previousId)
                            .arg(previousVersion)
                            .arg(workspaceVersion);
    else if (chain.whole() && chain.records > 0 && previous != head)
        chain.problem = QCoreApplication::translate("rs::Store",
            "The audit trail ends at record %1 (version %2), which is not the last record written: records were "
            "removed from its end or added by hand.")
                            .arg(previousId)
                            .arg(previousVersion);
    if (chain.records == 0)
        chain.lastHash.clear();
    return chain;
}

Result<QList<AuditEntry>> Store::audit(const AuditFilter &filter) const
{
    return watched([&] { return readAudit(filter); });
}

Result<QList<AuditEntry>> Store::readAudit(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.role) {
        where.append(QStringLiteral("subjects LIKE ?"));
        values.append(QStringLiteral("%% role:%1 %%").arg(filter.role));
    }
    if (filter.member || !filter.memberName.isEmpty()) {
        where.append(QStringLiteral("(subjects LIKE ? OR actor = ?)"));
        values.append(QStringLiteral("%% member:%1 %%").arg(filter.member));
        values.append(filter.memberName.isNull() ? QStringLiteral("") : filter.memberName);
    }
    if (filter.since.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        values.append(filter.since.toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.afterVersion > 0) {
        where.append(QStringLiteral("version > ?"));
        values.append(filter.afterVersion);
    }
    QString sql = QStringLiteral("SELECT id, version, at, os_user, db_user, actor, summary, subjects, change, "
                                 "before_state, after_state, hash FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok)
        return Error::storage(
            QCoreApplication::translate("rs::Store", "The audit trail of %1 cannot be read.").arg(m_location),
            q.lastError().text());
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.version = q.value(1).toLongLong();
        e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        e.osUser = q.value(3).toString();
        e.dbUser = q.value(4).toString();
        e.actor = q.value(5).toString();
        e.summary = q.value(6).toString();
        e.subjects = auditstate::splitSubjects(q.value(7).toString());
        e.change = parseObject(q.value(8).toString());
        e.before = parseObject(q.value(9).toString());
        e.after = parseObject(q.value(10).toString());
        e.hash = q.value(11).toString();
        entries.append(e);
    }
    return entries;
}

Status Store::checkConflicts(const Loaded &fresh, const QList<Touched> &touched) const
{
    const Workspace &mine = m_workspace; // as this store read it, the staged changes undone
    const Workspace &now = fresh.workspace;
    QStringList keys;
    QStringList names;
    const auto changed = [&](Kind kind, Id id) {
        return m_revisions.value({ int(kind), id }, -1) != fresh.revisions.value({ int(kind), id }, -2);
    };
    const auto flag = [&](const QString &key, const QString &name) {
        if (!keys.contains(key)) {
            keys.append(key);
            names.append(name);
        }
    };
    const auto roleLabel = [&](Id id) {
        const Role *r = mine.role(id);
        return QCoreApplication::translate("rs::Store", "role %1").arg(quoted(r ? r->name : QString::number(id)));
    };
    for (const Touched &t : touched) {
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it) {
            if (it.value() && changed(Kind::Role, it.key()))
                flag(QStringLiteral("role:%1").arg(it.key()), roleLabel(it.key()));
        }
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
            const auto [roleId, featureId] = it.key();
            const Role *before = mine.role(roleId);
            if (t.roles.contains(roleId) || !before)
                continue;
            // Another editor's change to other cells of the same role is no conflict; one to this cell, to the
            // role's guardrails or to the feature is.
            const Role *after = now.role(roleId);
            if (changed(Kind::Role, roleId)
                && (!after || !sameExceptGrants(*before, *after)
                    || after->grants.value(featureId) != before->grants.value(featureId)))
                flag(QStringLiteral("role:%1").arg(roleId), roleLabel(roleId));
            const Feature *f = mine.feature(featureId);
            const Feature *g = now.feature(featureId);
            if (f && (!g || !(*f == *g)))
                flag(QStringLiteral("feature:%1").arg(featureId),
                    QCoreApplication::translate("rs::Store", "feature %1").arg(quoted(f->name)));
        }
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it) {
            if (it.value() && changed(Kind::Member, it.key()))
                flag(QStringLiteral("member:%1").arg(it.key()),
                    QCoreApplication::translate("rs::Store", "member %1").arg(quoted(it.value()->name)));
        }
        for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it) {
            if (it.value() && changed(Kind::Production, it.key()))
                flag(QStringLiteral("production:%1").arg(it.key()),
                    QCoreApplication::translate("rs::Store", "production %1").arg(quoted(it.value()->name)));
        }
        for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it) {
            const Production *p = mine.production(it.key().production);
            if (!p || !mine.member(it.key().member))
                continue; // created by these changes
            if (!now.production(p->id) || !now.member(it.key().member)
                || now.seats().value(it.key(), 0) != mine.seats().value(it.key(), 0)
                || !(now.seatTerm(it.key()) == mine.seatTerm(it.key())))
                flag(QStringLiteral("production:%1").arg(p->id),
                    QCoreApplication::translate("rs::Store", "the team of %1").arg(quoted(p->name)));
        }
        if (t.catalog && (mine.features() != now.features() || mine.sections() != now.sections()))
            flag(QStringLiteral("catalog"), QCoreApplication::translate("rs::Store", "the catalog"));
        if (t.workspaceName && mine.name() != now.name())
            flag(QStringLiteral("workspace"), QCoreApplication::translate("rs::Store", "the workspace name"));
    }
    if (keys.isEmpty())
        return {};
    // Who changed it, from the audit rows written since this store read the workspace.
    QStringList who;
    AuditFilter since;
    since.afterVersion = m_version;
    const Result<QList<AuditEntry>> rows = audit(since);
    if (rows) {
        for (const AuditEntry &e : rows.value()) {
            bool relevant = e.subjects.contains(QLatin1String("replace"));
            for (const QString &key : keys)
                relevant = relevant || e.subjects.contains(key);
            const QString by = e.actor.isEmpty() ? e.dbUser : e.actor;
            if (relevant && who.size() < 3)
                who.append(QCoreApplication::translate("rs::Store", "%1 at %2: %3")
                               .arg(by, e.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), e.summary));
        }
    }
    return Error::conflict(QCoreApplication::translate(
        "rs::Store", "Another editor changed %1 since it was read (%2). Nothing was changed; reload and apply again.")
                               .arg(names.join(QStringLiteral(", ")), who.join(QStringLiteral("; "))));
}

} // namespace rs
