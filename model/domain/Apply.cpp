// Carries out changes on a Workspace once the rules have accepted them, recording what each touched.
#include "Applier.h"

#include <algorithm>

namespace rs {

void Applier::makeProductionAdmin(Id member)
{
    const Id admin = m_ws.builtInRole(BuiltIn::ProductionAdmin);
    for (auto it = m_ws.m_seats.cbegin(); it != m_ws.m_seats.cend(); ++it) {
        if (it.key().member == member && it.value() != admin)
            m_t.seats.insert(it.key(), it.value());
    }
    for (auto it = m_t.seats.cbegin(); it != m_t.seats.cend(); ++it) {
        if (it.key().member == member)
            m_ws.m_seats.insert(it.key(), admin);
    }
    // An administrator's access never expires.
    const QList<SeatKey> dated = m_ws.m_seatTerms.keys();
    for (const SeatKey &key : dated) {
        if (key.member == member)
            setSeatTerm(key, {});
    }
}

void Applier::applyRole(Change &c)
{
    using K = Change::Kind;
    switch (c.kind) {
    case K::SetGrant:
        setCell(c.role, c.feature, c.levels);
        break;
    case K::CreateRole: {
        c.role = newId(c.role);
        Role &r = role(c.role);
        r = Role();
        r.id = c.role;
        r.name = Rules::normalizedName(c.text);
        r.scope = c.scope;
        r.isTemplate = c.flag;
        r.production = c.scope == Scope::Production && !c.flag ? c.production : 0;
        const Role *source = m_ws.role(c.source);
        if (source) {
            r.guardrails = source->guardrails;
            r.invitedOnly = source->invitedOnly && r.scope == Scope::Account;
            r.description = source->description;
        }
        for (const Feature &f : m_ws.m_features) {
            const Levels wanted = source ? m_ws.grant(*source, f) : Levels::all();
            const Levels levels = wanted.common(Rules::allowedLevels(m_ws, r, f));
            if (!levels.isNone())
                r.grants.insert(f.id, levels);
        }
        break;
    }
    case K::DeleteRole:
        role(c.role);
        m_ws.m_roles.remove(c.role);
        break;
    case K::RenameRole:
        role(c.role).name = Rules::normalizedName(c.text);
        break;
    case K::SetGuardrails: {
        Role &r = role(c.role);
        r.guardrails = c.categories;
        for (const Feature &f : m_ws.m_features) {
            if (r.guardrails.intersects(f.categories))
                r.grants.remove(f.id);
        }
        break;
    }
    case K::SetInvitedOnly:
        role(c.role).invitedOnly = c.flag;
        break;
    case K::SetDescription:
        role(c.role).description = c.text;
        break;
    case K::AddMember:
    case K::RemoveMember:
    case K::RenameMember:
    case K::SetAccountRole:
    case K::TransferOwnership:
    case K::CreateProduction:
    case K::RenameProduction:
    case K::DeleteProduction:
    case K::Invite:
    case K::Uninvite:
    case K::AddSection:
    case K::RenameSection:
    case K::MoveSection:
    case K::RemoveSection:
    case K::AddFeature:
    case K::RenameFeature:
    case K::MoveFeature:
    case K::RemoveFeature:
    case K::SetFeatureScope:
    case K::SetFeatureCategories:
    case K::SetFeatureOwnerOnly:
    case K::SetFeatureRationale:
    case K::SetWorkspaceName:
    case K::SetSeatDates:
    case K::SetProductionEnd:
    case K::SetTimeZone:
        break;
    }
}

void Applier::applyMember(Change &c)
{
    using K = Change::Kind;
    const Id adminRole = m_ws.builtInRole(BuiltIn::Admin);
    switch (c.kind) {
    case K::AddMember: {
        c.member = newId(c.member);
        Member &m = member(c.member);
        m = Member { c.member, Rules::normalizedName(c.text), c.role, {} };
        break;
    }
    case K::RemoveMember: {
        member(c.member);
        m_ws.m_members.remove(c.member);
        const QList<SeatKey> keys = m_ws.m_seats.keys();
        for (const SeatKey &key : keys) {
            if (key.member == c.member)
                setSeat(key, 0);
        }
        for (const Production &p : m_ws.m_productions) {
            if (p.createdBy == c.member)
                production(p.id).createdBy = 0;
        }
        break;
    }
    case K::RenameMember:
        member(c.member).name = Rules::normalizedName(c.text);
        break;
    case K::SetAccountRole:
        member(c.member).accountRole = c.role;
        member(c.member).accountRoleUntil = c.role ? c.until : QDateTime();
        if (c.role && c.role == adminRole)
            makeProductionAdmin(c.member);
        break;
    case K::TransferOwnership: {
        const Id oldOwner = m_ws.owner();
        if (oldOwner)
            member(oldOwner).accountRole = adminRole;
        member(c.member).accountRole = m_ws.builtInRole(BuiltIn::Owner);
        member(c.member).accountRoleUntil = QDateTime();
        makeProductionAdmin(c.member);
        break;
    }
    case K::SetGrant:
    case K::CreateRole:
    case K::DeleteRole:
    case K::RenameRole:
    case K::SetGuardrails:
    case K::SetInvitedOnly:
    case K::SetDescription:
    case K::CreateProduction:
    case K::RenameProduction:
    case K::DeleteProduction:
    case K::Invite:
    case K::Uninvite:
    case K::AddSection:
    case K::RenameSection:
    case K::MoveSection:
    case K::RemoveSection:
    case K::AddFeature:
    case K::RenameFeature:
    case K::MoveFeature:
    case K::RemoveFeature:
    case K::SetFeatureScope:
    case K::SetFeatureCategories:
    case K::SetFeatureOwnerOnly:
    case K::SetFeatureRationale:
    case K::SetWorkspaceName:
    case K::SetSeatDates:
    case K::SetProductionEnd:
    case K::SetTimeZone:
        break;
    }
}

void Applier::applyProduction(Change &c)
{
    using K = Change::Kind;
    switch (c.kind) {
    case K::CreateProduction: {
        c.production = newId(c.production);
        Production &p = production(c.production);
        p = Production { c.production, Rules::normalizedName(c.text), c.member, {} };
        setSeat(SeatKey { c.production, c.member }, m_ws.builtInRole(BuiltIn::ProductionAdmin));
        break;
    }
    case K::RenameProduction:
        production(c.production).name = Rules::normalizedName(c.text);
        break;
    case K::DeleteProduction: {
        production(c.production);
        m_ws.m_productions.remove(c.production);
        const QList<SeatKey> keys = m_ws.m_seats.keys();
        for (const SeatKey &key : keys) {
            if (key.production == c.production)
                setSeat(key, 0);
        }
        const QList<Id> roleIds = m_ws.m_roles.keys();
        for (Id id : roleIds) {
            if (m_ws.m_roles.value(id).production == c.production) {
                role(id);
                m_ws.m_roles.remove(id);
            }
        }
        break;
    }
    case K::Invite:
        setSeat(SeatKey { c.production, c.member }, c.role ? c.role : m_ws.builtInRole(BuiltIn::ProductionMember));
        if (c.from.isValid() || c.until.isValid())
            setSeatTerm(SeatKey { c.production, c.member }, SeatTerm { c.from, c.until });
        break;
    case K::SetSeatDates:
        setSeatTerm(SeatKey { c.production, c.member }, SeatTerm { c.from, c.until });
        break;
    case K::SetProductionEnd:
        production(c.production).wrap = c.until;
        break;
    case K::Uninvite:
        setSeat(SeatKey { c.production, c.member }, 0);
        break;
    case K::SetGrant:
    case K::CreateRole:
    case K::DeleteRole:
    case K::RenameRole:
    case K::SetGuardrails:
    case K::SetInvitedOnly:
    case K::SetDescription:
    case K::AddMember:
    case K::RemoveMember:
    case K::RenameMember:
    case K::SetAccountRole:
    case K::TransferOwnership:
    case K::AddSection:
    case K::RenameSection:
    case K::MoveSection:
    case K::RemoveSection:
    case K::AddFeature:
    case K::RenameFeature:
    case K::MoveFeature:
    case K::RemoveFeature:
    case K::SetFeatureScope:
    case K::SetFeatureCategories:
    case K::SetFeatureOwnerOnly:
    case K::SetFeatureRationale:
    case K::SetWorkspaceName:
    case K::SetTimeZone:
        break;
    }
}

void Applier::apply(Change &c)
{
    m_t.nextIdBefore = m_ws.m_nextId;
    switch (c.area()) {
    case Change::Area::Role:
        applyRole(c);
        break;
    case Change::Area::Member:
        applyMember(c);
        break;
    case Change::Area::Production:
        applyProduction(c);
        break;
    case Change::Area::Workspace:
        if (c.kind == Change::Kind::SetTimeZone) {
            m_t.timeZone = true;
            m_t.timeZoneBefore = m_ws.m_timeZone;
            m_ws.m_timeZone = c.text.toLatin1();
            break;
        }
        m_t.workspaceName = true;
        m_t.workspaceNameBefore = m_ws.m_name;
        m_ws.m_name = Rules::normalizedName(c.text);
        break;
    case Change::Area::Catalog:
        applyCatalog(c);
        break;
    }
    updateNameIndex(c);
}

void Applier::updateNameIndex(const Change &c)
{
    // Only members and productions coming, going or renamed move a name (built-in roles never change here);
    // rebuilding the whole index on every change made bulk edits quadratic.
    using K = Change::Kind;
    switch (c.kind) {
    case K::AddMember:
    case K::RemoveMember:
    case K::RenameMember: {
        const std::optional<Member> before = m_t.members.value(c.member);
        if (before && m_ws.m_memberByName.value(before->name) == c.member)
            m_ws.m_memberByName.remove(before->name);
        if (const Member *m = m_ws.member(c.member))
            m_ws.m_memberByName.insert(m->name, m->id);
        break;
    }
    case K::CreateProduction:
    case K::RenameProduction:
    case K::DeleteProduction: {
        const std::optional<Production> before = m_t.productions.value(c.production);
        if (before && m_ws.m_productionByName.value(before->name) == c.production)
            m_ws.m_productionByName.remove(before->name);
        if (const Production *p = m_ws.production(c.production))
            m_ws.m_productionByName.insert(p->name, p->id);
        break;
    }
    case K::SetGrant:
    case K::CreateRole:
    case K::DeleteRole:
    case K::RenameRole:
    case K::SetGuardrails:
    case K::SetInvitedOnly:
    case K::SetDescription:
    case K::SetAccountRole:
    case K::TransferOwnership:
    case K::Invite:
    case K::Uninvite:
    case K::AddSection:
    case K::RenameSection:
    case K::MoveSection:
    case K::RemoveSection:
    case K::AddFeature:
    case K::RenameFeature:
    case K::MoveFeature:
    case K::RemoveFeature:
    case K::SetFeatureScope:
    case K::SetFeatureCategories:
    case K::SetFeatureOwnerOnly:
    case K::SetFeatureRationale:
    case K::SetWorkspaceName:
    case K::SetSeatDates:
    case K::SetProductionEnd:
    case K::SetTimeZone:
        break;
    }
}

Result<Touched> Workspace::apply(Change &change)
{
    if (Status s = Rules::check(*this, change); !s)
        return s.error();
    Touched touched;
    Applier(*this, touched).apply(change);
    this->touched();
    return touched;
}

void Workspace::restore(const Touched &t)
{
    for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it) {
        if (it.value())
            m_roles.insert(it.key(), *it.value());
        else
            m_roles.remove(it.key());
    }
    for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
        auto role = m_roles.find(it.key().first);
        if (role == m_roles.end())
            continue;
        if (it.value().isNone())
            role->grants.remove(it.key().second);
        else
            role->grants.insert(it.key().second, it.value());
    }
    for (auto it = t.members.cbegin(); it != t.members.cend(); ++it) {
        if (it.value())
            m_members.insert(it.key(), *it.value());
        else
            m_members.remove(it.key());
    }
    for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it) {
        if (it.value())
            m_productions.insert(it.key(), *it.value());
        else
            m_productions.remove(it.key());
    }
    for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it) {
        if (it.value())
            m_seats.insert(it.key(), it.value());
        else
            m_seats.remove(it.key());
    }
    for (auto it = t.seatTerms.cbegin(); it != t.seatTerms.cend(); ++it) {
        if (it.value().isEmpty())
            m_seatTerms.remove(it.key());
        else
            m_seatTerms.insert(it.key(), it.value());
    }
    if (t.timeZone)
        m_timeZone = t.timeZoneBefore;
    if (t.catalog) {
        m_sections = t.sectionsBefore;
        m_features = t.featuresBefore;
        rebuildCatalogIndex();
    }
    if (t.workspaceName)
        m_name = t.workspaceNameBefore;
    m_nextId = t.nextIdBefore;
    rebuildNameIndex();
    this->touched();
}

Status Workspace::verify() const
{
    return Rules::verify(*this);
}

} // namespace rs
