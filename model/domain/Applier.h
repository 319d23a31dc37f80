#pragma once
// The part of Workspace::apply() that carries out an accepted change: what each kind does is in kinds/<Name>.cpp,
// done through this class, which records the before-state of everything it touches (the change's inverse). Not part
// of the model's interface.
#include "Rules.h"
#include "Workspace.h"

namespace rs {

// Mutates a workspace on behalf of Workspace::apply(), keeping the before-state of everything it touches.
class Applier
{
public:
    Applier(Workspace &ws, Touched &t)
        : m_ws(ws)
        , m_t(t)
    {
    }

    Role &role(Id id)
    {
        if (!m_t.roles.contains(id))
            m_t.roles.insert(
                id, m_ws.m_roles.contains(id) ? std::optional<Role>(m_ws.m_roles.value(id)) : std::nullopt);
        return m_ws.m_roles[id];
    }
    void setCell(Id roleId, Id featureId, Levels levels)
    {
        Role &r = m_ws.m_roles[roleId];
        const QPair<Id, Id> key(roleId, featureId);
        if (!m_t.grants.contains(key) && !m_t.roles.contains(roleId))
            m_t.grants.insert(key, r.grants.value(featureId));
        if (levels.isNone())
            r.grants.remove(featureId);
        else
            r.grants.insert(featureId, levels);
    }
    Member &member(Id id)
    {
        if (!m_t.members.contains(id))
            m_t.members.insert(
                id, m_ws.m_members.contains(id) ? std::optional<Member>(m_ws.m_members.value(id)) : std::nullopt);
        return m_ws.m_members[id];
    }
    Production &production(Id id)
    {
        if (!m_t.productions.contains(id))
            m_t.productions.insert(id,
                m_ws.m_productions.contains(id) ? std::optional<Production>(m_ws.m_productions.value(id))
                                                : std::nullopt);
        return m_ws.m_productions[id];
    }
    void setSeat(const SeatKey &key, Id role)
    {
        if (!m_t.seats.contains(key))
            m_t.seats.insert(key, m_ws.m_seats.value(key, 0));
        if (role) {
            m_ws.m_seats.insert(key, role);
        } else {
            m_ws.m_seats.remove(key);
            setSeatTerm(key, {});
        }
    }
    // A seat's dates; the seat is recorded as touched too, so that its row is written.
    void setSeatTerm(const SeatKey &key, const SeatTerm &term)
    {
        if (!m_t.seats.contains(key))
            m_t.seats.insert(key, m_ws.m_seats.value(key, 0));
        if (!m_t.seatTerms.contains(key))
            m_t.seatTerms.insert(key, m_ws.m_seatTerms.value(key));
        if (term.isEmpty())
            m_ws.m_seatTerms.remove(key);
        else
            m_ws.m_seatTerms.insert(key, term);
    }
    void catalog()
    {
        if (!m_t.catalog) {
            m_t.catalog = true;
            m_t.sectionsBefore = m_ws.m_sections;
            m_t.featuresBefore = m_ws.m_features;
        }
    }
    Id newId(Id requested)
    {
        const Id id = requested && !isUsed(requested) ? requested : m_ws.m_nextId;
        m_ws.m_nextId = std::max(m_ws.m_nextId, id + 1);
        return id;
    }
    bool isUsed(Id id) const
    {
        return m_ws.m_roles.contains(id) || m_ws.m_members.contains(id) || m_ws.m_productions.contains(id)
            || m_ws.m_featureIndex.contains(id) || m_ws.m_sectionIndex.contains(id);
    }

    // The workspace as it stands, to read; changes go through the members below.
    const Workspace &workspace() const { return m_ws; }
    void removeRole(Id id)
    {
        role(id);
        m_ws.m_roles.remove(id);
    }
    void removeMember(Id id)
    {
        member(id);
        m_ws.m_members.remove(id);
    }
    void removeProduction(Id id)
    {
        production(id);
        m_ws.m_productions.remove(id);
    }
    // The name indexes after a member or a production came, went or was renamed (built-in roles never change here;
    // rebuilding the whole index on every change made bulk edits quadratic).
    void reindexMember(Id id);
    void reindexProduction(Id id);
    void setWorkspaceName(const QString &name)
    {
        m_t.workspaceName = true;
        m_t.workspaceNameBefore = m_ws.m_name;
        m_ws.m_name = name;
    }
    void setTimeZone(const QByteArray &id)
    {
        m_t.timeZone = true;
        m_t.timeZoneBefore = m_ws.m_timeZone;
        m_ws.m_timeZone = id;
    }
    void setApprovalPolicy(const ApprovalPolicy &policy)
    {
        if (!m_t.approvalPolicy) {
            m_t.approvalPolicy = true;
            m_t.approvalPolicyBefore = m_ws.m_approvalPolicy;
        }
        m_ws.m_approvalPolicy = policy;
    }
    // Every seat of the member becomes a Production admin's, without dates: an administrator's access never expires.
    void makeProductionAdmin(Id member);

    // The catalog, for changes of its area: apply() keeps its before-state first and rebuilds its index after.
    QList<Section> &sections() { return m_ws.m_sections; }
    QList<Feature> &features() { return m_ws.m_features; }
    int sectionIndex(Id id) const { return m_ws.m_sectionIndex.value(id); }
    int featureIndex(Id id) const { return m_ws.m_featureIndex.value(id); }
    Feature &featureAt(Id id) { return m_ws.m_features[m_ws.m_featureIndex.value(id)]; }
    void rebuildCatalogIndex() { m_ws.rebuildCatalogIndex(); }
    // Features grouped by section in section order again, after sections moved.
    void sortCatalog()
    {
        m_ws.rebuildCatalogIndex();
        WorkspaceBuilder(m_ws).finish();
    }
    // Inserts a feature among those of its section; position counts within the section (-1: at the end).
    void placeFeature(Feature feature, int position);
    // Locked roles with stored grants keep to the rules as the catalog changes under them.
    void followCatalog(const Feature &feature);

    // Carries out an accepted change: the kind's apply (kinds/Dispatch.cpp).
    void apply(Change &c);

private:
    Workspace &m_ws;
    Touched &m_t;
};

} // namespace rs
