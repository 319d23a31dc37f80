// Renames a section of the catalog.
// Fields: section, text (the new name).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::renameSection(Id section, const QString &name)
{
    Change c = kinds::make(Kind::RenameSection);
    c.section = section;
    c.text = name;
    return c;
}

namespace kinds {

const Info RenameSection::info { "rename-section", Change::Area::Catalog, nullptr };

Status RenameSection::check(const Workspace &ws, const Change &c)
{
    const Section *section = ws.section(c.section);
    if (!section)
        return sectionGone();
    return checkSectionName(ws, c.text, section->id);
}

void RenameSection::apply(Applier &a, Change &c)
{
    a.sections()[a.sectionIndex(c.section)].name = Rules::normalizedName(c.text);
}

QString RenameSection::describe(const Workspace &ws, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Rename section %1 to %2").arg(sectionName(ws, c.section), c.text);
}

} // namespace kinds
} // namespace rs
