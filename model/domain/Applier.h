#pragma once
// The part of Workspace::apply() that carries out an accepted change: Apply.cpp, and ApplyCatalog.cpp for the
// catalog. Not part of the model's interface.
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

    void apply(Change &c);

private:
    void applyRole(Change &c);
    void applyMember(Change &c);
    void applyProduction(Change &c);
    void applyCatalog(Change &c);
    void placeFeature(Feature feature, int position);
    void updateNameIndex(const Change &c);
    void makeProductionAdmin(Id member);

    Workspace &m_ws;
    Touched &m_t;
};

} // namespace rs
