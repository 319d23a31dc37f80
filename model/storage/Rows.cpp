// The columns of every stored entity, each with how it is written and read (Rows.h).
#include "Rows.h"

#include <algorithm>

namespace rs::rows {

const Table<SectionRow> &sections()
{
    static const Table<SectionRow> table("sections",
        {
            { "id", Use::Key, [](const SectionRow &r) -> QVariant { return r.section.id; },
                [](SectionRow &r, const QVariant &v) { r.section.id = v.toLongLong(); } },
            { "name", Use::Value, [](const SectionRow &r) -> QVariant { return r.section.name; },
                [](SectionRow &r, const QVariant &v) { r.section.name = v.toString(); } },
            { "position", Use::WriteOnly, [](const SectionRow &r) -> QVariant { return r.position; }, nullptr },
        },
        "ORDER BY position, id");
    return table;
}

const Table<FeatureRow> &features()
{
    static const Table<FeatureRow> table("features",
        {
            { "id", Use::Key, [](const FeatureRow &r) -> QVariant { return r.feature.id; },
                [](FeatureRow &r, const QVariant &v) { r.feature.id = v.toLongLong(); } },
            { "section_id", Use::Value, [](const FeatureRow &r) -> QVariant { return r.feature.section; },
                [](FeatureRow &r, const QVariant &v) { r.feature.section = v.toLongLong(); } },
            { "name", Use::Value, [](const FeatureRow &r) -> QVariant { return r.feature.name; },
                [](FeatureRow &r, const QVariant &v) { r.feature.name = v.toString(); } },
            { "position", Use::WriteOnly, [](const FeatureRow &r) -> QVariant { return r.position; }, nullptr },
            { "scope", Use::Value, [](const FeatureRow &r) -> QVariant { return scopeKey(r.feature.scope); },
                [](FeatureRow &r, const QVariant &v) { r.feature.scope = scopeFrom(v.toString()); } },
            { "categories", Use::Value,
                [](const FeatureRow &r) -> QVariant { return int(r.feature.categories.bits()); },
                [](FeatureRow &r, const QVariant &v) { r.feature.categories = Categories::fromBits(v.toUInt()); } },
            { "owner_only", Use::Value, [](const FeatureRow &r) -> QVariant { return r.feature.ownerOnly ? 1 : 0; },
                [](FeatureRow &r, const QVariant &v) { r.feature.ownerOnly = v.toInt() != 0; } },
            { "rationale", Use::Value, [](const FeatureRow &r) -> QVariant { return r.feature.rationale; },
                [](FeatureRow &r, const QVariant &v) { r.feature.rationale = v.toString(); } },
            { "revision", Use::Revision, nullptr,
                [](FeatureRow &r, const QVariant &v) { r.revision = v.toLongLong(); } },
        },
        "ORDER BY position, id");
    return table;
}

const Table<RoleRow> &roles()
{
    static const Table<RoleRow> table("roles",
        {
            { "id", Use::Key, [](const RoleRow &r) -> QVariant { return r.role.id; },
                [](RoleRow &r, const QVariant &v) { r.role.id = v.toLongLong(); } },
            { "name", Use::Value, [](const RoleRow &r) -> QVariant { return r.role.name; },
                [](RoleRow &r, const QVariant &v) { r.role.name = v.toString(); } },
            { "scope", Use::Value, [](const RoleRow &r) -> QVariant { return scopeKey(r.role.scope); },
                [](RoleRow &r, const QVariant &v) { r.role.scope = scopeFrom(v.toString()); } },
            { "is_template", Use::Value, [](const RoleRow &r) -> QVariant { return r.role.isTemplate ? 1 : 0; },
                [](RoleRow &r, const QVariant &v) { r.role.isTemplate = v.toInt() != 0; } },
            { "built_in", Use::Value, [](const RoleRow &r) -> QVariant { return int(r.role.builtIn); },
                [](RoleRow &r, const QVariant &v) {
                    r.builtIn = v.toInt();
                    r.role.builtIn = r.valid() ? BuiltIn(r.builtIn) : BuiltIn::None;
                } },
            { "production_id", Use::Value, [](const RoleRow &r) -> QVariant { return idOrNull(r.role.production); },
                [](RoleRow &r, const QVariant &v) { r.role.production = v.toLongLong(); } },
            { "guardrails", Use::Value, [](const RoleRow &r) -> QVariant { return int(r.role.guardrails.bits()); },
                [](RoleRow &r, const QVariant &v) { r.role.guardrails = Categories::fromBits(v.toUInt()); } },
            { "invited_only", Use::Value, [](const RoleRow &r) -> QVariant { return r.role.invitedOnly ? 1 : 0; },
                [](RoleRow &r, const QVariant &v) { r.role.invitedOnly = v.toInt() != 0; } },
            { "description", Use::Value, [](const RoleRow &r) -> QVariant { return r.role.description; },
                [](RoleRow &r, const QVariant &v) { r.role.description = v.toString(); } },
            { "revision", Use::Revision, nullptr, [](RoleRow &r, const QVariant &v) { r.revision = v.toLongLong(); } },
        });
    return table;
}

const Table<GrantRow> &grants()
{
    static const Table<GrantRow> table("grants",
        {
            { "role_id", Use::Key, [](const GrantRow &r) -> QVariant { return r.role; },
                [](GrantRow &r, const QVariant &v) { r.role = v.toLongLong(); } },
            { "feature_id", Use::Key, [](const GrantRow &r) -> QVariant { return r.feature; },
                [](GrantRow &r, const QVariant &v) { r.feature = v.toLongLong(); } },
            { "levels", Use::Value, [](const GrantRow &r) -> QVariant { return int(r.levels.bits()); },
                [](GrantRow &r, const QVariant &v) { r.levels = Levels::fromBits(v.toUInt()); } },
        },
        "ORDER BY role_id");
    return table;
}

std::array<qint64, 3> grantNumbers(const GrantRow &row)
{
    return { row.role, row.feature, qint64(row.levels.bits()) };
}

std::vector<qint64> grantNumbers(const Role &r)
{
    QList<Id> features = r.grants.keys();
    std::sort(features.begin(), features.end());
    std::vector<qint64> values;
    values.reserve(size_t(features.size()) * 3);
    for (const Id feature : features) {
        const std::array<qint64, 3> row = grantNumbers({ r.id, feature, r.grants.value(feature) });
        values.insert(values.end(), row.begin(), row.end());
    }
    return values;
}

QString baseText(const QHash<Id, Levels> &base)
{
    QList<Id> ids = base.keys();
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    parts.reserve(ids.size());
    for (const Id id : ids)
        parts.append(QStringLiteral("%1:%2").arg(id).arg(int(base.value(id).bits())));
    return parts.join(QLatin1Char(','));
}

std::optional<QHash<Id, Levels>> baseFrom(const QString &text)
{
    QHash<Id, Levels> base;
    if (text.isEmpty())
        return base;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        bool okId = false;
        bool okLevels = false;
        const Id id = part.left(colon).toLongLong(&okId);
        const uint bits = part.mid(colon + 1).toUInt(&okLevels);
        if (colon < 0 || !okId || !okLevels || id <= 0 || bits > 15 || bits == 0)
            return std::nullopt;
        base.insert(id, Levels::fromBits(bits));
    }
    return base;
}

const Table<RoleLinkRow> &roleLinks()
{
    static const Table<RoleLinkRow> table("role_links",
        {
            { "role_id", Use::Key, [](const RoleLinkRow &r) -> QVariant { return r.role; },
                [](RoleLinkRow &r, const QVariant &v) { r.role = v.toLongLong(); } },
            { "version", Use::Value, [](const RoleLinkRow &r) -> QVariant { return r.version; },
                [](RoleLinkRow &r, const QVariant &v) { r.version = v.toInt(); } },
            { "template_id", Use::Value, [](const RoleLinkRow &r) -> QVariant { return idOrNull(r.link.templ); },
                [](RoleLinkRow &r, const QVariant &v) { r.link.templ = v.toLongLong(); } },
            { "template_version", Use::Value, [](const RoleLinkRow &r) -> QVariant { return r.link.version; },
                [](RoleLinkRow &r, const QVariant &v) { r.link.version = v.toInt(); } },
            { "follow", Use::Value, [](const RoleLinkRow &r) -> QVariant { return r.link.follow ? 1 : 0; },
                [](RoleLinkRow &r, const QVariant &v) { r.link.follow = v.toInt() != 0; } },
            // A damaged base reads as a cell no catalog has (feature 0), which the workspace's check refuses.
            { "base", Use::Value, [](const RoleLinkRow &r) -> QVariant { return baseText(r.link.base); },
                [](RoleLinkRow &r, const QVariant &v) {
                    const std::optional<QHash<Id, Levels>> base = baseFrom(v.toString());
                    r.link.base = base ? *base : QHash<Id, Levels> { { 0, Levels::all() } };
                } },
        },
        "ORDER BY role_id");
    return table;
}

const Table<MemberRow> &members()
{
    static const Table<MemberRow> table("members",
        {
            { "id", Use::Key, [](const MemberRow &r) -> QVariant { return r.member.id; },
                [](MemberRow &r, const QVariant &v) { r.member.id = v.toLongLong(); } },
            { "name", Use::Value, [](const MemberRow &r) -> QVariant { return r.member.name; },
                [](MemberRow &r, const QVariant &v) { r.member.name = v.toString(); } },
            { "account_role_id", Use::Value,
                [](const MemberRow &r) -> QVariant { return idOrNull(r.member.accountRole); },
                [](MemberRow &r, const QVariant &v) { r.member.accountRole = v.toLongLong(); } },
            { "is_owner", Use::WriteOnly, [](const MemberRow &r) -> QVariant { return r.isOwner ? 1 : 0; }, nullptr },
            { "account_role_until", Use::Value,
                [](const MemberRow &r) -> QVariant { return instant(r.member.accountRoleUntil); },
                [](MemberRow &r, const QVariant &v) { r.member.accountRoleUntil = instantFrom(v); } },
            { "revision", Use::Revision, nullptr,
                [](MemberRow &r, const QVariant &v) { r.revision = v.toLongLong(); } },
        });
    return table;
}

const Table<ProductionRow> &productions()
{
    static const Table<ProductionRow> table("productions",
        {
            { "id", Use::Key, [](const ProductionRow &r) -> QVariant { return r.production.id; },
                [](ProductionRow &r, const QVariant &v) { r.production.id = v.toLongLong(); } },
            { "name", Use::Value, [](const ProductionRow &r) -> QVariant { return r.production.name; },
                [](ProductionRow &r, const QVariant &v) { r.production.name = v.toString(); } },
            { "created_by", Use::Value,
                [](const ProductionRow &r) -> QVariant { return idOrNull(r.production.createdBy); },
                [](ProductionRow &r, const QVariant &v) { r.production.createdBy = v.toLongLong(); } },
            { "wrap_at", Use::Value, [](const ProductionRow &r) -> QVariant { return instant(r.production.wrap); },
                [](ProductionRow &r, const QVariant &v) { r.production.wrap = instantFrom(v); } },
            { "revision", Use::Revision, nullptr,
                [](ProductionRow &r, const QVariant &v) { r.revision = v.toLongLong(); } },
        });
    return table;
}

const Table<SeatRow> &seats()
{
    static const Table<SeatRow> table("seats",
        {
            { "production_id", Use::Key, [](const SeatRow &r) -> QVariant { return r.key.production; },
                [](SeatRow &r, const QVariant &v) { r.key.production = v.toLongLong(); } },
            { "member_id", Use::Key, [](const SeatRow &r) -> QVariant { return r.key.member; },
                [](SeatRow &r, const QVariant &v) { r.key.member = v.toLongLong(); } },
            { "role_id", Use::Value, [](const SeatRow &r) -> QVariant { return r.role; },
                [](SeatRow &r, const QVariant &v) { r.role = v.toLongLong(); } },
            { "starts_at", Use::Value, [](const SeatRow &r) -> QVariant { return instant(r.term.from); },
                [](SeatRow &r, const QVariant &v) { r.term.from = instantFrom(v); } },
            { "ends_at", Use::Value, [](const SeatRow &r) -> QVariant { return instant(r.term.until); },
                [](SeatRow &r, const QVariant &v) { r.term.until = instantFrom(v); } },
        });
    return table;
}

} // namespace rs::rows
