#pragma once

#include "domain/Workspace.h"

#include <QByteArray>

namespace rs::formats {

// The workspace as a Cedar schema, policies and entities (see CEDAR.md). Asked isAuthorized(member, feature:level,
// production, { now }) with the ids of mapping.csv, Cedar answers exactly as `check --at now` does, at every moment:
// the dates of seats, account roles and wrap dates are conditions on context.now.
struct CedarPolicy
{
    QByteArray schema; // schema.cedarschema
    QByteArray policies; // policies.cedar: one policy per holding, its id in @id("…")
    QByteArray entities; // entities.json: members and productions (the actions are the schema's)
    QByteArray mapping; // mapping.csv: kind,id,name

    static CedarPolicy build(const Workspace &ws);

    // Entity ids: letters, digits, underscores and, in actions and policy ids, a colon.
    static QString memberId(Id id) { return QStringLiteral("member_%1").arg(id); }
    static QString productionId(Id id) { return QStringLiteral("production_%1").arg(id); }
    static QString featureId(Id id) { return QStringLiteral("feature_%1").arg(id); }
    static QString roleId(Id id) { return QStringLiteral("role_%1").arg(id); }
    static QString actionId(Id feature, Level level) { return featureId(feature) + QLatin1Char(':') + levelKey(level); }
    // The policy of a holding: a member's account role, a member's seat in a production, or the Production
    // administrator the owner and Admins hold in every production.
    static QString accountPolicyId(Id member) { return QStringLiteral("account:") + memberId(member); }
    static QString administersPolicyId(Id member) { return QStringLiteral("administers:") + memberId(member); }
    static QString seatPolicyId(const SeatKey &seat)
    {
        return QStringLiteral("seat:") + memberId(seat.member) + QLatin1Char(':') + productionId(seat.production);
    }

    // `text` as a Cedar string literal, quotes included: quotes and backslashes escaped, control, format, separator
    // and unpaired surrogate characters written as \u{…} (an unpaired surrogate as U+FFFD), so no name can end the
    // literal, break a line or turn the text around.
    static QString stringLiteral(const QString &text);
};

} // namespace rs::formats
