// Moves a feature to a place in a section, its own or another.
// Fields: feature, section, position (within the section; -1: at the end).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::moveFeature(Id feature, Id section, int position)
{
    Change c = kinds::make(Kind::MoveFeature);
    c.feature = feature;
    c.section = section;
    c.position = position;
    return c;
}

namespace kinds {

const Info MoveFeature::info { "move-feature", Change::Area::Catalog, nullptr };

Status MoveFeature::check(const Workspace &ws, const Change &c)
{
    if (!ws.feature(c.feature))
        return featureGone();
    if (!ws.section(c.section))
        return sectionGone();
    return {};
}

void MoveFeature::apply(Applier &a, Change &c)
{
    Feature f = a.featureAt(c.feature);
    a.features().removeAt(a.featureIndex(c.feature));
    f.section = c.section;
    a.rebuildCatalogIndex();
    a.placeFeature(f, c.position);
}

QString MoveFeature::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Move feature %1").arg(featureName(ws, c.feature));
}

} // namespace kinds
} // namespace rs
