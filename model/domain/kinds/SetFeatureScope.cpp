// Makes a feature account-wide or a production feature; locked roles follow, others must not hold it against rule 6.
// Fields: feature, scope.
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::setFeatureScope(Id feature, Scope scope)
{
    Change c = kinds::make(Kind::SetFeatureScope);
    c.feature = feature;
    c.scope = scope;
    return c;
}

namespace kinds {

const Info SetFeatureScope::info { "set-feature-scope", Change::Area::Catalog, nullptr };

Status SetFeatureScope::check(const Workspace &ws, const Change &c)
{
    const Feature *feature = ws.feature(c.feature);
    if (!feature)
        return featureGone();
    Feature changed = *feature;
    changed.scope = c.scope;
    return Rules::checkFeatureHolders(ws, changed,
        QCoreApplication::translate("rs::Rules", "%1 cannot become account-wide while production roles grant it: %2."));
}

void SetFeatureScope::apply(Applier &a, Change &c)
{
    a.featureAt(c.feature).scope = c.scope;
    a.followCatalog(a.featureAt(c.feature));
}

QString SetFeatureScope::describe(const Workspace &ws, const Change &c)
{
    return c.scope == Scope::Account
        ? QCoreApplication::translate("rs::Change", "Make %1 account-wide").arg(featureName(ws, c.feature))
        : QCoreApplication::translate("rs::Change", "Make %1 a production feature").arg(featureName(ws, c.feature));
}

} // namespace kinds
} // namespace rs
