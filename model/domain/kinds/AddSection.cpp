// Adds a section to the catalog.
// Fields: text (the name), position (-1: at the end); section (the new id, written back).
#include "Common.h"
#include "domain/Applier.h"

namespace rs {

Change Change::addSection(const QString &name, int position)
{
    Change c = kinds::make(Kind::AddSection);
    c.text = name;
    c.position = position;
    return c;
}

namespace kinds {

const Info AddSection::info { "add-section", Change::Area::Catalog, &Change::section };

Status AddSection::check(const Workspace &ws, const Change &c)
{
    return checkSectionName(ws, c.text, 0);
}

void AddSection::apply(Applier &a, Change &c)
{
    c.section = a.newId(c.section);
    QList<Section> &sections = a.sections();
    const int pos = c.position < 0 || c.position > sections.size() ? sections.size() : c.position;
    sections.insert(pos, Section { c.section, Rules::normalizedName(c.text) });
}

QString AddSection::describe(const Workspace &, const Change &c)
{
    return QCoreApplication::translate("rs::Change", "Add section %1").arg(c.text);
}

} // namespace kinds
} // namespace rs
