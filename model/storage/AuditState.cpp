// Audit subjects and before/after states, built from what Workspace::apply() reports as touched; the audit trail's
// hash chain and the rows it covers.
#include "AuditState.h"

#include "AuditLog.h"
#include "Digest.h"
#include "StatementCache.h"
#include "StoreFiles.h"
#include "domain/FieldHash.h"

#include "domain/Dates.h"
#include "location/Location.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace rs::auditstate {

namespace {

QString scopeKey(Scope scope)
{
    return scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production");
}

// A role's name: from the workspace, or from the memento when the change deleted it.
QString roleName(const Workspace &ws, const Touched &t, Id id)
{
    if (const Role *r = ws.role(id))
        return r->name;
    const auto before = t.roles.value(id);
    return before ? before->name : QString();
}

QString memberName(const Workspace &ws, const Touched &t, Id id)
{
    if (const Member *m = ws.member(id))
        return m->name;
    const auto before = t.members.value(id);
    return before ? before->name : QString();
}

QString productionName(const Workspace &ws, const Touched &t, Id id)
{
    if (const Production *p = ws.production(id))
        return p->name;
    const auto before = t.productions.value(id);
    return before ? before->name : QString();
}

QString featureName(const Workspace &ws, const Touched &t, Id id)
{
    if (const Feature *f = ws.feature(id))
        return f->name;
    for (const Feature &f : t.featuresBefore) {
        if (f.id == id)
            return f.name;
    }
    return {};
}

QJsonValue roleJson(const Role *r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), r->id }, { QStringLiteral("name"), r->name },
        { QStringLiteral("scope"), scopeKey(r->scope) }, { QStringLiteral("template"), r->isTemplate },
        { QStringLiteral("production"), r->production }, { QStringLiteral("guardrails"), r->guardrails.toKeys() },
        { QStringLiteral("invitedOnly"), r->invitedOnly }, { QStringLiteral("description"), r->description },
        { QStringLiteral("grants"), int(r->grants.size()) } };
}

QJsonValue memberJson(const Workspace &ws, const Touched &t, const Member *m)
{
    if (!m)
        return QJsonValue::Null;
    QJsonObject o { { QStringLiteral("id"), m->id }, { QStringLiteral("name"), m->name },
        { QStringLiteral("accountRole"), m->accountRole ? roleName(ws, t, m->accountRole) : QString() } };
    if (m->accountRoleUntil.isValid())
        o.insert(QStringLiteral("accountRoleUntil"), dates::iso(m->accountRoleUntil));
    return o;
}

QJsonValue productionJson(const Workspace &ws, const Touched &t, const Production *p)
{
    if (!p)
        return QJsonValue::Null;
    QJsonObject o { { QStringLiteral("id"), p->id }, { QStringLiteral("name"), p->name },
        { QStringLiteral("createdBy"), p->createdBy ? memberName(ws, t, p->createdBy) : QString() } };
    if (p->wrap.isValid())
        o.insert(QStringLiteral("wrap"), dates::iso(p->wrap));
    return o;
}

QJsonValue featureJson(const Feature *f)
{
    if (!f)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), f->id }, { QStringLiteral("name"), f->name },
        { QStringLiteral("section"), f->section }, { QStringLiteral("scope"), scopeKey(f->scope) },
        { QStringLiteral("categories"), f->categories.toKeys() }, { QStringLiteral("ownerOnly"), f->ownerOnly },
        { QStringLiteral("rationale"), f->rationale } };
}

// Catalog entries whose content the change altered, added or removed: their state before (or after).
QJsonArray changedFeatures(const Workspace &ws, const Touched &t, bool wantBefore)
{
    QJsonArray list;
    if (!t.catalog)
        return list;
    QHash<Id, const Feature *> before;
    for (const Feature &f : t.featuresBefore)
        before.insert(f.id, &f);
    for (const Feature &f : t.featuresBefore) {
        const Feature *now = ws.feature(f.id);
        if (!now || !(*now == f))
            list.append(featureJson(wantBefore ? &f : now));
    }
    for (const Feature &f : ws.features()) {
        if (!before.contains(f.id))
            list.append(featureJson(wantBefore ? nullptr : &f));
    }
    return list;
}

QJsonObject state(const Workspace &ws, const Touched &t, bool wantBefore)
{
    QJsonObject o;
    QJsonArray roles;
    for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it)
        roles.append(roleJson(wantBefore ? (it.value() ? &*it.value() : nullptr) : ws.role(it.key())));
    QJsonArray grants;
    for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
        const Role *r = ws.role(it.key().first);
        const Levels levels = wantBefore ? it.value() : (r ? r->grants.value(it.key().second) : Levels());
        grants.append(QJsonObject { { QStringLiteral("role"), roleName(ws, t, it.key().first) },
            { QStringLiteral("feature"), featureName(ws, t, it.key().second) },
            { QStringLiteral("levels"), levels.toText() } });
    }
    QJsonArray members;
    for (auto it = t.members.cbegin(); it != t.members.cend(); ++it)
        members.append(memberJson(ws, t, wantBefore ? (it.value() ? &*it.value() : nullptr) : ws.member(it.key())));
    QJsonArray productions;
    for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it)
        productions.append(
            productionJson(ws, t, wantBefore ? (it.value() ? &*it.value() : nullptr) : ws.production(it.key())));
    QJsonArray seats;
    for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it) {
        const Id role = wantBefore ? it.value() : ws.seats().value(it.key(), 0);
        QJsonObject seat { { QStringLiteral("production"), productionName(ws, t, it.key().production) },
            { QStringLiteral("member"), memberName(ws, t, it.key().member) },
            { QStringLiteral("role"), role ? roleName(ws, t, role) : QString() } };
        const SeatTerm term = wantBefore ? t.seatTerms.value(it.key(), ws.seatTerm(it.key())) : ws.seatTerm(it.key());
        if (term.from.isValid())
            seat.insert(QStringLiteral("from"), dates::iso(term.from));
        if (term.until.isValid())
            seat.insert(QStringLiteral("until"), dates::iso(term.until));
        seats.append(seat);
    }
    const QJsonArray features = changedFeatures(ws, t, wantBefore);
    if (!roles.isEmpty())
        o.insert(QStringLiteral("roles"), roles);
    if (!grants.isEmpty())
        o.insert(QStringLiteral("grants"), grants);
    if (!members.isEmpty())
        o.insert(QStringLiteral("members"), members);
    if (!productions.isEmpty())
        o.insert(QStringLiteral("productions"), productions);
    if (!seats.isEmpty())
        o.insert(QStringLiteral("seats"), seats);
    if (!features.isEmpty())
        o.insert(QStringLiteral("features"), features);
    if (t.workspaceName)
        o.insert(QStringLiteral("workspaceName"), wantBefore ? t.workspaceNameBefore : ws.name());
    return o;
}

} // namespace

QString osUser()
{
    return location::osUser();
}

QStringList subjects(const Workspace &ws, const Touched &t)
{
    QSet<QString> set;
    auto add
        = [&](const char *kind, Id id) { set.insert(QLatin1String(kind) + QLatin1Char(':') + QString::number(id)); };
    for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it)
        add("role", it.key());
    for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
        add("role", it.key().first);
        add("feature", it.key().second);
    }
    for (auto it = t.members.cbegin(); it != t.members.cend(); ++it)
        add("member", it.key());
    for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it)
        add("production", it.key());
    for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it) {
        add("production", it.key().production);
        add("member", it.key().member);
    }
    for (const QJsonValue &v : changedFeatures(ws, t, false))
        if (v.isObject())
            add("feature", v.toObject().value(QStringLiteral("id")).toInteger());
    for (const QJsonValue &v : changedFeatures(ws, t, true))
        if (v.isObject())
            add("feature", v.toObject().value(QStringLiteral("id")).toInteger());
    if (t.catalog)
        set.insert(QStringLiteral("catalog"));
    if (t.workspaceName || t.timeZone || t.approvalPolicy)
        set.insert(QStringLiteral("workspace"));
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

QString joinSubjects(const QStringList &subjects)
{
    return subjects.isEmpty() ? QString() : QLatin1Char(' ') + subjects.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

QStringList splitSubjects(const QString &stored)
{
    return stored.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject before(const Workspace &after, const Touched &touched)
{
    return state(after, touched, true);
}

QJsonObject after(const Workspace &after, const Touched &touched)
{
    return state(after, touched, false);
}

namespace {

// The columns of a row as the chain covers them, then the stored hash (index 11) and the workspace's digest (index
// 12, from schema 9 on): read as storedRow() takes them.
const char kColumns[]
    = "id, version, at, os_user, db_user, actor, summary, subjects, change, before_state, after_state, hash";

Error saveFailed(const QSqlQuery &q)
{
    return Error::storage(QCoreApplication::translate("rs::Store", "The workspace could not be saved."),
        storefiles::errorDetail(q.lastError()));
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

QString selectRows(const char *rest, bool withDigest)
{
    return QStringLiteral("SELECT %1%2 FROM audit%3")
        .arg(QLatin1String(kColumns), withDigest ? QStringLiteral(", digest") : QString(), QLatin1String(rest));
}

StoredAuditRow storedRow(const QSqlQuery &q, bool withDigest)
{
    return { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
        q.value(8).toString(), q.value(9).toString(), q.value(10).toString(),
        withDigest ? q.value(12).toString() : QString() };
}

QString firstPrevious()
{
    return QString(64, QLatin1Char('0'));
}

QString chainHash(const QString &previous, const StoredAuditRow &row)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(
        row.digest.isEmpty() ? QByteArrayLiteral("rolesheet-audit-1\n") : QByteArrayLiteral("rolesheet-audit-2\n"));
    const auto field = [&](const QString &text) { addField(hash, text); };
    for (const QString &text : { previous, QString::number(row.id), QString::number(row.version), row.at, row.osUser,
             row.dbUser, row.actor, row.summary, row.subjects, row.change, row.before, row.after })
        field(text);
    if (!row.digest.isEmpty())
        field(row.digest);
    return QString::fromLatin1(hash.result().toHex());
}

QString hashTail(const StoredAuditRow &row)
{
    QString tail;
    for (const QString &text : { row.actor, row.summary, row.subjects, row.change, row.before, row.after })
        tail += QString::number(text.toUtf8().size()) + QLatin1Char(':') + text + QLatin1Char('\n');
    return tail;
}

Status chainExisting(QSqlDatabase &db, Dialect)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(selectRows(" ORDER BY id", false)))
        return saveFailed(q);
    QList<QPair<qint64, QString>> hashes;
    QString previous = firstPrevious();
    while (q.next()) {
        previous = chainHash(previous, storedRow(q, false));
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

Status recordDigest(QSqlDatabase &db, Dialect dialect)
{
    // A new database has nothing yet: its first write records the digest.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM audit), (SELECT version FROM workspace_version WHERE id = 1)")))
        return saveFailed(q);
    const bool empty = !q.next() || (q.value(0).toLongLong() == 0 && q.value(1).toLongLong() == 0);
    const qint64 version = q.value(1).toLongLong();
    q.finish();
    if (empty)
        return {};
    Result<digest::State> state = digest::compute(db);
    if (!state)
        return state.error();
    StatementCache statements(db);
    return AuditLog::append(statements, dialect,
        { 0, version, QString(), osUser(), QString(), QString(),
            QCoreApplication::translate("rs::Store", "Recorded the digest of the stored workspace"),
            joinSubjects({ QStringLiteral("workspace") }), QStringLiteral("{\"kind\":\"record-digest\"}"),
            QStringLiteral("{}"), QStringLiteral("{}"), state.value().text() });
}

} // namespace rs::auditstate
