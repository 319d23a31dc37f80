#include "Access.h"

namespace rs {

QList<Id> EffectiveAccess::grantedBy(Level level) const
{
    QList<Id> roles;
    for (const Provenance &p : sources) {
        if (p.levels.has(level) && !roles.contains(p.role))
            roles.append(p.role);
    }
    return roles;
}

bool accountRoleReaches(const Workspace &ws, const Member &member, const Role &accountRole, Id production)
{
    if (accountRole.builtIn == BuiltIn::Owner || accountRole.builtIn == BuiltIn::Admin)
        return true;
    if (!accountRole.invitedOnly)
        return true;
    return ws.seats().contains(SeatKey { production, member.id });
}

EffectiveAccess effectiveAccess(const Workspace &ws, Id memberId, Id productionId, Id featureId)
{
    EffectiveAccess result;
    const Member *member = ws.member(memberId);
    const Feature *feature = ws.feature(featureId);
    if (!member || !feature)
        return result;
    const Role *account = ws.role(member->accountRole);
    const bool inProduction = feature->scope == Scope::Production;
    if (inProduction && !ws.production(productionId))
        return result;
    if (account && (!inProduction || accountRoleReaches(ws, *member, *account, productionId))) {
        const Levels l = ws.grant(*account, *feature);
        if (!l.isNone())
            result.sources.append(Provenance { account->id, 0, l });
    }
    if (inProduction) {
        if (const Role *seat = ws.role(ws.seatRole(productionId, memberId))) {
            const Levels l = ws.grant(*seat, *feature);
            if (!l.isNone())
                result.sources.append(Provenance { seat->id, productionId, l });
        }
    }
    for (const Provenance &p : result.sources)
        result.levels = result.levels.with(p.levels);
    return result;
}

AccessIndex::AccessIndex(const Workspace &ws)
{
    const QList<Feature> &features = ws.features();
    m_featureCount = int(features.size());
    m_featureIndex.reserve(m_featureCount);
    m_featureIsProd.resize(size_t(m_featureCount));
    for (int i = 0; i < m_featureCount; ++i) {
        m_featureIndex.insert(features.at(i).id, i);
        m_featureIsProd[size_t(i)] = features.at(i).scope == Scope::Production ? 1 : 0;
    }
    int slot = 0;
    m_roleSlot.reserve(ws.roles().size());
    m_grants.assign(size_t(ws.roles().size()) * size_t(m_featureCount), 0);
    for (const Role &r : ws.roles()) {
        if (r.isTemplate)
            continue;
        m_roleSlot.insert(r.id, slot);
        std::uint8_t *row = m_grants.data() + size_t(slot) * size_t(m_featureCount);
        for (int f = 0; f < m_featureCount; ++f)
            row[f] = ws.grant(r, features.at(f)).bits();
        ++slot;
    }
    int p = 0;
    for (const Production &production : ws.productions())
        m_productionIndex.insert(production.id, p++);
    m_productionCount = p;
    int m = 0;
    m_memberIndex.reserve(ws.members().size());
    m_accountSlot.resize(size_t(ws.members().size()));
    m_reachesAll.resize(size_t(ws.members().size()));
    for (const Member &member : ws.members()) {
        m_memberIndex.insert(member.id, m);
        const Role *account = ws.role(member.accountRole);
        m_accountSlot[size_t(m)] = account ? roleSlot(account->id) : -1;
        m_reachesAll[size_t(m)] = account
            && (account->builtIn == BuiltIn::Owner || account->builtIn == BuiltIn::Admin || !account->invitedOnly);
        ++m;
    }
    const Id productionAdmin = ws.builtInRole(BuiltIn::ProductionAdmin);
    m_seatSlot.reserve(ws.seats().size());
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        const quint64 key = quint64(memberIndex(it.key().member)) * quint64(m_productionCount)
            + quint64(productionIndex(it.key().production));
        m_seatSlot.insert(key, roleSlot(it.value()));
    }
    // Admin & owner and Admin administer every production without a seat; their account grant already covers it,
    // so no seat entry is needed for the levels.
    Q_UNUSED(productionAdmin);
}

Levels AccessIndex::levels(int member, int production, int feature) const
{
    if (member < 0 || feature < 0 || member >= int(m_accountSlot.size()) || feature >= m_featureCount)
        return {};
    const int account = m_accountSlot[size_t(member)];
    const size_t width = size_t(m_featureCount);
    if (!m_featureIsProd[size_t(feature)])
        return account < 0 ? Levels() : Levels::fromBits(m_grants[size_t(account) * width + size_t(feature)]);
    if (production < 0 || production >= m_productionCount)
        return {};
    unsigned bits = 0;
    const auto seat = m_seatSlot.constFind(quint64(member) * quint64(m_productionCount) + quint64(production));
    const bool seated = seat != m_seatSlot.cend();
    if (account >= 0 && (m_reachesAll[size_t(member)] || seated))
        bits |= m_grants[size_t(account) * width + size_t(feature)];
    if (seated && *seat >= 0)
        bits |= m_grants[size_t(*seat) * width + size_t(feature)];
    return Levels::fromBits(bits);
}

} // namespace rs
