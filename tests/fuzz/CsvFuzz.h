#pragma once

// What FuzzCsvImport reads its inputs against, shared with MakeSeeds so that the seeds fit: the role whose sheet is
// read, and the closed access review files are verified against.
#include "domain/Rules.h"
#include "formats/Export.h"
#include "formats/ReviewEvidence.h"
#include "review/Review.h"

#include <utility>

namespace fz {

// The last role the matrix exports whose grants the rules let change.
inline const rs::Role *sheetRole(const rs::Workspace &ws)
{
    const QList<const rs::Role *> roles = rs::formats::rolesToExport(ws);
    for (auto it = roles.crbegin(); it != roles.crend(); ++it) {
        if (!(*it)->isLocked())
            return *it;
    }
    return roles.constLast();
}

// A grant of `role` the rules let change, and the levels it may change to.
inline std::pair<const rs::Feature *, rs::Levels> editableGrant(const rs::Workspace &ws, const rs::Role &role)
{
    for (const rs::Feature &f : ws.features()) {
        const rs::Levels now = ws.grant(role, f);
        for (const rs::Levels candidate :
            { rs::Rules::allowedLevels(ws, role, f), rs::Levels(rs::Level::View), rs::Levels() }) {
            if (candidate != now && rs::Rules::checkGrant(ws, role, f, candidate))
                return { &f, candidate };
        }
    }
    return { nullptr, rs::Levels() };
}

inline rs::formats::ReviewEvidence reviewEvidence()
{
    rs::formats::ReviewEvidence e;
    e.workspace = QStringLiteral("Northlight");
    e.campaign.name = QStringLiteral("Spring review");
    e.campaign.startedBy = QStringLiteral("Kim Novak");
    e.campaign.startedVersion = 12;
    e.campaign.itemsHash = rs::review::itemsHash({});
    return e;
}

} // namespace fz
