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

    QDateTime asOf; // the moment the policy describes
    QDateTime nextChange; // the first moment after it at which a seat or account role begins or ends; invalid: none

    // The policy as of a moment (now when not given): the seats and account roles that count then. It answers as
    // `check --at` does for any moment from asOf until just before nextChange; mapping.csv names both.
    static CasbinPolicy build(const Workspace &ws, const QDateTime &at = {});

    // Ids as they appear in the files: letters, digits and an underscore only.
    static QString memberId(Id id) { return QStringLiteral("member_%1").arg(id); }
    static QString productionId(Id id) { return QStringLiteral("production_%1").arg(id); }
    static QString featureId(Id id) { return QStringLiteral("feature_%1").arg(id); }
    static QString roleId(Id id) { return QStringLiteral("role_%1").arg(id); }
    static QString levelId(Level level) { return levelKey(level); }
};

} // namespace rs::formats
