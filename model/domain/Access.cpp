#include "Access.h"

#include "Dates.h"

#include <QCoreApplication>

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

namespace {

bool administers(const Workspace &ws, const Member &member)
{
    return member.accountRole
        && (member.accountRole == ws.builtInRole(BuiltIn::Owner)
            || member.accountRole == ws.builtInRole(BuiltIn::Admin));
}

} // namespace

bool accountRoleReaches(const Workspace &ws, const Member &member, const Role &accountRole, Id production)
{
    return accountRoleReaches(ws, member, accountRole, production, QDateTime::currentDateTimeUtc());
}

bool accountRoleReaches(
    const Workspace &ws, const Member &member, const Role &accountRole, Id production, const QDateTime &at)
{
    if (accountRole.builtIn == BuiltIn::Owner || accountRole.builtIn == BuiltIn::Admin)
        return true;
    if (!accountRole.invitedOnly)
        return true;
    return ws.seatActive(SeatKey { production, member.id }, at);
}

EffectiveAccess effectiveAccess(const Workspace &ws, Id memberId, Id productionId, Id featureId)
{
    return effectiveAccess(ws, memberId, productionId, featureId, QDateTime::currentDateTimeUtc());
}

EffectiveAccess effectiveAccess(const Workspace &ws, Id memberId, Id productionId, Id featureId, const QDateTime &at)
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
    if (account && (!inProduction || accountRoleReaches(ws, *member, *account, productionId, at))) {
        const Levels l = ws.grant(*account, *feature);
        if (!l.isNone()) {
            if (ws.accountRoleActive(*member, at))
                result.sources.append(Provenance { account->id, 0, l });
            else
                result.lapsed.append(Lapse { account->id, 0, l, {}, member->accountRoleUntil, false });
        }
    }
    if (inProduction) {
        if (const Role *seat = ws.role(ws.seatRole(productionId, memberId))) {
            const Levels l = ws.grant(*seat, *feature);
            const SeatKey key { productionId, memberId };
            if (l.isNone()) {
            } else if (administers(ws, *member) || ws.seatActive(key, at)) {
                result.sources.append(Provenance { seat->id, productionId, l });
            } else {
                const SeatTerm term = ws.effectiveSeatTerm(key);
                const bool notYet = term.from.isValid() && at < term.from;
                result.lapsed.append(
                    Lapse { seat->id, productionId, l, term.from, notYet ? QDateTime() : term.until, notYet });
            }
        }
    }
    for (const Provenance &p : result.sources)
        result.levels = result.levels.with(p.levels);
    return result;
}

QString describeLapse(const Workspace &ws, Id memberId, const Lapse &lapse)
{
    const Member *member = ws.member(memberId);
    const QString who = member ? member->name : QString();
    const QTimeZone zone = ws.timeZone();
    if (!lapse.production) {
        const Role *role = ws.role(lapse.role);
        return QCoreApplication::translate("rs::Access", "%1's account role %2 ended on %3.")
            .arg(who, role ? role->name : QString(), dates::date(lapse.until, zone));
    }
    const Production *production = ws.production(lapse.production);
    const QString where = production ? production->name : QString();
    if (lapse.notYet)
        return QCoreApplication::translate("rs::Access", "%1's seat in %2 begins on %3.")
            .arg(who, where, dates::date(lapse.from, zone));
    return QCoreApplication::translate("rs::Access", "%1's seat in %2 ended on %3.")
        .arg(who, where, dates::date(lapse.until, zone));
}

AccessIndex::AccessIndex(const Workspace &ws, const QDateTime &at)
    : m_at((at.isValid() ? at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch())
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
    m_accountUntil.resize(size_t(ws.members().size()));
    for (const Member &member : ws.members()) {
        m_memberIndex.insert(member.id, m);
        m_accountUntil[size_t(m)] = member.accountRoleUntil.isValid() ? member.accountRoleUntil.toMSecsSinceEpoch()
                                                                      : std::numeric_limits<qint64>::max();
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
        SeatEntry entry;
        entry.slot = roleSlot(it.value());
        const SeatTerm term = ws.effectiveSeatTerm(it.key());
        if (term.from.isValid())
            entry.from = term.from.toMSecsSinceEpoch();
        if (term.until.isValid())
            entry.until = term.until.toMSecsSinceEpoch();
        m_seatSlot.insert(key, entry);
    }
    // Admin & owner and Admin administer every production without a seat; their account grant already covers it,
    // so no seat entry is needed for the levels.
    Q_UNUSED(productionAdmin);
}

Levels AccessIndex::levels(int member, int production, int feature, qint64 at) const
{
    if (member < 0 || feature < 0 || member >= int(m_accountSlot.size()) || feature >= m_featureCount)
        return {};
    const int account = at <= m_accountUntil[size_t(member)] ? m_accountSlot[size_t(member)] : -1;
    const size_t width = size_t(m_featureCount);
    if (!m_featureIsProd[size_t(feature)])
        return account < 0 ? Levels() : Levels::fromBits(m_grants[size_t(account) * width + size_t(feature)]);
    if (production < 0 || production >= m_productionCount)
        return {};
    unsigned bits = 0;
    const auto seat = m_seatSlot.constFind(quint64(member) * quint64(m_productionCount) + quint64(production));
    const bool seated = seat != m_seatSlot.cend() && seat->from <= at && at <= seat->until;
    if (account >= 0 && (m_reachesAll[size_t(member)] || seated))
        bits |= m_grants[size_t(account) * width + size_t(feature)];
    if (seated && seat->slot >= 0)
        bits |= m_grants[size_t(seat->slot) * width + size_t(feature)];
    return Levels::fromBits(bits);
}

} // namespace rs
