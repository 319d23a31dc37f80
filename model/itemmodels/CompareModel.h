#pragma once

#include "domain/Workspace.h"

#include <QAbstractTableModel>

namespace rs {

// Two or more roles side by side, one row a feature; rows where the roles differ are marked.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole { DiffersRole = Qt::UserRole + 1, LevelsRole };
    static constexpr int kFixedColumns = 2; // section, feature

    explicit CompareModel(QObject *parent = nullptr);

    // Takes a snapshot of the roles' grants in the workspace.
    void setRoles(const Workspace &ws, const QList<Id> &roles);
    int differingRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString section;
        QString feature;
        QList<Levels> levels;
        bool differs = false;
    };
    QStringList m_roleNames;
    QList<Row> m_rows;
};

} // namespace rs
