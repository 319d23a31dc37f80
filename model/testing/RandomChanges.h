#pragma once
// Random changes picked from what a workspace holds, with a share of bad ids and bad names: for tests that run
// thousands of operations and check that every rule, and everything stored, still holds.
#include "domain/Change.h"
#include "domain/Workspace.h"

#include <QRandomGenerator>

#include <iterator>

namespace rs::testing {

// Picks random operations from what the workspace holds, with a share of bad ids and bad names.
class RandomChanges
{
public:
    explicit RandomChanges(quint32 seed)
        : m_random(seed)
    {
    }

    Change next(const Workspace &ws)
    {
        using K = Change::Kind;
        // Creation and grants weigh more, so the workspace does not wither away.
        static const K weighted[] = { K::SetGrant, K::SetGrant, K::SetGrant, K::CreateRole, K::CreateRole, K::AddMember,
            K::AddMember, K::CreateProduction, K::Invite, K::Invite, K::Invite, K::SetAccountRole, K::SetAccountRole,
            K::AddFeature, K::AddFeature, K::AddFeature };
        const int all = int(K::SetWorkspaceName) + 1;
        const int roll = below(all + int(std::size(weighted)));
        Change c;
        c.kind = roll < all ? K(roll) : weighted[roll - all];
        c.role = pickRole(ws);
        c.feature = pickFeature(ws);
        c.member = pickMember(ws);
        c.production = pickProduction(ws);
        c.section = pickSection(ws);
        c.source = below(3) == 0 ? pickRole(ws) : 0;
        c.levels = Levels::fromBits(m_random.bounded(16u));
        c.categories = Categories::fromBits(m_random.bounded(8u));
        c.scope = below(2) ? Scope::Production : Scope::Account;
        c.flag = below(2) == 0;
        c.position = below(8) - 1;
        c.text = name(ws);
        c.note = below(2) ? QString() : QStringLiteral("Agreed with the studio manager");
        if (c.kind == K::SetAccountRole && below(6) == 0)
            c.role = 0;
        if (c.kind == K::Invite && below(3) == 0)
            c.role = 0;
        if (c.kind == K::CreateRole && below(4) == 0)
            c.flag = true;
        if (c.kind == K::CreateRole && c.scope == Scope::Account && !c.flag)
            c.production = 0;
        return c;
    }

private:
    int below(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }
    template <typename Map> Id pickFrom(const Map &map)
    {
        if (map.isEmpty() || below(12) == 0)
            return 424242 + below(3); // nothing of the kind
        auto it = map.cbegin();
        std::advance(it, below(int(map.size())));
        return it.key();
    }
    Id pickRole(const Workspace &ws) { return pickFrom(ws.roles()); }
    Id pickMember(const Workspace &ws) { return pickFrom(ws.members()); }
    Id pickProduction(const Workspace &ws) { return pickFrom(ws.productions()); }
    Id pickFeature(const Workspace &ws)
    {
        if (ws.features().isEmpty() || below(12) == 0)
            return 424242;
        return ws.features().at(below(int(ws.features().size()))).id;
    }
    Id pickSection(const Workspace &ws)
    {
        if (ws.sections().isEmpty() || below(12) == 0)
            return 424242;
        return ws.sections().at(below(int(ws.sections().size()))).id;
    }
    QString name(const Workspace &ws)
    {
        switch (below(14)) {
        case 0:
            return QString();
        case 1:
            return QStringLiteral("  \t ");
        case 2:
            return QStringLiteral("Night\tshift");
        case 3:
            return QStringLiteral("Line\nbreak");
        case 4:
            return QString(81, QLatin1Char('x'));
        case 5:
            return QString(10000, QLatin1Char('y'));
        case 6:
            return QStringLiteral("Bell\x07");
        case 7: { // an existing name, often a duplicate
            const QList<Role> roles = ws.roles().values();
            return roles.at(below(int(roles.size()))).name;
        }
        case 8:
            return ws.members().isEmpty() ? QStringLiteral("Nobody") : ws.members().first().name;
        case 9:
            return ws.productions().isEmpty() ? QStringLiteral("Nothing") : ws.productions().last().name;
        case 10:
            return ws.features().isEmpty() ? QStringLiteral("Jobs")
                                           : ws.features().at(below(int(ws.features().size()))).name;
        case 11:
            return QStringLiteral("  Padded %1  ").arg(below(50));
        default:
            return QStringLiteral("Name %1").arg(m_counter++);
        }
    }

    QRandomGenerator m_random;
    int m_counter = 0;
};

} // namespace rs::testing
