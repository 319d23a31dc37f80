#include "CompareModel.h"

#include "Colours.h"
#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"

#include <QBrush>

namespace rs {

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompareModel::setRoles(const Workspace &ws, const QList<Id> &roles)
{
    beginResetModel();
    m_roleNames.clear();
    m_rows.clear();
    QList<const Role *> list;
    for (Id id : roles) {
        if (const Role *r = ws.role(id)) {
            list.append(r);
            m_roleNames.append(r->isTemplate ? tr("%1 (template)").arg(DefaultWorkspace::displayName(*r))
                                             : DefaultWorkspace::displayName(*r));
        }
    }
    for (const Feature &f : ws.features()) {
        Row row;
        row.section = ws.section(f.section) ? ws.section(f.section)->name : QString();
        row.feature = DefaultWorkspace::displayName(f.name);
        for (const Role *r : std::as_const(list)) {
            row.levels.append(ws.grant(*r, f));
            row.differs = row.differs || row.levels.last() != row.levels.first();
        }
        m_rows.append(row);
    }
    endResetModel();
}

int CompareModel::differingRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.differs; }));
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_roleNames.size());
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == DiffersRole)
        return row.differs;
    if (role == Qt::BackgroundRole)
        return row.differs ? QVariant(QBrush(Colours::changed())) : QVariant();
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(row.section) : QVariant();
    if (index.column() == 1)
        return role == Qt::DisplayRole ? QVariant(row.feature) : QVariant();
    const Levels levels = row.levels.value(index.column() - kFixedColumns);
    if (role == LevelsRole)
        return int(levels.bits());
    if (role == Qt::DisplayRole)
        return levels.toText();
    return {};
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Section");
    if (section == 1)
        return tr("Feature");
    return m_roleNames.value(section - kFixedColumns);
}

} // namespace rs
