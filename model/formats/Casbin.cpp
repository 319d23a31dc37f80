#include "Casbin.h"

#include "Csv.h"
#include "domain/Dates.h"

namespace rs::formats {

namespace {

// Policies in domain "*" hold wherever the member holds the role workspace-wide; policies in domain "team" hold only
// through a role link in the production asked about.
const char kModel[] = "[request_definition]\n"
                      "r = sub, dom, obj, act\n"
                      "\n"
                      "[policy_definition]\n"
                      "p = sub, dom, obj, act\n"
                      "\n"
                      "[role_definition]\n"
                      "g = _, _, _\n"
                      "\n"
                      "[policy_effect]\n"
                      "e = some(where (p.eft == allow))\n"
                      "\n"
                      "[matchers]\n"
                      "m = r.obj == p.obj && r.act == p.act && "
                      "(g(r.sub, p.sub, r.dom) || (p.dom == \"*\" && g(r.sub, p.sub, \"*\")))\n";

const QLatin1String kEverywhere("*");
const QLatin1String kTeam("team");

// Level names in mapping.csv stay English whatever the language of the person exporting: files are read by machines.
QString levelNameInFiles(Level level)
{
    QString name = levelKey(level);
    name[0] = name.at(0).toUpper();
    return name;
}

bool reachesAll(const Role &role)
{
    return role.builtIn == BuiltIn::Owner || role.builtIn == BuiltIn::Admin || !role.invitedOnly;
}

} // namespace

// The first moment after `at` at which some seat or account role starts or stops counting.
QDateTime nextChangeAfter(const Workspace &ws, const QDateTime &at)
{
    QDateTime next;
    const auto consider = [&](const QDateTime &moment) {
        if (moment.isValid() && at < moment && (!next.isValid() || moment < next))
            next = moment;
    };
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        const SeatTerm term = ws.effectiveSeatTerm(it.key());
        consider(term.from);
        if (term.until.isValid())
            consider(term.until.addMSecs(1)); // the end is the last instant that counts
    }
    for (const Member &m : ws.members()) {
        if (m.accountRole && m.accountRoleUntil.isValid())
            consider(m.accountRoleUntil.addMSecs(1));
    }
    return next;
}

CasbinPolicy CasbinPolicy::build(const Workspace &ws, const QDateTime &moment)
{
    CasbinPolicy result;
    const QDateTime at = moment.isValid() ? moment.toUTC() : QDateTime::currentDateTimeUtc();
    result.asOf = at;
    result.nextChange = nextChangeAfter(ws, at);
    result.model = QByteArray(kModel);
    QString policy;
    for (const Role &r : ws.roles()) {
        if (r.isTemplate)
            continue;
        const QString role = roleId(r.id);
        for (const Feature &f : ws.features()) {
            const Levels levels = ws.grant(r, f);
            if (levels.isNone())
                continue;
            // A production role counts only for production features; an account role counts everywhere for
            // account features, and for production features where it reaches the production.
            if (r.scope == Scope::Production && f.scope != Scope::Production)
                continue;
            const bool everywhere = r.scope == Scope::Account && (f.scope == Scope::Account || reachesAll(r));
            const QString prefix
                = QStringLiteral("p, %1, %2, %3, ").arg(role, everywhere ? kEverywhere : kTeam, featureId(f.id));
            for (Level l : kAllLevels) {
                if (levels.has(l))
                    policy += prefix + levelId(l) + QLatin1Char('\n');
            }
        }
    }
    for (const Member &m : ws.members()) {
        if (ws.accountRoleActive(m, at))
            policy += QStringLiteral("g, %1, %2, *\n").arg(memberId(m.id), roleId(m.accountRole));
    }
    QList<SeatKey> seats = ws.seats().keys();
    std::sort(seats.begin(), seats.end(), [](const SeatKey &a, const SeatKey &b) {
        return a.member != b.member ? a.member < b.member : a.production < b.production;
    });
    for (const SeatKey &k : seats) {
        if (!ws.seatActive(k, at))
            continue; // ended or not begun at this moment
        const QString member = memberId(k.member), production = productionId(k.production);
        policy += QStringLiteral("g, %1, %2, %3\n").arg(member, roleId(ws.seats().value(k)), production);
        // A seat is also what lets an "invited productions only" account role reach the production.
        const Member *m = ws.member(k.member);
        const Role *account = m && ws.accountRoleActive(*m, at) ? ws.role(m->accountRole) : nullptr;
        if (account && !reachesAll(*account))
            policy += QStringLiteral("g, %1, %2, %3\n").arg(member, roleId(account->id), production);
    }
    result.policy = policy.toUtf8();

    QString mapping = csvRecord({ QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name") });
    for (const Member &m : ws.members())
        mapping += csvRecord({ QStringLiteral("member"), memberId(m.id), m.name });
    for (const Production &p : ws.productions())
        mapping += csvRecord({ QStringLiteral("production"), productionId(p.id), p.name });
    for (const Feature &f : ws.features())
        mapping += csvRecord({ QStringLiteral("feature"), featureId(f.id), f.name });
    for (Level l : kAllLevels)
        mapping += csvRecord({ QStringLiteral("level"), levelId(l), levelNameInFiles(l) });
    for (const Role &r : ws.roles()) {
        if (!r.isTemplate)
            mapping += csvRecord({ QStringLiteral("role"), roleId(r.id), r.name });
    }
    mapping += csvRecord({ QStringLiteral("moment"), QStringLiteral("as_of"), dates::iso(result.asOf) });
    mapping += csvRecord({ QStringLiteral("moment"), QStringLiteral("next_change"),
        result.nextChange.isValid() ? dates::iso(result.nextChange) : QString() });
    result.mapping = mapping.toUtf8();
    return result;
}

} // namespace rs::formats
