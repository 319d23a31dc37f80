#pragma once

#include "domain/Workspace.h"

#include <QByteArray>

namespace rs::formats {

// The workspace as policy for Casbin's RBAC with domains (see CASBIN.md): asked enforce(member, production, feature,
// level) with the ids of mapping.csv, Casbin answers exactly as effectiveAccess() does.
struct CasbinPolicy
{
    QByteArray model; // model.conf
    QByteArray policy; // policy.csv
    QByteArray mapping; // mapping.csv: kind,id,name

    static CasbinPolicy build(const Workspace &ws);

    // Ids as they appear in the files: letters, digits and an underscore only.
    static QString memberId(Id id) { return QStringLiteral("member_%1").arg(id); }
    static QString productionId(Id id) { return QStringLiteral("production_%1").arg(id); }
    static QString featureId(Id id) { return QStringLiteral("feature_%1").arg(id); }
    static QString roleId(Id id) { return QStringLiteral("role_%1").arg(id); }
    static QString levelId(Level level) { return levelKey(level); }
};

} // namespace rs::formats
