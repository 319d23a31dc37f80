// Renames a feature.
// Fields: feature, text (the new name).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::renameFeature(Id feature, const QString &name)
{
    Change c = kinds::make(Kind::RenameFeature);
    c.feature = feature;
    c.text = name;
    return c;
}

namespace kinds {

const Info RenameFeature::info { "rename-feature", Change::Area::Catalog, nullptr };

Status RenameFeature::check(const Workspace &ws, const Change &c)
{
    const Feature *feature = ws.feature(c.feature);
    if (!feature)
        return featureGone();
    return checkFeatureName(ws, c.text, feature->id);
}

void RenameFeature::apply(Applier &a, Change &c)
{
    a.featureAt(c.feature).name = Rules::normalizedName(c.text);
}

QString RenameFeature::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Rename feature %1 to %2").arg(featureName(ws, c.feature), c.text);
}

} // namespace kinds
} // namespace rs
