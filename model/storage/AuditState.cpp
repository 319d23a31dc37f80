// Audit subjects and before/after states, built from what Workspace::apply() reports as touched.
#include "AuditState.h"

#include "domain/Dates.h"
#include "location/Location.h"

#include <QJsonArray>

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

} // namespace rs::auditstate
