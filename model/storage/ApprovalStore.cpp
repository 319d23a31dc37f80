// Reading approval requests, who acts, and the rows each step inserts.
#include "ApprovalStore.h"

#include "AuditLog.h"
#include "AuditState.h"
#include "Digest.h"
#include "ReviewStore.h"
#include "ReviewStoreSql.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace rs {

namespace {

using reviewsql::parseStamp;
using reviewsql::run;
using reviewsql::stamp;
using reviewsql::text;

QString tr(const char *t)
{
    return QCoreApplication::translate("rs::ApprovalStore", t);
}

Error unreadable(const QSqlQuery &q)
{
    return Error::storage(tr("The approval requests of the workspace cannot be read."), q.lastError().text());
}

Error unsaved(const QSqlQuery &q)
{
    return Error::storage(tr("The approval request could not be saved; nothing was changed."), q.lastError().text());
}

QList<Change> changesFrom(const QString &json)
{
    QList<Change> changes;
    const QJsonArray list = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &v : list) {
        Result<Change> c = Change::fromJson(v.toObject());
        if (c)
            changes.append(c.value());
    }
    return changes;
}

} // namespace

QDateTime ApprovalStore::now() const
{
    // Stamps keep milliseconds; the clock is read at that precision so that a stamp compares as it was taken.
    return parseStamp(stamp(m_clock ? m_clock() : QDateTime::currentDateTimeUtc()));
}

QString ApprovalStore::actorName() const
{
    return m_as.isEmpty() ? m_store.actor() : m_as;
}

Result<ApprovalActor> ApprovalStore::actor() const
{
    // The same identity as an access review's reviewer: the login on PostgreSQL, --as (or $USER) on SQLite.
    ReviewStore reviews(m_store);
    reviews.actAs(m_as);
    const Result<ReviewActor> a = reviews.actor();
    if (!a)
        return a.error();
    return ApprovalActor { a.value().member, a.value().name };
}

Result<QList<approval::Request>> ApprovalStore::readRequests(Id only) const
{
    // Four statements whatever the number of requests, each sent as it is, with the number (an integer) in its text:
    // on a server far away a prepared statement costs three round trips (prepare, execute, deallocate), this one.
    return m_store.watched([&]() -> Result<QList<approval::Request>> {
        const auto where = [only](const char *sql, const char *column, const char *order) -> QString {
            QString text = QLatin1String(sql);
            if (only != 0)
                text += QStringLiteral(" WHERE %1 = %2").arg(QLatin1String(column)).arg(only);
            return text + QLatin1String(order);
        };
        QList<approval::Request> list;
        QHash<Id, qsizetype> index;
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        if (!q.exec(where("SELECT id, requester_id, requester_name, requester_login, reason, filed_at, break_glass "
                          "FROM approval_requests",
                "id", " ORDER BY id")))
            return unreadable(q);
        while (q.next()) {
            approval::Request r;
            r.id = q.value(0).toLongLong();
            r.requester = q.value(1).toLongLong();
            r.requesterName = q.value(2).toString();
            r.requesterLogin = q.value(3).toString();
            r.reason = q.value(4).toString();
            r.filedAt = parseStamp(q.value(5).toString());
            r.breakGlass = q.value(6).toInt() != 0;
            index.insert(r.id, list.size());
            list.append(std::move(r));
        }
        q.finish();
        if (list.isEmpty())
            return list;
        if (!q.exec(where("SELECT request_id, revision, changes, base_version, hash, at FROM approval_revisions",
                "request_id", " ORDER BY request_id, revision")))
            return unreadable(q);
        while (q.next()) {
            if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
                list[*it].revisions.append({ q.value(1).toInt(), changesFrom(q.value(2).toString()),
                    q.value(3).toLongLong(), q.value(4).toString(), parseStamp(q.value(5).toString()) });
        }
        q.finish();
        for (const approval::Request &r : std::as_const(list)) {
            if (r.revisions.isEmpty())
                return Error::storage(tr("The approval requests of the workspace cannot be read."));
        }
        if (!q.exec(where("SELECT request_id, seq, member_id, member_name, login, verdict, comment, at, hash "
                          "FROM approval_votes",
                "request_id", " ORDER BY seq")))
            return unreadable(q);
        while (q.next()) {
            if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
                list[*it].votes.append({ q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString() == QLatin1String("approve"), q.value(6).toString(),
                    parseStamp(q.value(7).toString()), q.value(8).toString() });
        }
        q.finish();
        if (!q.exec(where("SELECT request_id, step, at, by_name, version FROM approval_steps", "request_id", "")))
            return unreadable(q);
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.cend())
                continue;
            approval::Request &r = list[*it];
            const QDateTime at = parseStamp(q.value(2).toString());
            if (q.value(1).toString() == QLatin1String("applied")) {
                r.appliedAt = at;
                r.appliedBy = q.value(3).toString();
                r.appliedVersion = q.value(4).toLongLong();
            } else {
                r.withdrawnAt = at;
            }
        }
        return list;
    });
}

Result<approval::Request> ApprovalStore::readRequest(Id id) const
{
    Result<QList<approval::Request>> found = readRequests(id);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error::notFound(tr("There is no approval request %1.").arg(id));
    return std::move(found).value().takeFirst();
}

Result<approval::Request> ApprovalStore::request(Id id) const
{
    return readRequest(id);
}

namespace {

// The request an apply's (or a break glass's) audit record names and the impact it kept; nothing for any other.
std::optional<std::pair<Id, QJsonArray>> frozenImpact(const QJsonObject &change)
{
    const QString kind = change.value(QLatin1String("kind")).toString();
    if ((kind != QLatin1String("approval-apply") && kind != QLatin1String("approval-break-glass"))
        || !change.contains(QLatin1String("impact")))
        return std::nullopt;
    return std::make_pair(
        Id(change.value(QLatin1String("request")).toInteger()), change.value(QLatin1String("impact")).toArray());
}

} // namespace

Result<std::optional<QJsonArray>> ApprovalStore::appliedImpact(const approval::Request &request) const
{
    if (request.appliedVersion <= 0)
        return std::optional<QJsonArray>();
    AuditFilter at;
    at.afterVersion = request.appliedVersion - 1;
    at.upToVersion = request.appliedVersion;
    const Result<QList<AuditEntry>> records = m_store.audit(at);
    if (!records)
        return records.error();
    for (const AuditEntry &e : records.value()) {
        if (const auto kept = frozenImpact(e.change); kept && kept->first == request.id)
            return std::optional<QJsonArray>(kept->second);
    }
    return std::optional<QJsonArray>();
}

Result<QHash<Id, QJsonArray>> ApprovalStore::appliedImpacts() const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    if (!run(q,
            "SELECT change FROM audit WHERE subjects LIKE '% request:%' AND version IN "
            "(SELECT version FROM approval_steps WHERE step = 'applied') ORDER BY id",
            {}))
        return unreadable(q);
    QHash<Id, QJsonArray> impacts;
    while (q.next()) {
        if (const auto kept = frozenImpact(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()))
            impacts.insert(kept->first, kept->second);
    }
    return impacts;
}

Result<QList<approval::Request>> ApprovalStore::requests() const
{
    return readRequests(0);
}

approval::State ApprovalStore::state(const approval::Request &request) const
{
    return approval::stateAt(request, m_store.workspace(), now());
}

Status ApprovalStore::write(
    const std::function<Status(qint64)> &work, QList<Change> *changes, const QJsonObject &approval)
{
    m_newRows.clear();
    return m_store.writeBeside(
        [&](SideWrite &side) {
            m_side = &side;
            const Status s = work(side.version);
            m_side = nullptr;
            if (s && m_store.dialect() == Dialect::PostgreSQL) {
                // A step leaves the workspace version as it is; the editors' watchers are told to look (at commit).
                QSqlQuery notify(m_store.db());
                if (!notify.exec(QStringLiteral("SELECT pg_notify('rolesheet_changed', 'requests')")))
                    return Status(unsaved(notify));
            }
            return s;
        },
        { {}, changes, approval });
}

Status ApprovalStore::audit(qint64, const QString &summary, Id request, const QJsonObject &change)
{
    m_side->inserted = std::exchange(m_newRows, {});
    m_side->summary = summary;
    m_side->subject = QStringLiteral("request:%1").arg(request);
    m_side->change = change;
    m_side->actor = text(actorName());
    return {};
}

Result<Id> ApprovalStore::insertRequest(const approval::Request &r)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // On PostgreSQL a trigger puts the session's login in requester_login, whatever is sent.
    if (!run(q,
            "INSERT INTO approval_requests (requester_id, requester_name, requester_login, reason, filed_at, "
            "break_glass) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            { r.requester, r.requesterName, text(auditstate::osUser()), r.reason, stamp(r.filedAt),
                r.breakGlass ? 1 : 0 })
        || !q.next())
        return unsaved(q);
    const Id id = q.value(0).toLongLong();
    m_newRows.append({ "approval_requests", QStringLiteral("id = %1").arg(id) });
    return id;
}

Status ApprovalStore::insertRevision(Id request, const approval::Revision &rev)
{
    QSqlQuery q(m_store.db());
    if (!run(q,
            "INSERT INTO approval_revisions (request_id, revision, changes, base_version, hash, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            { request, rev.number, QString::fromUtf8(approval::canonical(rev.changes, rev.baseVersion)),
                rev.baseVersion, rev.hash, stamp(rev.at) }))
        return unsaved(q);
    m_newRows.append(
        { "approval_revisions", QStringLiteral("request_id = %1 AND revision = %2").arg(request).arg(rev.number) });
    return {};
}

Status ApprovalStore::insertStep(Id request, const QString &step, qint64 version)
{
    QSqlQuery q(m_store.db());
    if (!run(q, "INSERT INTO approval_steps (request_id, step, at, by_name, login, version) VALUES (?, ?, ?, ?, ?, ?)",
            { request, step, stamp(now()), text(actorName()), text(auditstate::osUser()), version }))
        return Error::conflict(
            tr("Approval request %1 was applied or withdrawn already; nothing was changed.").arg(request));
    m_newRows.append({ "approval_steps", QStringLiteral("request_id = %1").arg(request) });
    return {};
}

Status ApprovalStore::checkChanges(const QList<Change> &changes) const
{
    if (changes.isEmpty())
        return Error::badInput(tr("A request needs at least one change."));
    Workspace copy = m_store.workspace();
    for (Change c : changes) {
        if (Result<Touched> t = copy.apply(c); !t)
            return t.error();
    }
    return {};
}

} // namespace rs
