#include "Rules.h"
#include "domain/Quoted.h"

#include "DefaultWorkspace.h"
#include "Links.h"
#include "Workspace.h"
#include "kinds/Kinds.h"

#include <QCoreApplication>
#include <QSet>

namespace rs {

bool Rules::isAdminRole(const Workspace &ws, Id role)
{
    return role && (role == ws.builtInRole(BuiltIn::Owner) || role == ws.builtInRole(BuiltIn::Admin));
}

QString Rules::nameList(const QStringList &names, int limit)
{
    if (names.size() <= limit)
        return names.join(QStringLiteral(", "));
    return QCoreApplication::translate("rs::Rules", "%1 and %2 more")
        .arg(names.mid(0, limit).join(QStringLiteral(", ")), QString::number(names.size() - limit));
}

QString Rules::memberNames(const Workspace &ws, const QList<Id> &members)
{
    QStringList names;
    for (Id id : members) {
        if (const Member *m = ws.member(id))
            names << m->name;
    }
    return nameList(names);
}

QString Rules::roleLabel(const Workspace &ws, const Role &role)
{
    if (role.production) {
        if (const Production *p = ws.production(role.production))
            return QCoreApplication::translate("rs::Rules", "%1 in %2")
                .arg(quoted(DefaultWorkspace::displayName(role)), quoted(p->name));
    }
    return quoted(DefaultWorkspace::displayName(role));
}

Levels Rules::allowedLevels(const Workspace &ws, const Role &role, const Feature &feature)
{
    return whyClosed(ws, role, feature).isEmpty() ? Levels::all() : Levels();
}

QString Rules::whyClosed(const Workspace &ws, const Role &role, const Feature &feature)
{
    if (feature.ownerOnly && role.builtIn != BuiltIn::Owner)
        return QCoreApplication::translate("rs::Rules", "%1 is reserved for the Admin & owner.")
            .arg(quoted(feature.name));
    if (role.guardrails.intersects(feature.categories))
        return QCoreApplication::translate("rs::Rules", "%1 has a %2 guardrail, so it cannot hold %3.")
            .arg(roleLabel(ws, role), role.guardrails.common(feature.categories).toText(), quoted(feature.name));
    if (role.scope == Scope::Production && feature.scope == Scope::Account)
        return QCoreApplication::translate(
            "rs::Rules", "A production role grants production features only, and %1 is account-wide.")
            .arg(quoted(feature.name));
    return {};
}

Status Rules::checkGrant(const Workspace &ws, const Role &role, const Feature &feature, Levels levels)
{
    if (levels.isNone())
        return {};
    const QString why = whyClosed(ws, role, feature);
    if (!why.isEmpty())
        return Error::rule(why);
    return {};
}

Status Rules::checkRoleName(
    const Workspace &ws, const QString &name, Scope scope, bool isTemplate, Id production, Id except)
{
    const QString what = isTemplate ? QCoreApplication::translate("rs::Rules", "template")
                                    : QCoreApplication::translate("rs::Rules", "role");
    if (Status s = checkName(name, what); !s)
        return s;
    const QString trimmed = normalizedName(name);
    for (const Role &r : ws.roles()) {
        if (r.id == except || r.name != trimmed || r.isTemplate != isTemplate)
            continue;
        if (isTemplate || (r.scope == Scope::Account && scope == Scope::Account))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "There is already a %1 named %2.").arg(what, quoted(trimmed)));
        if (r.scope == Scope::Production && scope == Scope::Production
            && (r.production == 0 || production == 0 || r.production == production))
            return Error::rule(QCoreApplication::translate("rs::Rules", "This production already has a role named %1.")
                                   .arg(quoted(trimmed)));
    }
    return {};
}

Status Rules::check(const Workspace &ws, const Change &c)
{
    if (Status s = checkInstants(c.from, c.until); !s)
        return s;
    return kinds::check(ws, c);
}

Status Rules::checkFeatureHolders(const Workspace &ws, const Feature &changed, const QString &why)
{
    QStringList blocking;
    for (const Role &r : ws.roles()) {
        if (r.isLocked())
            continue; // built-in grants follow the catalog
        if (!r.grants.value(changed.id).isNone() && !whyClosed(ws, r, changed).isEmpty())
            blocking << roleLabel(ws, r);
    }
    if (blocking.isEmpty())
        return {};
    return Error::rule(why.arg(quoted(changed.name), nameList(blocking)));
}

Status Rules::verify(const Workspace &ws)
{
    // Every stored text is well-formed and prints as it reads. A file's workspace name may be longer than 80, and
    // one written before names were trimmed may end in a tab: the characters inside it are what matter.
    if (Status s
        = checkLineCharacters(normalizedName(ws.name()), QCoreApplication::translate("rs::Rules", "workspace"));
        !s)
        return s;
    // Rule 1: exactly one owner.
    const Id ownerRole = ws.builtInRole(BuiltIn::Owner);
    int owners = 0;
    for (const Member &m : ws.members()) {
        if (ownerRole && m.accountRole == ownerRole)
            ++owners;
        if (Status s = checkName(m.name, QCoreApplication::translate("rs::Rules", "member")); !s)
            return s;
        if (m.accountRole && (!ws.role(m.accountRole) || !ws.role(m.accountRole)->isAccountRole()))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Member %1 holds an account role that does not exist.")
                    .arg(quoted(m.name)));
        if (ws.findMember(m.name) != &m)
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Two members are named %1.").arg(quoted(m.name)));
    }
    if (owners != 1)
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "A workspace has exactly one Admin & owner; this one has %1.")
                .arg(owners));
    // Rule 3: the built-in roles exist once each.
    for (BuiltIn b : { BuiltIn::Owner, BuiltIn::Admin, BuiltIn::CreateProductions, BuiltIn::ProductionAdmin,
             BuiltIn::ProductionMember }) {
        int count = 0;
        for (const Role &r : ws.roles())
            count += r.builtIn == b ? 1 : 0;
        if (count != 1)
            return Error::rule(QCoreApplication::translate("rs::Rules", "A built-in role is missing or doubled."));
    }
    // Rule 3: built-in roles keep their names, scope and shape, whatever a file says.
    for (const Role &r : ws.roles()) {
        if (!r.isLocked())
            continue;
        const bool production = r.builtIn == BuiltIn::ProductionAdmin || r.builtIn == BuiltIn::ProductionMember;
        const bool computed
            = r.builtIn == BuiltIn::Owner || r.builtIn == BuiltIn::Admin || r.builtIn == BuiltIn::ProductionAdmin;
        if (r.name != DefaultWorkspace::builtInName(r.builtIn) || r.isTemplate || r.production
            || r.scope != (production ? Scope::Production : Scope::Account) || !r.guardrails.isEmpty()
            || (computed && !r.grants.isEmpty()) || r.invitedOnly != (r.builtIn == BuiltIn::CreateProductions))
            return Error::rule(QCoreApplication::translate("rs::Rules", "The built-in role %1 has been altered.")
                                   .arg(quoted(DefaultWorkspace::builtInName(r.builtIn))));
    }
    // Catalog.
    QSet<QString> names;
    for (const Section &s : ws.sections()) {
        if (Status st = checkName(s.name, QCoreApplication::translate("rs::Rules", "section")); !st)
            return st;
        if (names.contains(s.name))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Two sections are named %1.").arg(quoted(s.name)));
        names.insert(s.name);
    }
    names.clear();
    for (const Feature &f : ws.features()) {
        if (Status st = checkName(f.name, QCoreApplication::translate("rs::Rules", "feature")); !st)
            return st;
        if (!ws.section(f.section))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Feature %1 belongs to no section.").arg(quoted(f.name)));
        if (Status st
            = checkText(f.rationale, QCoreApplication::translate("rs::Rules", "rationale of %1").arg(quoted(f.name)));
            !st)
            return st;
        if (names.contains(f.name))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Two features are named %1.").arg(quoted(f.name)));
        names.insert(f.name);
    }
    // Rules 4, 5, 6 and 9 for every role.
    QSet<QString> roleNames;
    for (const Role &r : ws.roles()) {
        if (Status s = checkName(r.name, QCoreApplication::translate("rs::Rules", "role")); !s)
            return s;
        if (Status s = checkText(
                r.description, QCoreApplication::translate("rs::Rules", "description of %1").arg(quoted(r.name)));
            !s)
            return s;
        const QString key = (r.isTemplate                       ? QStringLiteral("t:")
                                    : r.scope == Scope::Account ? QStringLiteral("a:")
                                                                : QStringLiteral("p%1:").arg(r.production))
            + r.name;
        if (roleNames.contains(key) || (r.production && roleNames.contains(QStringLiteral("p0:") + r.name)))
            return Error::rule(QCoreApplication::translate("rs::Rules", "Two roles are named %1.").arg(quoted(r.name)));
        roleNames.insert(key);
        if (r.production && (!ws.production(r.production) || r.scope != Scope::Production || r.isTemplate))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Role %1 belongs to a production that does not exist.")
                    .arg(quoted(r.name)));
        for (auto it = r.grants.cbegin(); it != r.grants.cend(); ++it) {
            const Feature *f = ws.feature(it.key());
            if (!f)
                return Error::rule(
                    QCoreApplication::translate("rs::Rules", "Role %1 grants a feature that does not exist.")
                        .arg(quoted(r.name)));
            if (Status s = checkGrant(ws, r, *f, ws.grant(r, *f)); !s)
                return s;
        }
    }
    // Teams: rules 6 and 10.
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it) {
        const Member *m = ws.member(it.key().member);
        const Role *r = ws.role(it.value());
        if (!m || !ws.production(it.key().production) || !r || !r->isProductionRole()
            || (r->production && r->production != it.key().production))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "A team seat refers to something that does not exist."));
        if (isAdminRole(ws, m->accountRole) && r->builtIn != BuiltIn::ProductionAdmin)
            return Error::rule(QCoreApplication::translate(
                "rs::Rules", "%1 administers every production but holds a lesser role on a team.")
                                   .arg(quoted(m->name)));
    }
    // Dates: on seats that exist, ends after starts, never on the access of the owner or an Admin.
    for (auto it = ws.seatTerms().cbegin(); it != ws.seatTerms().cend(); ++it) {
        const Member *m = ws.member(it.key().member);
        if (!m || !ws.seats().contains(it.key()))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "A team seat refers to something that does not exist."));
        if (Status s = checkSeatTerm(ws, *m, it.value().from, it.value().until); !s)
            return s;
    }
    for (const Member &m : ws.members()) {
        if (Status s = checkInstants(m.accountRoleUntil); !s)
            return s;
        if (m.accountRoleUntil.isValid() && (!m.accountRole || isAdminRole(ws, m.accountRole)))
            return Error::rule(QCoreApplication::translate(
                "rs::Rules", "The access of the Admin & owner and of Admins never expires: %1 cannot be given an end.")
                                   .arg(quoted(m.name)));
    }
    names.clear();
    for (const Production &p : ws.productions()) {
        if (Status s = checkName(p.name, QCoreApplication::translate("rs::Rules", "production")); !s)
            return s;
        if (Status s = checkInstants(p.wrap); !s)
            return s;
        if (p.createdBy && !ws.member(p.createdBy))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Production %1 names a creator who is not a member.")
                    .arg(quoted(p.name)));
        if (names.contains(p.name))
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Two productions are named %1.").arg(quoted(p.name)));
        names.insert(p.name);
    }
    return links::verify(ws);
}

} // namespace rs
