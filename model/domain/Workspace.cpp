#include "Workspace.h"

#include <algorithm>

namespace rs {

Workspace::Workspace() = default;

const Section *Workspace::section(Id id) const
{
    const auto it = m_sectionIndex.constFind(id);
    return it == m_sectionIndex.cend() ? nullptr : &m_sections.at(*it);
}

const Feature *Workspace::feature(Id id) const
{
    const auto it = m_featureIndex.constFind(id);
    return it == m_featureIndex.cend() ? nullptr : &m_features.at(*it);
}

int Workspace::featureIndex(Id id) const
{
    return m_featureIndex.value(id, -1);
}

QList<const Feature *> Workspace::featuresOf(Id section) const
{
    QList<const Feature *> result;
    for (const Feature &f : m_features) {
        if (f.section == section)
            result.append(&f);
    }
    return result;
}

const Section *Workspace::findSection(const QString &name) const
{
    for (const Section &s : m_sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const Feature *Workspace::findFeature(const QString &name) const
{
    for (const Feature &f : m_features) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const Role *Workspace::role(Id id) const
{
    const auto it = m_roles.constFind(id);
    return it == m_roles.cend() ? nullptr : &*it;
}

Id Workspace::builtInRole(BuiltIn which) const
{
    return m_builtIns.value(which, 0);
}

const Role *Workspace::findAccountRole(const QString &name) const
{
    for (const Role &r : m_roles) {
        if (r.isAccountRole() && r.name == name)
            return &r;
    }
    return nullptr;
}

const Role *Workspace::findTemplate(const QString &name) const
{
    for (const Role &r : m_roles) {
        if (r.isTemplate && r.name == name)
            return &r;
    }
    return nullptr;
}

const Role *Workspace::findProductionRole(Id production, const QString &name) const
{
    for (const Role &r : m_roles) {
        if (r.isProductionRole() && (r.production == 0 || r.production == production) && r.name == name)
            return &r;
    }
    return nullptr;
}

QList<const Role *> Workspace::accountRoles() const
{
    QList<const Role *> result;
    for (const Role &r : m_roles) {
        if (r.isAccountRole())
            result.append(&r);
    }
    return result;
}

QList<const Role *> Workspace::templates() const
{
    QList<const Role *> result;
    for (const Role &r : m_roles) {
        if (r.isTemplate)
            result.append(&r);
    }
    return result;
}

QList<const Role *> Workspace::productionRoles(Id production) const
{
    QList<const Role *> result;
    for (const Role &r : m_roles) {
        if (r.isProductionRole() && (r.production == 0 || r.production == production))
            result.append(&r);
    }
    return result;
}

Levels Workspace::grant(const Role &role, const Feature &feature) const
{
    switch (role.builtIn) {
    case BuiltIn::Owner:
        return Levels::all();
    case BuiltIn::Admin:
        return feature.ownerOnly ? Levels() : Levels::all();
    case BuiltIn::ProductionAdmin:
        return feature.scope == Scope::Production && !feature.ownerOnly ? Levels::all() : Levels();
    default:
        return role.grants.value(feature.id);
    }
}

Levels Workspace::grant(Id role, Id feature) const
{
    const Role *r = this->role(role);
    const Feature *f = this->feature(feature);
    return r && f ? grant(*r, *f) : Levels();
}

const Member *Workspace::member(Id id) const
{
    const auto it = m_members.constFind(id);
    return it == m_members.cend() ? nullptr : &*it;
}

const Member *Workspace::findMember(const QString &name) const
{
    return member(m_memberByName.value(name, 0));
}

Id Workspace::owner() const
{
    const Id ownerRole = builtInRole(BuiltIn::Owner);
    for (const Member &m : m_members) {
        if (ownerRole && m.accountRole == ownerRole)
            return m.id;
    }
    return 0;
}

const Production *Workspace::production(Id id) const
{
    const auto it = m_productions.constFind(id);
    return it == m_productions.cend() ? nullptr : &*it;
}

const Production *Workspace::findProduction(const QString &name) const
{
    return production(m_productionByName.value(name, 0));
}

Id Workspace::seatRole(Id production, Id member) const
{
    const Member *m = this->member(member);
    if (!m || !this->production(production))
        return 0;
    if (m->accountRole
        && (m->accountRole == builtInRole(BuiltIn::Owner) || m->accountRole == builtInRole(BuiltIn::Admin)))
        return builtInRole(BuiltIn::ProductionAdmin);
    return m_seats.value(SeatKey { production, member }, 0);
}

QList<Id> Workspace::holders(Id role) const
{
    QList<Id> result;
    for (const Member &m : m_members) {
        if (m.accountRole == role)
            result.append(m.id);
    }
    for (auto it = m_seats.cbegin(); it != m_seats.cend(); ++it) {
        if (it.value() == role && !result.contains(it.key().member))
            result.append(it.key().member);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<SeatKey> Workspace::seatsOf(Id role) const
{
    QList<SeatKey> result;
    for (auto it = m_seats.cbegin(); it != m_seats.cend(); ++it) {
        if (it.value() == role)
            result.append(it.key());
    }
    return result;
}

SeatTerm Workspace::effectiveSeatTerm(const SeatKey &key) const
{
    const Member *m = member(key.member);
    if (!m
        || (m->accountRole
            && (m->accountRole == builtInRole(BuiltIn::Owner) || m->accountRole == builtInRole(BuiltIn::Admin))))
        return {};
    SeatTerm term = m_seatTerms.value(key);
    if (!term.until.isValid()) {
        if (const Production *p = production(key.production))
            term.until = p->wrap;
    }
    return term;
}

bool Workspace::seatActive(const SeatKey &key, const QDateTime &at) const
{
    if (!m_seats.contains(key))
        return false;
    const SeatTerm term = effectiveSeatTerm(key);
    return (!term.from.isValid() || term.from <= at) && (!term.until.isValid() || at <= term.until);
}

bool Workspace::accountRoleActive(const Member &member, const QDateTime &at) const
{
    return member.accountRole && (!member.accountRoleUntil.isValid() || at <= member.accountRoleUntil);
}

QTimeZone Workspace::timeZone() const
{
    if (!m_timeZone.isEmpty()) {
        const QTimeZone zone(m_timeZone);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

void Workspace::rebuildCatalogIndex()
{
    m_sectionIndex.clear();
    m_featureIndex.clear();
    for (int i = 0; i < m_sections.size(); ++i)
        m_sectionIndex.insert(m_sections.at(i).id, i);
    for (int i = 0; i < m_features.size(); ++i)
        m_featureIndex.insert(m_features.at(i).id, i);
}

void Workspace::rebuildNameIndex()
{
    m_memberByName.clear();
    m_productionByName.clear();
    m_builtIns.clear();
    for (const Member &m : m_members)
        m_memberByName.insert(m.name, m.id);
    for (const Production &p : m_productions)
        m_productionByName.insert(p.name, p.id);
    for (const Role &r : m_roles) {
        if (r.builtIn != BuiltIn::None)
            m_builtIns.insert(r.builtIn, r.id);
    }
}

bool Workspace::operator==(const Workspace &other) const
{
    return m_name == other.m_name && m_sections == other.m_sections && m_features == other.m_features
        && m_roles == other.m_roles && m_members == other.m_members && m_productions == other.m_productions
        && m_seats == other.m_seats && m_seatTerms == other.m_seatTerms && m_timeZone == other.m_timeZone
        && m_approvalPolicy == other.m_approvalPolicy;
}

Role *WorkspaceBuilder::role(Id id)
{
    auto it = m_ws.m_roles.find(id);
    return it == m_ws.m_roles.end() ? nullptr : &*it;
}

void WorkspaceBuilder::finish()
{
    QHash<Id, int> sectionOrder;
    for (int i = 0; i < m_ws.m_sections.size(); ++i)
        sectionOrder.insert(m_ws.m_sections.at(i).id, i);
    std::stable_sort(m_ws.m_features.begin(), m_ws.m_features.end(), [&](const Feature &a, const Feature &b) {
        return sectionOrder.value(a.section, INT_MAX) < sectionOrder.value(b.section, INT_MAX);
    });
    m_ws.rebuildCatalogIndex();
    m_ws.rebuildNameIndex();
    Id maxId = 0;
    for (const Section &s : m_ws.m_sections)
        maxId = std::max(maxId, s.id);
    for (const Feature &f : m_ws.m_features)
        maxId = std::max(maxId, f.id);
    for (const Role &r : m_ws.m_roles)
        maxId = std::max(maxId, r.id);
    for (const Member &m : m_ws.m_members)
        maxId = std::max(maxId, m.id);
    for (const Production &p : m_ws.m_productions)
        maxId = std::max(maxId, p.id);
    m_ws.m_nextId = std::max(m_ws.m_nextId, maxId + 1);
    m_ws.touched();
}

} // namespace rs
