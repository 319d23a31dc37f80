// Removes a feature from the catalog, with every grant of it.
// Fields: feature.
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::removeFeature(Id feature)
{
    Change c = kinds::make(Kind::RemoveFeature);
    c.feature = feature;
    return c;
}

namespace kinds {

const Info RemoveFeature::info { "remove-feature", Change::Area::Catalog, nullptr };

Status RemoveFeature::check(const Workspace &ws, const Change &c)
{
    if (!ws.feature(c.feature))
        return featureGone();
    return {};
}

void RemoveFeature::apply(Applier &a, Change &c)
{
    for (const Role &r : a.workspace().roles()) {
        if (r.grants.contains(c.feature))
            a.setCell(r.id, c.feature, Levels());
    }
    a.features().removeAt(a.featureIndex(c.feature));
}

QString RemoveFeature::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Remove feature %1").arg(featureName(ws, c.feature));
}

} // namespace kinds
} // namespace rs
