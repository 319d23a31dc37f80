#include "Change.h"

#include "Dates.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QMetaEnum>

namespace rs {

namespace {

const char *const kKindKeys[] = {
    "set-grant",
    "create-role",
    "delete-role",
    "rename-role",
    "set-guardrails",
    "set-invited-only",
    "set-description",
    "add-member",
    "remove-member",
    "rename-member",
    "set-account-role",
    "transfer-ownership",
    "create-production",
    "rename-production",
    "delete-production",
    "invite",
    "uninvite",
    "add-section",
    "rename-section",
    "move-section",
    "remove-section",
    "add-feature",
    "rename-feature",
    "move-feature",
    "remove-feature",
    "set-feature-scope",
    "set-feature-categories",
    "set-feature-owner-only",
    "set-feature-rationale",
    "set-workspace-name",
    "set-seat-dates",
    "set-production-end",
    "set-time-zone",
};
constexpr int kKindCount = int(sizeof(kKindKeys) / sizeof(kKindKeys[0]));
static_assert(kKindCount == int(Change::Kind::SetTimeZone) + 1, "every kind has a key");

Change make(Change::Kind kind)
{
    Change c;
    c.kind = kind;
    return c;
}

} // namespace

Change Change::setGrant(Id role, Id feature, Levels levels)
{
    Change c = make(Kind::SetGrant);
    c.role = role;
    c.feature = feature;
    c.levels = levels;
    return c;
}

Change Change::createRole(const QString &name, Scope scope, Id production, Id source, bool isTemplate)
{
    Change c = make(Kind::CreateRole);
    c.text = name;
    c.scope = scope;
    c.production = production;
    c.source = source;
    c.flag = isTemplate;
    return c;
}

Change Change::deleteRole(Id role)
{
    Change c = make(Kind::DeleteRole);
    c.role = role;
    return c;
}

Change Change::renameRole(Id role, const QString &name)
{
    Change c = make(Kind::RenameRole);
    c.role = role;
    c.text = name;
    return c;
}

Change Change::setGuardrails(Id role, Categories guardrails, const QString &reason)
{
    Change c = make(Kind::SetGuardrails);
    c.role = role;
    c.categories = guardrails;
    c.note = reason;
    return c;
}

Change Change::setInvitedOnly(Id role, bool invitedOnly)
{
    Change c = make(Kind::SetInvitedOnly);
    c.role = role;
    c.flag = invitedOnly;
    return c;
}

Change Change::setDescription(Id role, const QString &text)
{
    Change c = make(Kind::SetDescription);
    c.role = role;
    c.text = text;
    return c;
}

Change Change::addMember(const QString &name, Id accountRole)
{
    Change c = make(Kind::AddMember);
    c.text = name;
    c.role = accountRole;
    return c;
}

Change Change::removeMember(Id member)
{
    Change c = make(Kind::RemoveMember);
    c.member = member;
    return c;
}

Change Change::renameMember(Id member, const QString &name)
{
    Change c = make(Kind::RenameMember);
    c.member = member;
    c.text = name;
    return c;
}

Change Change::setAccountRole(Id member, Id role, const QDateTime &until)
{
    Change c = make(Kind::SetAccountRole);
    c.member = member;
    c.role = role;
    c.until = until;
    return c;
}

Change Change::transferOwnership(Id member)
{
    Change c = make(Kind::TransferOwnership);
    c.member = member;
    return c;
}

Change Change::createProduction(const QString &name, Id createdBy)
{
    Change c = make(Kind::CreateProduction);
    c.text = name;
    c.member = createdBy;
    return c;
}

Change Change::renameProduction(Id production, const QString &name)
{
    Change c = make(Kind::RenameProduction);
    c.production = production;
    c.text = name;
    return c;
}

Change Change::deleteProduction(Id production)
{
    Change c = make(Kind::DeleteProduction);
    c.production = production;
    return c;
}

Change Change::invite(Id production, Id member, Id role, const QDateTime &from, const QDateTime &until)
{
    Change c = make(Kind::Invite);
    c.production = production;
    c.member = member;
    c.role = role;
    c.from = from;
    c.until = until;
    return c;
}

Change Change::uninvite(Id production, Id member)
{
    Change c = make(Kind::Uninvite);
    c.production = production;
    c.member = member;
    return c;
}

Change Change::addSection(const QString &name, int position)
{
    Change c = make(Kind::AddSection);
    c.text = name;
    c.position = position;
    return c;
}

Change Change::renameSection(Id section, const QString &name)
{
    Change c = make(Kind::RenameSection);
    c.section = section;
    c.text = name;
    return c;
}

Change Change::moveSection(Id section, int position)
{
    Change c = make(Kind::MoveSection);
    c.section = section;
    c.position = position;
    return c;
}

Change Change::removeSection(Id section)
{
    Change c = make(Kind::RemoveSection);
    c.section = section;
    return c;
}

Change Change::addFeature(Id section, const QString &name, Scope scope, Categories categories, bool ownerOnly,
    const QString &rationale, int position)
{
    Change c = make(Kind::AddFeature);
    c.section = section;
    c.text = name;
    c.scope = scope;
    c.categories = categories;
    c.flag = ownerOnly;
    c.note = rationale;
    c.position = position;
    return c;
}

Change Change::renameFeature(Id feature, const QString &name)
{
    Change c = make(Kind::RenameFeature);
    c.feature = feature;
    c.text = name;
    return c;
}

Change Change::moveFeature(Id feature, Id section, int position)
{
    Change c = make(Kind::MoveFeature);
    c.feature = feature;
    c.section = section;
    c.position = position;
    return c;
}

Change Change::removeFeature(Id feature)
{
    Change c = make(Kind::RemoveFeature);
    c.feature = feature;
    return c;
}

Change Change::setFeatureScope(Id feature, Scope scope)
{
    Change c = make(Kind::SetFeatureScope);
    c.feature = feature;
    c.scope = scope;
    return c;
}

Change Change::setFeatureCategories(Id feature, Categories categories)
{
    Change c = make(Kind::SetFeatureCategories);
    c.feature = feature;
    c.categories = categories;
    return c;
}

Change Change::setFeatureOwnerOnly(Id feature, bool ownerOnly)
{
    Change c = make(Kind::SetFeatureOwnerOnly);
    c.feature = feature;
    c.flag = ownerOnly;
    return c;
}

Change Change::setFeatureRationale(Id feature, const QString &rationale)
{
    Change c = make(Kind::SetFeatureRationale);
    c.feature = feature;
    c.text = rationale;
    return c;
}

Change Change::setWorkspaceName(const QString &name)
{
    Change c = make(Kind::SetWorkspaceName);
    c.text = name;
    return c;
}

Change Change::setSeatDates(Id production, Id member, const QDateTime &from, const QDateTime &until)
{
    Change c = make(Kind::SetSeatDates);
    c.production = production;
    c.member = member;
    c.from = from;
    c.until = until;
    return c;
}

Change Change::setProductionEnd(Id production, const QDateTime &wrap)
{
    Change c = make(Kind::SetProductionEnd);
    c.production = production;
    c.until = wrap;
    return c;
}

Change Change::setTimeZone(const QByteArray &ianaId)
{
    Change c = make(Kind::SetTimeZone);
    c.text = QString::fromLatin1(ianaId);
    return c;
}

Change::Area Change::area() const
{
    switch (kind) {
    case Kind::SetGrant:
    case Kind::CreateRole:
    case Kind::DeleteRole:
    case Kind::RenameRole:
    case Kind::SetGuardrails:
    case Kind::SetInvitedOnly:
    case Kind::SetDescription:
        return Area::Role;
    case Kind::AddMember:
    case Kind::RemoveMember:
    case Kind::RenameMember:
    case Kind::SetAccountRole:
    case Kind::TransferOwnership:
        return Area::Member;
    case Kind::CreateProduction:
    case Kind::RenameProduction:
    case Kind::DeleteProduction:
    case Kind::Invite:
    case Kind::Uninvite:
    case Kind::SetSeatDates:
    case Kind::SetProductionEnd:
        return Area::Production;
    case Kind::SetWorkspaceName:
    case Kind::SetTimeZone:
        return Area::Workspace;
    case Kind::AddSection:
    case Kind::RenameSection:
    case Kind::MoveSection:
    case Kind::RemoveSection:
    case Kind::AddFeature:
    case Kind::RenameFeature:
    case Kind::MoveFeature:
    case Kind::RemoveFeature:
    case Kind::SetFeatureScope:
    case Kind::SetFeatureCategories:
    case Kind::SetFeatureOwnerOnly:
    case Kind::SetFeatureRationale:
        break;
    }
    return Area::Catalog;
}

QString Change::describe(const Workspace &ws) const
{
    auto roleName = [&](Id id) {
        const Role *r = ws.role(id);
        return r ? r->name : QString::number(id);
    };
    auto memberName = [&](Id id) {
        const Member *m = ws.member(id);
        return m ? m->name : QString::number(id);
    };
    auto productionName = [&](Id id) {
        const Production *p = ws.production(id);
        return p ? p->name : QString::number(id);
    };
    auto featureName = [&](Id id) {
        const Feature *f = ws.feature(id);
        return f ? f->name : QString::number(id);
    };
    auto sectionName = [&](Id id) {
        const Section *s = ws.section(id);
        return s ? s->name : QString::number(id);
    };
    switch (kind) {
    case Kind::SetGrant:
        return QCoreApplication::translate("rs::Change", "Set %1 to %2 for %3")
            .arg(featureName(feature), levels.toText(), roleName(role));
    case Kind::CreateRole:
        return QCoreApplication::translate("rs::Change", "Create role %1").arg(text);
    case Kind::DeleteRole:
        return QCoreApplication::translate("rs::Change", "Delete role %1").arg(roleName(role));
    case Kind::RenameRole:
        return QCoreApplication::translate("rs::Change", "Rename role %1 to %2").arg(roleName(role), text);
    case Kind::SetGuardrails:
        return categories.isEmpty()
            ? QCoreApplication::translate("rs::Change", "Remove the guardrails of %1").arg(roleName(role))
            : QCoreApplication::translate("rs::Change", "Set the guardrails of %1 to %2")
                  .arg(roleName(role), categories.toText());
    case Kind::SetInvitedOnly:
        return flag ? QCoreApplication::translate("rs::Change", "Limit %1 to invited productions").arg(roleName(role))
                    : QCoreApplication::translate("rs::Change", "Let %1 reach every production").arg(roleName(role));
    case Kind::SetDescription:
        return QCoreApplication::translate("rs::Change", "Describe %1").arg(roleName(role));
    case Kind::AddMember:
        return QCoreApplication::translate("rs::Change", "Add member %1").arg(text);
    case Kind::RemoveMember:
        return QCoreApplication::translate("rs::Change", "Remove member %1").arg(memberName(member));
    case Kind::RenameMember:
        return QCoreApplication::translate("rs::Change", "Rename member %1 to %2").arg(memberName(member), text);
    case Kind::SetAccountRole:
        if (role && until.isValid())
            return QCoreApplication::translate("rs::Change", "Give %1 the account role %2 until %3")
                .arg(memberName(member), roleName(role), dates::date(until, ws.timeZone()));
        return role
            ? QCoreApplication::translate("rs::Change", "Give %1 the account role %2")
                  .arg(memberName(member), roleName(role))
            : QCoreApplication::translate("rs::Change", "Take the account role from %1").arg(memberName(member));
    case Kind::TransferOwnership:
        return QCoreApplication::translate("rs::Change", "Transfer ownership to %1").arg(memberName(member));
    case Kind::CreateProduction:
        return QCoreApplication::translate("rs::Change", "Create production %1").arg(text);
    case Kind::RenameProduction:
        return QCoreApplication::translate("rs::Change", "Rename production %1 to %2")
            .arg(productionName(production), text);
    case Kind::DeleteProduction:
        return QCoreApplication::translate("rs::Change", "Delete production %1").arg(productionName(production));
    case Kind::Invite:
        if (until.isValid())
            return QCoreApplication::translate("rs::Change", "Invite %1 to %2 as %3 until %4")
                .arg(memberName(member), productionName(production),
                    roleName(role ? role : ws.builtInRole(BuiltIn::ProductionMember)),
                    dates::date(until, ws.timeZone()));
        return QCoreApplication::translate("rs::Change", "Invite %1 to %2 as %3")
            .arg(memberName(member), productionName(production),
                roleName(role ? role : ws.builtInRole(BuiltIn::ProductionMember)));
    case Kind::Uninvite:
        return QCoreApplication::translate("rs::Change", "Take %1 off the team of %2")
            .arg(memberName(member), productionName(production));
    case Kind::AddSection:
        return QCoreApplication::translate("rs::Change", "Add section %1").arg(text);
    case Kind::RenameSection:
        return QCoreApplication::translate("rs::Change", "Rename section %1 to %2").arg(sectionName(section), text);
    case Kind::MoveSection:
        return QCoreApplication::translate("rs::Change", "Move section %1").arg(sectionName(section));
    case Kind::RemoveSection:
        return QCoreApplication::translate("rs::Change", "Remove section %1").arg(sectionName(section));
    case Kind::AddFeature:
        return QCoreApplication::translate("rs::Change", "Add feature %1").arg(text);
    case Kind::RenameFeature:
        return QCoreApplication::translate("rs::Change", "Rename feature %1 to %2").arg(featureName(feature), text);
    case Kind::MoveFeature:
        return QCoreApplication::translate("rs::Change", "Move feature %1").arg(featureName(feature));
    case Kind::RemoveFeature:
        return QCoreApplication::translate("rs::Change", "Remove feature %1").arg(featureName(feature));
    case Kind::SetFeatureScope:
        return scope == Scope::Account
            ? QCoreApplication::translate("rs::Change", "Make %1 account-wide").arg(featureName(feature))
            : QCoreApplication::translate("rs::Change", "Make %1 a production feature").arg(featureName(feature));
    case Kind::SetFeatureCategories:
        return QCoreApplication::translate("rs::Change", "Change the categories of %1").arg(featureName(feature));
    case Kind::SetFeatureOwnerOnly:
        return flag ? QCoreApplication::translate("rs::Change", "Reserve %1 for the owner").arg(featureName(feature))
                    : QCoreApplication::translate("rs::Change", "Open %1 beyond the owner").arg(featureName(feature));
    case Kind::SetFeatureRationale:
        return QCoreApplication::translate("rs::Change", "Explain %1").arg(featureName(feature));
    case Kind::SetWorkspaceName:
        return QCoreApplication::translate("rs::Change", "Rename the workspace to %1").arg(text);
    case Kind::SetSeatDates: {
        const QTimeZone zone = ws.timeZone();
        if (!until.isValid())
            return from.isValid() ? QCoreApplication::translate("rs::Change", "Let %1's seat in %2 run from %3")
                                        .arg(memberName(member), productionName(production), dates::date(from, zone))
                                  : QCoreApplication::translate("rs::Change", "Take the dates off %1's seat in %2")
                                        .arg(memberName(member), productionName(production));
        return from.isValid() ? QCoreApplication::translate("rs::Change", "Let %1's seat in %2 run from %3 until %4")
                                    .arg(memberName(member), productionName(production), dates::date(from, zone),
                                        dates::date(until, zone))
                              : QCoreApplication::translate("rs::Change", "Let %1's seat in %2 run until %3")
                                    .arg(memberName(member), productionName(production), dates::date(until, zone));
    }
    case Kind::SetProductionEnd:
        return until.isValid()
            ? QCoreApplication::translate("rs::Change", "Wrap %1 on %2")
                  .arg(productionName(production), dates::date(until, ws.timeZone()))
            : QCoreApplication::translate("rs::Change", "Take the wrap date off %1").arg(productionName(production));
    case Kind::SetTimeZone:
        return text.isEmpty() ? QCoreApplication::translate("rs::Change", "Use the system's time zone")
                              : QCoreApplication::translate("rs::Change", "Use the time zone %1").arg(text);
    }
    return {};
}

QJsonObject Change::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QString::fromLatin1(kKindKeys[int(kind)]));
    auto putId = [&](const char *key, Id id) {
        if (id)
            o.insert(QLatin1String(key), QString::number(id));
    };
    putId("role", role);
    putId("feature", feature);
    putId("member", member);
    putId("production", production);
    putId("section", section);
    putId("source", source);
    o.insert(QStringLiteral("levels"), levels.toArgument());
    o.insert(QStringLiteral("categories"), categories.toKeys());
    o.insert(
        QStringLiteral("scope"), scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production"));
    o.insert(QStringLiteral("flag"), flag);
    o.insert(QStringLiteral("position"), position);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("note"), note);
    if (from.isValid())
        o.insert(QStringLiteral("from"), dates::iso(from));
    if (until.isValid())
        o.insert(QStringLiteral("until"), dates::iso(until));
    return o;
}

Result<Change> Change::fromJson(const QJsonObject &o)
{
    Change c;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    int k = 0;
    while (k < kKindCount && kind != QLatin1String(kKindKeys[k]))
        ++k;
    if (k == kKindCount)
        return Error::badInput(QCoreApplication::translate("rs::Change", "Unknown change \"%1\".").arg(kind.left(40)));
    c.kind = Kind(k);
    auto getId = [&](const char *key) { return o.value(QLatin1String(key)).toString().toLongLong(); };
    c.role = getId("role");
    c.feature = getId("feature");
    c.member = getId("member");
    c.production = getId("production");
    c.section = getId("section");
    c.source = getId("source");
    const Result<Levels> levels = Levels::parseArgument(o.value(QStringLiteral("levels")).toString());
    if (!levels)
        return levels.error();
    c.levels = levels.value();
    const Result<Categories> categories = Categories::parseKeys(o.value(QStringLiteral("categories")).toString());
    if (!categories)
        return categories.error();
    c.categories = categories.value();
    c.scope = o.value(QStringLiteral("scope")).toString() == QLatin1String("production") ? Scope::Production
                                                                                         : Scope::Account;
    c.flag = o.value(QStringLiteral("flag")).toBool();
    c.position = o.value(QStringLiteral("position")).toInt(-1);
    c.text = o.value(QStringLiteral("text")).toString();
    c.note = o.value(QStringLiteral("note")).toString();
    for (auto [key, field] : { std::pair { "from", &c.from }, std::pair { "until", &c.until } }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const Result<QDateTime> at = dates::parseIso(v.toString());
        if (!at)
            return at.error();
        *field = at.value();
    }
    return c;
}

} // namespace rs
