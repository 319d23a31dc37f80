// The rules of the feature catalog: sections and features added, renamed, moved or removed, and what a change of a
// feature's scope, categories or owner-only flag asks of the roles that hold it.
#include "Rules.h"
#include "domain/Quoted.h"

#include "Workspace.h"

#include <QCoreApplication>

namespace rs {

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

Status Rules::checkCatalogChange(const Workspace &ws, const Change &c)
{
    using K = Change::Kind;
    auto checkSectionName = [&](const QString &name, Id except) -> Status {
        if (Status s = checkName(name, QCoreApplication::translate("rs::Rules", "section")); !s)
            return s;
        const Section *other = ws.findSection(normalizedName(name));
        if (other && other->id != except)
            return Error::rule(QCoreApplication::translate("rs::Rules", "There is already a section named %1.")
                                   .arg(quoted(other->name)));
        return {};
    };
    auto checkFeatureName = [&](const QString &name, Id except) -> Status {
        if (Status s = checkName(name, QCoreApplication::translate("rs::Rules", "feature")); !s)
            return s;
        const Feature *other = ws.findFeature(normalizedName(name));
        if (other && other->id != except)
            return Error::rule(QCoreApplication::translate("rs::Rules", "There is already a feature named %1.")
                                   .arg(quoted(other->name)));
        return {};
    };
    if (c.kind == K::AddSection)
        return checkSectionName(c.text, 0);
    if (c.kind == K::RenameSection || c.kind == K::MoveSection || c.kind == K::RemoveSection) {
        const Section *section = ws.section(c.section);
        if (!section)
            return Error::notFound(QCoreApplication::translate("rs::Rules", "That section no longer exists."));
        if (c.kind == K::RenameSection)
            return checkSectionName(c.text, section->id);
        if (c.kind == K::RemoveSection && !ws.featuresOf(section->id).isEmpty())
            return Error::rule(
                QCoreApplication::translate("rs::Rules", "Section %1 still holds features; move or remove them first.")
                    .arg(quoted(section->name)));
        return {};
    }
    if (c.kind == K::AddFeature) {
        if (!ws.section(c.section))
            return Error::notFound(QCoreApplication::translate("rs::Rules", "That section no longer exists."));
        if (Status s = checkFeatureName(c.text, 0); !s)
            return s;
        return checkText(c.note, QCoreApplication::translate("rs::Rules", "rationale"));
    }
    const Feature *feature = ws.feature(c.feature);
    if (!feature)
        return Error::notFound(QCoreApplication::translate("rs::Rules", "That feature no longer exists."));
    Feature changed = *feature;
    switch (c.kind) {
    case K::RenameFeature:
        return checkFeatureName(c.text, feature->id);
    case K::MoveFeature:
        if (!ws.section(c.section))
            return Error::notFound(QCoreApplication::translate("rs::Rules", "That section no longer exists."));
        return {};
    case K::SetFeatureScope:
        changed.scope = c.scope;
        return checkFeatureHolders(ws, changed,
            QCoreApplication::translate(
                "rs::Rules", "%1 cannot become account-wide while production roles grant it: %2."));
    case K::SetFeatureCategories:
        changed.categories = c.categories;
        return checkFeatureHolders(ws, changed,
            QCoreApplication::translate(
                "rs::Rules", "%1 cannot take that category while guardrailed roles grant it: %2."));
    case K::SetFeatureOwnerOnly:
        changed.ownerOnly = c.flag;
        return checkFeatureHolders(ws, changed,
            QCoreApplication::translate("rs::Rules", "%1 cannot become owner-only while other roles grant it: %2."));
    case K::SetFeatureRationale:
        return checkText(c.text, QCoreApplication::translate("rs::Rules", "rationale"));
    case K::SetGrant:
    case K::CreateRole:
    case K::DeleteRole:
    case K::RenameRole:
    case K::SetGuardrails:
    case K::SetInvitedOnly:
    case K::SetDescription:
    case K::AddMember:
    case K::RemoveMember:
    case K::RenameMember:
    case K::SetAccountRole:
    case K::TransferOwnership:
    case K::CreateProduction:
    case K::RenameProduction:
    case K::DeleteProduction:
    case K::Invite:
    case K::Uninvite:
    case K::AddSection:
    case K::RenameSection:
    case K::MoveSection:
    case K::RemoveSection:
    case K::AddFeature:
    case K::RemoveFeature:
    case K::SetWorkspaceName:
    case K::SetSeatDates:
    case K::SetProductionEnd:
    case K::SetTimeZone:
        break;
    }
    return {};
}

} // namespace rs
