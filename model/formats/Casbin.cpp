#include "Casbin.h"

#include "Csv.h"

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

CasbinPolicy CasbinPolicy::build(const Workspace &ws)
{
    CasbinPolicy result;
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
        if (m.accountRole)
            policy += QStringLiteral("g, %1, %2, *\n").arg(memberId(m.id), roleId(m.accountRole));
    }
    QList<SeatKey> seats = ws.seats().keys();
    std::sort(seats.begin(), seats.end(), [](const SeatKey &a, const SeatKey &b) {
        return a.member != b.member ? a.member < b.member : a.production < b.production;
    });
    for (const SeatKey &k : seats) {
        const QString member = memberId(k.member), production = productionId(k.production);
        policy += QStringLiteral("g, %1, %2, %3\n").arg(member, roleId(ws.seats().value(k)), production);
        // A seat is also what lets an "invited productions only" account role reach the production.
        const Member *m = ws.member(k.member);
        const Role *account = m ? ws.role(m->accountRole) : nullptr;
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
    result.mapping = mapping.toUtf8();
    return result;
}

} // namespace rs::formats
