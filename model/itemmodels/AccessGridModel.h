#pragma once

#include "domain/Access.h"

#include <QAbstractTableModel>

namespace rs {

// The effective grid of one member in one production: every feature, the levels held, and the roles that grant each.
class AccessGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SectionColumn, FeatureColumn, ViewColumn, AddColumn, EditColumn, DeleteColumn, ColumnCount };
    enum DataRole { GrantedRole = Qt::UserRole + 1, FeatureIdRole };

    explicit AccessGridModel(QObject *parent = nullptr);

    // Works the grid out afresh at a moment (now when not given); the workspace is read only during the call.
    void setQuery(const Workspace &ws, Id member, Id production, const QDateTime &at = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Id feature = 0;
        QString section;
        QString name;
        bool inProduction = false;
        Levels levels;
        QStringList grantedBy[4]; // per level: "Role" or "Role (in Production)"
    };
    QList<Row> m_rows;
};

} // namespace rs
