#pragma once

#include "Workspace.h"

#include <QList>
#include <vector>

namespace rs {

// One role's part in an effective grant.
struct Provenance
{
    Id role = 0;
    Id production = 0; // the production whose team seat gave the role; 0 for the account role
    Levels levels;
    bool operator==(const Provenance &) const = default;
};

// What a member may do on one feature in one production, and which roles say so (SPEC §5).
struct EffectiveAccess
{
    Levels levels;
    QList<Provenance> sources;
    // The roles that grant one level.
    QList<Id> grantedBy(Level level) const;
};

// Does a member's account role reach a production? Admin & owner and Admin reach all; roles marked "invited
// productions only" (Create productions among them) reach those where the member is on the team.
bool accountRoleReaches(const Workspace &ws, const Member &member, const Role &accountRole, Id production);

// Effective access with provenance, computed from the workspace directly.
EffectiveAccess effectiveAccess(const Workspace &ws, Id member, Id production, Id feature);

// A compact, read-only picture of a workspace for answering many allowed() questions fast: the command line's batch
// checks, the policy exports and the benchmarks. Build it once per workspace generation.
class AccessIndex
{
public:
    explicit AccessIndex(const Workspace &ws);

    // Dense handles; -1 when unknown.
    int memberIndex(Id member) const { return m_memberIndex.value(member, -1); }
    int productionIndex(Id production) const { return m_productionIndex.value(production, -1); }
    int featureIndex(Id feature) const { return m_featureIndex.value(feature, -1); }

    // The levels a member holds on a feature in a production (production index -1: none given).
    Levels levels(int member, int production, int feature) const;
    bool allowed(int member, int production, int feature, Level level) const
    {
        return levels(member, production, feature).has(level);
    }

private:
    int roleSlot(Id role) const { return m_roleSlot.value(role, -1); }

    int m_featureCount = 0;
    QHash<Id, int> m_memberIndex, m_productionIndex, m_featureIndex, m_roleSlot;
    std::vector<std::uint8_t> m_grants; // role slot * feature count + feature
    std::vector<std::uint8_t> m_featureIsProd; // 1 for production-scoped features
    std::vector<int> m_accountSlot; // per member: slot of the account role, -1 none
    std::vector<std::uint8_t> m_reachesAll; // per member: the account role reaches every production
    QHash<quint64, int> m_seatSlot; // member * productions + production -> role slot
    int m_productionCount = 0;
};

} // namespace rs
