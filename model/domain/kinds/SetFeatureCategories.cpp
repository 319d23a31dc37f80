// Sets the categories of a feature; locked roles follow, others must not hold it against their guardrails.
// Fields: feature, categories.
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::setFeatureCategories(Id feature, Categories categories)
{
    Change c = kinds::make(Kind::SetFeatureCategories);
    c.feature = feature;
    c.categories = categories;
    return c;
}

namespace kinds {

const Info SetFeatureCategories::info { "set-feature-categories", Change::Area::Catalog, nullptr };

Status SetFeatureCategories::check(const Workspace &ws, const Change &c)
{
    const Feature *feature = ws.feature(c.feature);
    if (!feature)
        return featureGone();
    Feature changed = *feature;
    changed.categories = c.categories;
    return Rules::checkFeatureHolders(ws, changed,
        QCoreApplication::translate("rs::Rules", "%1 cannot take that category while guardrailed roles grant it: %2."));
}

void SetFeatureCategories::apply(Applier &a, Change &c)
{
    a.featureAt(c.feature).categories = c.categories;
    a.followCatalog(a.featureAt(c.feature));
}

QString SetFeatureCategories::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Change the categories of %1").arg(featureName(ws, c.feature));
}

} // namespace kinds
} // namespace rs
