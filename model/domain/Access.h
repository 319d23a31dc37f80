#pragma once

#include "Workspace.h"

#include <QDateTime>
#include <QList>

#include <limits>
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

// A role that would grant levels but does not count at the moment asked about: its seat or account role has ended
// or not begun.
struct Lapse
{
    Id role = 0;
    Id production = 0; // the production of the seat; 0 for the account role
    Levels levels;
    QDateTime from; // the seat's start (invalid: none)
    QDateTime until; // the end that passed (invalid when it has not begun)
    bool notYet = false; // it begins later
    bool operator==(const Lapse &) const = default;
};

// What a member may do on one feature in one production, and which roles say so (SPEC §5).
struct EffectiveAccess
{
    Levels levels;
    QList<Provenance> sources;
    QList<Lapse> lapsed; // roles that would grant levels at another time
    // The roles that grant one level.
    QList<Id> grantedBy(Level level) const;
};

// Does a member's account role reach a production? Admin & owner and Admin reach all; roles marked "invited
// productions only" (Create productions among them) reach those where the member is on the team.
// At an instant: an invited-only role reaches where the member's seat counts then.
bool accountRoleReaches(const Workspace &ws, const Member &member, const Role &accountRole, Id production);
bool accountRoleReaches(
    const Workspace &ws, const Member &member, const Role &accountRole, Id production, const QDateTime &at);

// Effective access with provenance at an instant, computed from the workspace directly.
EffectiveAccess effectiveAccess(const Workspace &ws, Id member, Id production, Id feature);
EffectiveAccess effectiveAccess(const Workspace &ws, Id member, Id production, Id feature, const QDateTime &at);
// Why a lapsed role does not count, in the workspace's time zone: "Fay's seat in Gala Night ended on 30 Nov 2026."
QString describeLapse(const Workspace &ws, Id member, const Lapse &lapse);

// A compact, read-only picture of a workspace for answering many allowed() questions fast: the command line's batch
// checks, the policy exports and the benchmarks. Build it once per workspace generation.
class AccessIndex
{
public:
    // `at` is the moment the three-argument questions are about (now when not given); dates are kept, so any moment
    // can be asked about with the four-argument ones.
    explicit AccessIndex(const Workspace &ws, const QDateTime &at = {});

    // Dense handles; -1 when unknown.
    int memberIndex(Id member) const { return m_memberIndex.value(member, -1); }
    int productionIndex(Id production) const { return m_productionIndex.value(production, -1); }
    int featureIndex(Id feature) const { return m_featureIndex.value(feature, -1); }

    // The levels a member holds on a feature in a production (production index -1: none given).
    Levels levels(int member, int production, int feature) const { return levels(member, production, feature, m_at); }
    bool allowed(int member, int production, int feature, Level level) const
    {
        return levels(member, production, feature, m_at).has(level);
    }
    // At an instant, in milliseconds since the epoch.
    Levels levels(int member, int production, int feature, qint64 at) const;
    bool allowed(int member, int production, int feature, Level level, qint64 at) const
    {
        return levels(member, production, feature, at).has(level);
    }
    qint64 moment() const { return m_at; }

private:
    int roleSlot(Id role) const { return m_roleSlot.value(role, -1); }
    // A seat as the index holds it: its role slot and the instants it counts between, both included.
    struct SeatEntry
    {
        int slot = -1;
        qint64 from = std::numeric_limits<qint64>::min();
        qint64 until = std::numeric_limits<qint64>::max();
    };

    int m_featureCount = 0;
    QHash<Id, int> m_memberIndex, m_productionIndex, m_featureIndex, m_roleSlot;
    std::vector<std::uint8_t> m_grants; // role slot * feature count + feature
    std::vector<std::uint8_t> m_featureIsProd; // 1 for production-scoped features
    std::vector<int> m_accountSlot; // per member: slot of the account role, -1 none
    std::vector<std::uint8_t> m_reachesAll; // per member: the account role reaches every production
    std::vector<qint64> m_accountUntil; // per member: the last instant the account role counts
    QHash<quint64, SeatEntry> m_seatSlot; // member * productions + production -> seat
    qint64 m_at = 0;
    int m_productionCount = 0;
};

} // namespace rs
