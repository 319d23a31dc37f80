// Reserves a feature for the Admin & owner, or opens it to other roles.
// Fields: feature, flag (owner-only).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::setFeatureOwnerOnly(Id feature, bool ownerOnly)
{
    Change c = kinds::make(Kind::SetFeatureOwnerOnly);
    c.feature = feature;
    c.flag = ownerOnly;
    return c;
}

namespace kinds {

const Info SetFeatureOwnerOnly::info { "set-feature-owner-only", Change::Area::Catalog, nullptr };

Status SetFeatureOwnerOnly::check(const Workspace &ws, const Change &c)
{
    const Feature *feature = ws.feature(c.feature);
    if (!feature)
        return featureGone();
    Feature changed = *feature;
    changed.ownerOnly = c.flag;
    return Rules::checkFeatureHolders(ws, changed,
        QCoreApplication::translate("rs::Rules", "%1 cannot become owner-only while other roles grant it: %2."));
}

void SetFeatureOwnerOnly::apply(Applier &a, Change &c)
{
    a.featureAt(c.feature).ownerOnly = c.flag;
    a.followCatalog(a.featureAt(c.feature));
}

QString SetFeatureOwnerOnly::describe(const Workspace &ws, const Change &c)
{
    return c.flag
        ? QCoreApplication::translate("rs::Change", "Reserve %1 for the owner").arg(featureName(ws, c.feature))
        : QCoreApplication::translate("rs::Change", "Open %1 beyond the owner").arg(featureName(ws, c.feature));
}

} // namespace kinds
} // namespace rs
