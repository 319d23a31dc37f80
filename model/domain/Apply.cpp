// Carries out changes on a Workspace once the rules have accepted them, recording what each touched; what a kind of
// change does is in its own file under kinds/.
#include "Applier.h"
#include "kinds/Kinds.h"

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

void Applier::reindexMember(Id id)
{
    const std::optional<Member> before = m_t.members.value(id);
    if (before && m_ws.m_memberByName.value(before->name) == id)
        m_ws.m_memberByName.remove(before->name);
    if (const Member *m = m_ws.member(id))
        m_ws.m_memberByName.insert(m->name, m->id);
}

void Applier::reindexProduction(Id id)
{
    const std::optional<Production> before = m_t.productions.value(id);
    if (before && m_ws.m_productionByName.value(before->name) == id)
        m_ws.m_productionByName.remove(before->name);
    if (const Production *p = m_ws.production(id))
        m_ws.m_productionByName.insert(p->name, p->id);
}

void Applier::placeFeature(Feature feature, int position)
{
    // Features stay grouped by section in section order; position counts within the section.
    QHash<Id, int> order;
    for (int i = 0; i < m_ws.m_sections.size(); ++i)
        order.insert(m_ws.m_sections.at(i).id, i);
    const int target = order.value(feature.section);
    int before = 0; // features of earlier sections
    int inSection = 0;
    for (const Feature &f : m_ws.m_features) {
        const int o = order.value(f.section);
        before += o < target ? 1 : 0;
        inSection += o == target ? 1 : 0;
    }
    const int offset = position < 0 || position > inSection ? inSection : position;
    m_ws.m_features.insert(before + offset, feature);
}

void Applier::followCatalog(const Feature &f)
{
    for (const Role &r : m_ws.m_roles) {
        if (r.isLocked() && !r.grants.value(f.id).isNone() && !Rules::whyClosed(m_ws, r, f).isEmpty())
            setCell(r.id, f.id, Levels());
    }
}

void Applier::apply(Change &c)
{
    m_t.nextIdBefore = m_ws.m_nextId;
    const bool catalogChange = c.area() == Change::Area::Catalog;
    if (catalogChange)
        catalog();
    kinds::apply(*this, c);
    if (catalogChange)
        m_ws.rebuildCatalogIndex();
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
    if (t.approvalPolicy)
        m_approvalPolicy = t.approvalPolicyBefore;
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
