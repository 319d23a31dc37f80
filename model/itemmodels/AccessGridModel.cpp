#include "AccessGridModel.h"

#include "Colours.h"
#include "domain/DefaultWorkspace.h"

#include <QBrush>

namespace rs {

AccessGridModel::AccessGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccessGridModel::setQuery(const Workspace &ws, Id member, Id production, const QDateTime &moment)
{
    const QDateTime at = moment.isValid() ? moment : QDateTime::currentDateTimeUtc();
    beginResetModel();
    m_rows.clear();
    for (const Feature &f : ws.features()) {
        Row row;
        row.feature = f.id;
        row.section = ws.section(f.section) ? DefaultWorkspace::displayName(ws.section(f.section)->name) : QString();
        row.name = DefaultWorkspace::displayName(f.name);
        row.inProduction = f.scope == Scope::Production;
        const EffectiveAccess access = effectiveAccess(ws, member, production, f.id, at);
        row.levels = access.levels;
        for (int l = 0; l < 4; ++l) {
            for (const Provenance &p : access.sources) {
                const Role *r = ws.role(p.role);
                if (!r || !p.levels.has(kAllLevels[l]))
                    continue;
                row.grantedBy[l] << (p.production ? tr("%1 (team)").arg(DefaultWorkspace::displayName(*r))
                                                  : DefaultWorkspace::displayName(*r));
            }
        }
        m_rows.append(row);
    }
    endResetModel();
}

int AccessGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == FeatureIdRole)
        return row.feature;
    switch (index.column()) {
    case SectionColumn:
        return role == Qt::DisplayRole ? QVariant(row.section) : QVariant();
    case FeatureColumn:
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return row.inProduction ? tr("Feature of each production") : tr("Account-wide feature");
        return {};
    default:
        break;
    }
    const int l = index.column() - ViewColumn;
    const bool granted = row.levels.has(kAllLevels[l]);
    switch (role) {
    case GrantedRole:
        return granted;
    case Qt::DisplayRole:
        return granted ? row.grantedBy[l].join(QStringLiteral(", ")) : QString();
    case Qt::ToolTipRole:
        return granted ? tr("%1 granted by %2").arg(levelName(kAllLevels[l]), row.grantedBy[l].join(tr(" and ")))
                       : tr("Not allowed");
    case Qt::BackgroundRole:
        return granted ? QVariant(QBrush(Colours::granted())) : QVariant();
    default:
        return {};
    }
}

QVariant AccessGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case FeatureColumn:
        return tr("Feature");
    default:
        return section < ColumnCount ? levelName(kAllLevels[section - ViewColumn]) : QVariant();
    }
}

} // namespace rs
