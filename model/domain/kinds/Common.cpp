#include "Common.h"
#include "domain/Quoted.h"

namespace rs::kinds {

QString roleName(const Workspace &ws, Id id)
{
    const Role *r = ws.role(id);
    return r ? r->name : QString::number(id);
}

QString memberName(const Workspace &ws, Id id)
{
    const Member *m = ws.member(id);
    return m ? m->name : QString::number(id);
}

QString productionName(const Workspace &ws, Id id)
{
    const Production *p = ws.production(id);
    return p ? p->name : QString::number(id);
}

QString featureName(const Workspace &ws, Id id)
{
    const Feature *f = ws.feature(id);
    return f ? f->name : QString::number(id);
}

QString sectionName(const Workspace &ws, Id id)
{
    const Section *s = ws.section(id);
    return s ? s->name : QString::number(id);
}

Error roleGone()
{
    return Error::notFound(QCoreApplication::translate("rs::Rules", "That role no longer exists."));
}

Error memberGone()
{
    return Error::notFound(QCoreApplication::translate("rs::Rules", "That member no longer exists."));
}

Error productionGone()
{
    return Error::notFound(QCoreApplication::translate("rs::Rules", "That production no longer exists."));
}

Error sectionGone()
{
    return Error::notFound(QCoreApplication::translate("rs::Rules", "That section no longer exists."));
}

Error featureGone()
{
    return Error::notFound(QCoreApplication::translate("rs::Rules", "That feature no longer exists."));
}

Error builtInUnchangeable(const Role &role)
{
    return Error::rule(QCoreApplication::translate("rs::Rules", "%1 is a built-in role and cannot be changed.")
                           .arg(quoted(role.name)));
}

Status checkMemberName(const Workspace &ws, const QString &name, Id except)
{
    if (Status s = Rules::checkName(name, QCoreApplication::translate("rs::Rules", "member")); !s)
        return s;
    const Member *other = ws.findMember(Rules::normalizedName(name));
    if (other && other->id != except)
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "There is already a member named %1.").arg(quoted(other->name)));
    return {};
}

Status checkProductionName(const Workspace &ws, const QString &name, Id except)
{
    if (Status s = Rules::checkName(name, QCoreApplication::translate("rs::Rules", "production")); !s)
        return s;
    const Production *other = ws.findProduction(Rules::normalizedName(name));
    if (other && other->id != except)
        return Error::rule(QCoreApplication::translate("rs::Rules", "There is already a production named %1.")
                               .arg(quoted(other->name)));
    return {};
}

Status checkSectionName(const Workspace &ws, const QString &name, Id except)
{
    if (Status s = Rules::checkName(name, QCoreApplication::translate("rs::Rules", "section")); !s)
        return s;
    const Section *other = ws.findSection(Rules::normalizedName(name));
    if (other && other->id != except)
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "There is already a section named %1.").arg(quoted(other->name)));
    return {};
}

Status checkFeatureName(const Workspace &ws, const QString &name, Id except)
{
    if (Status s = Rules::checkName(name, QCoreApplication::translate("rs::Rules", "feature")); !s)
        return s;
    const Feature *other = ws.findFeature(Rules::normalizedName(name));
    if (other && other->id != except)
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "There is already a feature named %1.").arg(quoted(other->name)));
    return {};
}

Status checkAccountRole(const Workspace &ws, Id roleId)
{
    if (roleId == 0)
        return {};
    const Role *role = ws.role(roleId);
    if (!role || !role->isAccountRole())
        return Error::notFound(QCoreApplication::translate("rs::Rules", "That account role does not exist."));
    if (roleId == ws.builtInRole(BuiltIn::Owner))
        return Error::rule(QCoreApplication::translate(
            "rs::Rules", "There is exactly one Admin & owner; ownership changes hands only by a transfer."));
    return {};
}

Status checkSeatHeld(const Workspace &ws, const Production &production, const Member *member)
{
    if (!member)
        return memberGone();
    if (!ws.seats().contains(SeatKey { production.id, member->id }))
        return Error::notFound(QCoreApplication::translate("rs::Rules", "%1 is not on the team of %2.")
                                   .arg(quoted(member->name), quoted(production.name)));
    return {};
}

} // namespace rs::kinds
