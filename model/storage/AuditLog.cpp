// The audit trail: its hash chain (appending, chaining old rows, verifying) and reading it.
#include "AuditLog.h"

#include "Digest.h"

#include "PgSession.h"
#include "StatementCache.h"
#include "Store.h"
#include "StoreFiles.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

AuditEntry entryFrom(const auditstate::StoredAuditRow &row, const QString &hash)
{
    AuditEntry e;
    e.id = row.id;
    e.version = row.version;
    e.at = QDateTime::fromString(row.at, Qt::ISODateWithMs);
    e.osUser = row.osUser;
    e.dbUser = row.dbUser;
    e.actor = row.actor;
    e.summary = row.summary;
    e.subjects = auditstate::splitSubjects(row.subjects);
    e.change = parseObject(row.change);
    e.before = parseObject(row.before);
    e.after = parseObject(row.after);
    e.hash = hash;
    return e;
}

} // namespace

AuditLog::AuditLog(const QSqlDatabase &db, Dialect dialect, const QString &location)
    : m_db(db)
    , m_dialect(dialect)
    , m_location(location)
{
}

Error AuditLog::failure(const QSqlError &error, const QString &message) const
{
    return m_dialect == Dialect::SQLite ? storefiles::sqlError(error, message, m_location)
                                        : pgsession::storageError(message, error);
}

Error AuditLog::busy(const Transaction &tx) const
{
    return failure(tx.error(),
        QCoreApplication::translate("rs::Store", "The workspace is busy or cannot be written; nothing was changed."));
}

Error AuditLog::unreadable(const QSqlError &error) const
{
    return Error::storage(
        QCoreApplication::translate("rs::Store", "The audit trail of %1 cannot be read.").arg(m_location),
        storefiles::errorDetail(error));
}

Status AuditLog::append(StatementCache &statements, Dialect dialect, auditstate::StoredAuditRow row)
{
    // Every statement here is prepared once per connection and kept: the writers' lock (taken by the caller) is held
    // across them, so each round trip saved is time every other writer no longer waits.
    QSqlError error;
    const auto failed = [&](QSqlQuery *q) {
        return Error::storage(QCoreApplication::translate("rs::Store", "The workspace could not be saved."),
            storefiles::errorDetail(q ? q->lastError() : error));
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
    const QString previous = q->value(3).isNull() ? auditstate::firstPrevious() : q->value(3).toString();
    q->finish();
    const QString hash = auditstate::chainHash(previous, row);
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
        text(row.summary), text(row.subjects), text(row.change), text(row.before), text(row.after), hash,
        text(row.digest) };
    // With the hash of the last record, kept beside the trail: a record removed from its end is found by it. On
    // PostgreSQL both in one statement.
    if (dialect == Dialect::PostgreSQL)
        return run("WITH appended AS (INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, "
                   "change, before_state, after_state, hash, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "RETURNING hash) "
                   "INSERT INTO meta (key, value) SELECT 'audit_head', hash FROM appended ON CONFLICT (key) DO UPDATE "
                   "SET value = excluded.value",
            values);
    if (Status s = run("INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, change, "
                       "before_state, after_state, hash, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            values);
        !s)
        return s;
    return run("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = "
               "excluded.value",
        { hash });
}

QStringList AuditLog::headReads(int count)
{
    return { QStringLiteral("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                            "session_user, (SELECT hash FROM audit ORDER BY id DESC LIMIT 1)"),
        QStringLiteral("SELECT nextval(pg_get_serial_sequence('audit', 'id')) FROM generate_series(1, %1) ORDER BY 1")
            .arg(count) };
}

bool AuditLog::addAppends(StoreBatch &batch, QList<auditstate::StoredAuditRow> rows, BatchRows head, BatchRows ids)
{
    // As append() does it, the head read under the writers' lock: now() is the transaction's start, which the insert
    // trigger writes too.
    if (!head.next())
        return false;
    const QString at = head.value(0).toString();
    const QString dbUser = head.value(1).toString();
    QString previous = head.value(2).isNull() || head.value(2).toString().isEmpty() ? auditstate::firstPrevious()
                                                                                    : head.value(2).toString();
    const auto text = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    for (auditstate::StoredAuditRow &row : rows) {
        if (!ids.next())
            return false;
        row.id = ids.value(0).toLongLong();
        row.at = at;
        row.dbUser = dbUser;
        previous = auditstate::chainHash(previous, row);
        batch.add("INSERT INTO audit (id, version, at, os_user, db_user, actor, summary, subjects, change, "
                  "before_state, after_state, hash, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            { row.id, row.version, text(row.at), text(row.osUser), text(row.dbUser), text(row.actor), text(row.summary),
                text(row.subjects), text(row.change), text(row.before), text(row.after), previous, text(row.digest) });
    }
    batch.add("INSERT INTO meta (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) DO UPDATE SET value = "
              "excluded.value",
        { previous });
    return true;
}

Result<AuditChain> AuditLog::verify() const
{
    Transaction tx(m_db, m_dialect, Transaction::Mode::Read);
    if (!tx.isOpen())
        return busy(tx);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto unreadable = [&] {
        const QSqlError error = q.lastError();
        q.finish();
        tx.rollback();
        return this->unreadable(error);
    };
    if (!q.exec(QStringLiteral("SELECT version FROM workspace_version WHERE id = 1")))
        return unreadable();
    const qint64 workspaceVersion = q.next() ? q.value(0).toLongLong() : 0;
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")))
        return unreadable();
    const QString head = q.next() ? q.value(0).toString() : QString();
    if (!q.exec(auditstate::selectRows(" ORDER BY id")))
        return unreadable();
    AuditChain chain;
    QString previous = auditstate::firstPrevious();
    qint64 previousId = 0;
    qint64 previousVersion = 0;
    // The digest the trail records: the last whole one, with the changes recorded after it added.
    std::optional<digest::State> recordedDigest;
    bool anyDigest = false;
    qint64 unreadableDigest = 0;
    while (q.next()) {
        const auditstate::StoredAuditRow row = auditstate::storedRow(q);
        if (!row.digest.isEmpty()) {
            anyDigest = true;
            if (std::optional<digest::State> whole = digest::State::parse(row.digest)) {
                recordedDigest = std::move(whole);
                unreadableDigest = 0;
            } else if (!digest::foldRow(recordedDigest, row.digest) && !unreadableDigest) {
                unreadableDigest = row.id;
            }
        }
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
    // Only then the rows stored now against the digest the last write recorded, in the same snapshot.
    if (chain.whole() && anyDigest) {
        Result<digest::State> stored = digest::compute(m_db);
        if (!stored)
            return stored.error();
        if (unreadableDigest || !recordedDigest)
            chain.drift.append(QCoreApplication::translate(
                "rs::Store", "Audit record %1 holds a digest of the workspace that cannot be read.")
                                   .arg(unreadableDigest));
        else
            chain.drift = digest::differences(*recordedDigest, stored.value(), m_db);
        if (chain.drift.size() == 1)
            chain.problem = chain.drift.first();
        else if (const int more = int(chain.drift.size()) - 1; more > 0)
            chain.problem = chain.drift.first() + QLatin1Char(' ')
                + QCoreApplication::translate("rs::Store", "%n more tables differ too.", nullptr, more);
    }
    if (chain.records == 0)
        chain.lastHash.clear();
    return chain;
}

Result<QList<AuditEntry>> AuditLog::read(const AuditFilter &filter) const
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
    if (filter.upToVersion > 0) {
        where.append(QStringLiteral("version <= ?"));
        values.append(filter.upToVersion);
    }
    QString sql = auditstate::selectRows("");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    ok = ok && q.exec();
    if (!ok)
        return unreadable(q.lastError());
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(entryFrom(auditstate::storedRow(q), q.value(11).toString()));
    return entries;
}

Result<AuditEntry> AuditLog::verifiedRecord(qint64 version) const
{
    Transaction tx(m_db, m_dialect, Transaction::Mode::Read);
    if (!tx.isOpen())
        return busy(tx);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(auditstate::selectRows(" ORDER BY id")))
        return unreadable(q.lastError());
    QString previous = auditstate::firstPrevious();
    qint64 previousVersion = 0;
    bool first = true;
    while (q.next()) {
        const auditstate::StoredAuditRow row = auditstate::storedRow(q);
        const QString stored = q.value(11).toString();
        const bool inStep
            = first ? row.version <= 1 : row.version == previousVersion || row.version == previousVersion + 1;
        if (stored != auditstate::chainHash(previous, row) || !inStep)
            return Error::rule(QCoreApplication::translate("rs::Store",
                "Audit record %1 (version %2) fails the audit trail's hash chain, at or before the record of "
                "version %3: what that record keeps cannot be trusted. Nothing was changed.")
                                   .arg(row.id)
                                   .arg(row.version)
                                   .arg(version));
        if (row.version == version)
            return entryFrom(row, stored);
        if (row.version > version)
            break;
        previous = stored;
        previousVersion = row.version;
        first = false;
    }
    if (q.lastError().isValid())
        return unreadable(q.lastError());
    return Error::notFound(
        QCoreApplication::translate("rs::Store", "The audit trail holds no record of version %1.").arg(version));
}

} // namespace rs
