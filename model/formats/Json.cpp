#include "Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rs::formats {

namespace {

QJsonArray levelKeys(Levels levels)
{
    QJsonArray keys;
    for (Level level : kAllLevels) {
        if (levels.has(level))
            keys.append(levelKey(level));
    }
    return keys;
}

QJsonArray categoryKeys(Categories categories)
{
    QJsonArray keys;
    for (Category c : kAllCategories) {
        if (categories.has(c))
            keys.append(categoryKey(c));
    }
    return keys;
}

QJsonObject header(const QString &kind)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("rolesheet"));
    o.insert(QStringLiteral("version"), kJsonVersion);
    o.insert(QStringLiteral("kind"), kind);
    return o;
}

// The role's stored grants in catalog order, so that the same workspace always gives the same bytes.
QJsonArray storedGrants(const Workspace &ws, const Role &role)
{
    QList<Id> ids = role.grants.keys();
    std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
        const int ia = ws.featureIndex(a), ib = ws.featureIndex(b);
        return ia != ib ? ia < ib : a < b;
    });
    QJsonArray grants;
    for (Id id : ids) {
        QJsonObject g;
        g.insert(QStringLiteral("feature"), id);
        g.insert(QStringLiteral("levels"), levelKeys(role.grants.value(id)));
        grants.append(g);
    }
    return grants;
}

} // namespace

QString scopeKey(Scope scope)
{
    return scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production");
}

QString builtInKey(BuiltIn builtIn)
{
    switch (builtIn) {
    case BuiltIn::None:
        return QStringLiteral("none");
    case BuiltIn::Owner:
        return QStringLiteral("owner");
    case BuiltIn::Admin:
        return QStringLiteral("admin");
    case BuiltIn::CreateProductions:
        return QStringLiteral("create-productions");
    case BuiltIn::ProductionAdmin:
        return QStringLiteral("production-admin");
    case BuiltIn::ProductionMember:
        return QStringLiteral("production-member");
    }
    return QStringLiteral("none");
}

QByteArray roleJson(const Workspace &ws, const Role &role)
{
    QJsonObject doc = header(QStringLiteral("role"));
    doc.insert(QStringLiteral("workspace"), ws.name());
    QJsonObject r;
    r.insert(QStringLiteral("name"), role.name);
    r.insert(QStringLiteral("scope"), scopeKey(role.scope));
    r.insert(QStringLiteral("template"), role.isTemplate);
    r.insert(QStringLiteral("builtIn"), builtInKey(role.builtIn));
    const Production *production = ws.production(role.production);
    r.insert(QStringLiteral("production"), production ? production->name : QString());
    r.insert(QStringLiteral("guardrails"), categoryKeys(role.guardrails));
    r.insert(QStringLiteral("invitedOnly"), role.invitedOnly);
    r.insert(QStringLiteral("description"), role.description);
    doc.insert(QStringLiteral("role"), r);
    QJsonArray grants;
    for (const Feature &f : ws.features()) {
        const Section *s = ws.section(f.section);
        QJsonObject g;
        g.insert(QStringLiteral("section"), s ? s->name : QString());
        g.insert(QStringLiteral("feature"), f.name);
        g.insert(QStringLiteral("levels"), levelKeys(ws.grant(role, f)));
        grants.append(g);
    }
    doc.insert(QStringLiteral("grants"), grants);
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray workspaceJson(const Workspace &ws)
{
    QJsonObject doc = header(QStringLiteral("workspace"));
    doc.insert(QStringLiteral("name"), ws.name());
    doc.insert(QStringLiteral("nextId"), ws.nextId());
    QJsonArray sections;
    for (const Section &s : ws.sections())
        sections.append(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name } });
    doc.insert(QStringLiteral("sections"), sections);
    QJsonArray features;
    for (const Feature &f : ws.features()) {
        features.append(QJsonObject { { QStringLiteral("id"), f.id }, { QStringLiteral("section"), f.section },
            { QStringLiteral("name"), f.name }, { QStringLiteral("scope"), scopeKey(f.scope) },
            { QStringLiteral("categories"), categoryKeys(f.categories) }, { QStringLiteral("ownerOnly"), f.ownerOnly },
            { QStringLiteral("rationale"), f.rationale } });
    }
    doc.insert(QStringLiteral("features"), features);
    QJsonArray roles;
    for (const Role &r : ws.roles()) {
        roles.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("name"), r.name },
            { QStringLiteral("scope"), scopeKey(r.scope) }, { QStringLiteral("template"), r.isTemplate },
            { QStringLiteral("builtIn"), builtInKey(r.builtIn) }, { QStringLiteral("production"), r.production },
            { QStringLiteral("guardrails"), categoryKeys(r.guardrails) },
            { QStringLiteral("invitedOnly"), r.invitedOnly }, { QStringLiteral("description"), r.description },
            { QStringLiteral("grants"), storedGrants(ws, r) } });
    }
    doc.insert(QStringLiteral("roles"), roles);
    QJsonArray members;
    for (const Member &m : ws.members()) {
        members.append(QJsonObject { { QStringLiteral("id"), m.id }, { QStringLiteral("name"), m.name },
            { QStringLiteral("accountRole"), m.accountRole } });
    }
    doc.insert(QStringLiteral("members"), members);
    QJsonArray productions;
    for (const Production &p : ws.productions()) {
        productions.append(QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("name"), p.name },
            { QStringLiteral("createdBy"), p.createdBy } });
    }
    doc.insert(QStringLiteral("productions"), productions);
    QList<SeatKey> keys = ws.seats().keys();
    std::sort(keys.begin(), keys.end(), [](const SeatKey &a, const SeatKey &b) {
        return a.production != b.production ? a.production < b.production : a.member < b.member;
    });
    QJsonArray seats;
    for (const SeatKey &k : keys) {
        seats.append(QJsonObject { { QStringLiteral("production"), k.production },
            { QStringLiteral("member"), k.member }, { QStringLiteral("role"), ws.seats().value(k) } });
    }
    doc.insert(QStringLiteral("seats"), seats);
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

} // namespace rs::formats
