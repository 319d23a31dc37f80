// Moves a section, with its features, to another place in the catalog.
// Fields: section, position.
#include "Common.h"
#include "domain/Applier.h"

#include <algorithm>

namespace rs {

Change Change::moveSection(Id section, int position)
{
    Change c = kinds::make(Kind::MoveSection);
    c.section = section;
    c.position = position;
    return c;
}

namespace kinds {

const Info MoveSection::info { "move-section", Change::Area::Catalog, nullptr };

Status MoveSection::check(const Workspace &ws, const Change &c)
{
    if (!ws.section(c.section))
        return sectionGone();
    return {};
}

void MoveSection::apply(Applier &a, Change &c)
{
    QList<Section> &sections = a.sections();
    const int from = a.sectionIndex(c.section);
    const int to = std::clamp(c.position, 0, int(sections.size()) - 1);
    sections.move(from, to);
    a.sortCatalog();
}

QString MoveSection::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Move section %1").arg(sectionName(ws, c.section));
}

} // namespace kinds
} // namespace rs
