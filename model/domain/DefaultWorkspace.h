#pragma once

#include "Workspace.h"

namespace rs {

// The workspace every studio starts from: the default catalog, the five built-in roles, the Production template and
// one member, the owner (SPEC §2–3).
struct DefaultWorkspace
{
    static Workspace create(
        const QString &ownerName = QStringLiteral("Owner"), const QString &workspaceName = QStringLiteral("Studio"));
    // The built-in role names as stored (translated only for display).
    static QString builtInName(BuiltIn which);
    // Text for a default feature's name in the user's language; other names are returned as they are.
    static QString displayName(const QString &featureName);
    // A role's name as people read it: a built-in role's and a template's in the user's language when it is the name
    // the product gave it ("Production"), a role the studio named as typed. Every view that shows a role's name takes
    // it from here.
    static QString displayName(const Role &role);
    // A role's description as people read it, by the same rule: the product's own descriptions are translated.
    static QString displayDescription(const Role &role);
};

} // namespace rs
