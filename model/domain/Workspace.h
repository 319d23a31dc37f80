#pragma once

#include "ApprovalPolicy.h"
#include "Change.h"
#include "Entities.h"

#include <QList>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace rs {

// What a change touched, with the state each touched thing had before it: enough to undo the change and to tell the
// store which rows to write.
struct Touched
{
    QHash<Id, std::optional<Role>> roles; // whole roles, grants included
    QHash<QPair<Id, Id>, Levels> grants; // (role, feature) cells, levels before
    QHash<Id, std::optional<Member>> members;
    QHash<Id, std::optional<Production>> productions;
    QHash<SeatKey, Id> seats; // role before; 0 when there was no seat
    QHash<SeatKey, SeatTerm> seatTerms; // dates before (empty: none); a seat whose dates change is in seats too
    bool timeZone = false;
    QByteArray timeZoneBefore;
    bool catalog = false;
    QList<Section> sectionsBefore;
    QList<Feature> featuresBefore;
    bool workspaceName = false;
    QString workspaceNameBefore;
    bool approvalPolicy = false;
    ApprovalPolicy approvalPolicyBefore;
    Id nextIdBefore = 0;

    bool isEmpty() const
    {
        return roles.isEmpty() && grants.isEmpty() && members.isEmpty() && productions.isEmpty() && seats.isEmpty()
            && !catalog && !workspaceName && !timeZone && !approvalPolicy;
    }
};

// One studio's catalog, roles, members, productions and teams, in memory. Every change goes through apply(), which
// enforces the rules of the model; the data is otherwise read-only to the outside.
class Workspace
{
public:
    Workspace();

    // --- catalog
    const QList<Section> &sections() const { return m_sections; }
    const QList<Feature> &features() const { return m_features; } // catalog order
    const Section *section(Id id) const;
    const Feature *feature(Id id) const;
    int featureIndex(Id id) const; // position in features(), -1 if unknown
    QList<const Feature *> featuresOf(Id section) const;
    const Section *findSection(const QString &name) const;
    const Feature *findFeature(const QString &name) const;

    // --- roles
    const QMap<Id, Role> &roles() const { return m_roles; }
    const Role *role(Id id) const;
    Id builtInRole(BuiltIn which) const;
    const Role *findAccountRole(const QString &name) const;
    const Role *findTemplate(const QString &name) const;
    // Production roles usable in a production: the built-in ones and the production's own.
    const Role *findProductionRole(Id production, const QString &name) const;
    QList<const Role *> accountRoles() const;
    QList<const Role *> templates() const;
    QList<const Role *> productionRoles(Id production) const;
    // The levels a role holds on a feature; built-in roles' grants follow from the catalog.
    Levels grant(const Role &role, const Feature &feature) const;
    Levels grant(Id role, Id feature) const;

    // --- members, productions, teams
    const QMap<Id, Member> &members() const { return m_members; }
    const Member *member(Id id) const;
    const Member *findMember(const QString &name) const;
    Id owner() const;
    const QMap<Id, Production> &productions() const { return m_productions; }
    const Production *production(Id id) const;
    const Production *findProduction(const QString &name) const;
    const QHash<SeatKey, Id> &seats() const { return m_seats; }
    // The member's production role in a production, as it counts: Admin & owner and Admin are production
    // administrators everywhere; 0 when the member is not on the team.
    Id seatRole(Id production, Id member) const;
    QList<Id> holders(Id role) const; // members holding a role (account role or seat)
    QList<SeatKey> seatsOf(Id role) const;

    // --- time: seats and account roles may end, productions may wrap (SPEC: expiring access)
    // A seat's own dates; empty when it has none.
    SeatTerm seatTerm(const SeatKey &key) const { return m_seatTerms.value(key); }
    const QHash<SeatKey, SeatTerm> &seatTerms() const { return m_seatTerms; }
    // When a seat counts, as it counts: its own end, else its production's wrap date. Admin & owner and Admin never
    // expire, so theirs is always open.
    SeatTerm effectiveSeatTerm(const SeatKey &key) const;
    // Whether the member's seat in the production counts at an instant (false when there is no seat).
    bool seatActive(const SeatKey &key, const QDateTime &at) const;
    // Whether the member's account role counts at an instant (false when there is none).
    bool accountRoleActive(const Member &member, const QDateTime &at) const;
    // The workspace's IANA time zone id; empty: the system's.
    QByteArray timeZoneId() const { return m_timeZone; }
    QTimeZone timeZone() const;

    QString name() const { return m_name; }
    // Which changes need a second person's approval (ApprovalPolicy.h).
    const ApprovalPolicy &approvalPolicy() const { return m_approvalPolicy; }

    // --- changing
    // Checks the change against every rule and carries it out, or refuses it and changes nothing.
    Result<Touched> apply(Change &change);
    // Puts back what a change touched, undoing it.
    void restore(const Touched &touched);
    // Checks every rule over the whole state: the invariants apply() keeps. Used on load and in tests.
    Status verify() const;

    Id nextId() const { return m_nextId; }
    // Incremented on every change: item models and caches compare it.
    quint64 generation() const { return m_generation; }

    bool operator==(const Workspace &other) const;

private:
    friend class WorkspaceBuilder;
    friend class Rules;
    friend class Applier;

    void rebuildCatalogIndex();
    void rebuildNameIndex();
    void touched() { ++m_generation; }

    QString m_name;
    QList<Section> m_sections;
    QList<Feature> m_features;
    QHash<Id, int> m_sectionIndex;
    QHash<Id, int> m_featureIndex;
    QMap<Id, Role> m_roles;
    QMap<Id, Member> m_members;
    QMap<Id, Production> m_productions;
    QHash<SeatKey, Id> m_seats;
    QHash<SeatKey, SeatTerm> m_seatTerms; // only seats with a date
    QByteArray m_timeZone;
    ApprovalPolicy m_approvalPolicy;
    QHash<QString, Id> m_memberByName;
    QHash<QString, Id> m_productionByName;
    QHash<BuiltIn, Id> m_builtIns;
    Id m_nextId = 1;
    quint64 m_generation = 0;
};

// Fills a workspace from storage or an import without checking rules; verify() the result before use.
class WorkspaceBuilder
{
public:
    explicit WorkspaceBuilder(Workspace &workspace)
        : m_ws(workspace)
    {
    }
    void setName(const QString &name) { m_ws.m_name = name; }
    void addSection(const Section &section) { m_ws.m_sections.append(section); }
    void addFeature(const Feature &feature) { m_ws.m_features.append(feature); }
    void addRole(const Role &role) { m_ws.m_roles.insert(role.id, role); }
    Role *role(Id id);
    void addMember(const Member &member) { m_ws.m_members.insert(member.id, member); }
    void addProduction(const Production &production) { m_ws.m_productions.insert(production.id, production); }
    void addSeat(const SeatKey &key, Id role) { m_ws.m_seats.insert(key, role); }
    void reserveSeats(qsizetype count) { m_ws.m_seats.reserve(count); }
    void setSeatTerm(const SeatKey &key, const SeatTerm &term)
    {
        if (!term.isEmpty())
            m_ws.m_seatTerms.insert(key, term);
    }
    void setTimeZone(const QByteArray &id) { m_ws.m_timeZone = id; }
    void setApprovalPolicy(const ApprovalPolicy &policy) { m_ws.m_approvalPolicy = policy; }
    void setNextId(Id id) { m_ws.m_nextId = id; }
    // Sorts the catalog by section order, rebuilds indexes and the id counter.
    void finish();

private:
    Workspace &m_ws;
};

} // namespace rs
