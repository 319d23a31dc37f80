// Adds a feature to a section of the catalog; the Production member sees a plain production feature at once.
// Fields: section, text (the name), scope, categories, flag (owner-only), note (the rationale), position (within the
// section; -1: at the end); feature (the new id, written back).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::addFeature(Id section, const QString &name, Scope scope, Categories categories, bool ownerOnly,
    const QString &rationale, int position)
{
    Change c = kinds::make(Kind::AddFeature);
    c.section = section;
    c.text = name;
    c.scope = scope;
    c.categories = categories;
    c.flag = ownerOnly;
    c.note = rationale;
    c.position = position;
    return c;
}

namespace kinds {

const Info AddFeature::info { "add-feature", Change::Area::Catalog, &Change::feature };

Status AddFeature::check(const Workspace &ws, const Change &c)
{
    if (!ws.section(c.section))
        return sectionGone();
    if (Status s = checkFeatureName(ws, c.text, 0); !s)
        return s;
    return Rules::checkText(c.note, QCoreApplication::translate("rs::Rules", "rationale"));
}

void AddFeature::apply(Applier &a, Change &c)
{
    c.feature = a.newId(c.feature);
    const Feature f { c.feature, c.section, Rules::normalizedName(c.text), c.scope, c.categories, c.flag, c.note };
    a.rebuildCatalogIndex();
    a.placeFeature(f, c.position);
    a.rebuildCatalogIndex();
    // The production member sees every production feature.
    const Id member = a.workspace().builtInRole(BuiltIn::ProductionMember);
    if (member && f.scope == Scope::Production && !f.ownerOnly && f.categories.isEmpty())
        a.setCell(member, f.id, Level::View);
}

QString AddFeature::describe(const Workspace &, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Add feature %1").arg(c.text);
}

} // namespace kinds
} // namespace rs
