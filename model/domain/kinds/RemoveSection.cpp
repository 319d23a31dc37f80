// Removes an empty section from the catalog.
// Fields: section.
#include "Common.h"
#include "domain/Applier.h"
#include "domain/Quoted.h"

namespace rs {

Change Change::removeSection(Id section)
{
    Change c = kinds::make(Kind::RemoveSection);
    c.section = section;
    return c;
}

namespace kinds {

const Info RemoveSection::info { "remove-section", Change::Area::Catalog, nullptr };

Status RemoveSection::check(const Workspace &ws, const Change &c)
{
    const Section *section = ws.section(c.section);
    if (!section)
        return sectionGone();
    if (!ws.featuresOf(section->id).isEmpty())
        return Error::rule(
            QCoreApplication::translate("rs::Rules", "Section %1 still holds features; move or remove them first.")
                .arg(quoted(section->name)));
    return {};
}

void RemoveSection::apply(Applier &a, Change &c)
{
    a.sections().removeAt(a.sectionIndex(c.section));
}

QString RemoveSection::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Remove section %1").arg(sectionName(ws, c.section));
}

} // namespace kinds
} // namespace rs
