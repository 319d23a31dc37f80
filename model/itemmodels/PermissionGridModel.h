#pragma once

#include "domain/Workspace.h"

#include <QAbstractItemModel>

namespace rs {

class EditSession;

// The grid of one role in the working copy: a tree of sections with their features below, a check box per level.
// Checking a box pushes a command; the model changes only when the working copy announces the change.
class PermissionGridModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FeatureColumn, ViewColumn, AddColumn, EditColumn, DeleteColumn, WhyColumn, ColumnCount };
    enum DataRole {
        LacksViewRole = Qt::UserRole + 1, // bool: Add, Edit or Delete without View
        ChangedRole, // bool: differs from the stored workspace
        FeatureIdRole, // rs::Id of a feature row; 0 on section rows
        SectionIdRole, // rs::Id of the section
        ClosedRole, // bool: a rule keeps this cell closed
        LockedRole, // bool: a level cell of a built-in role that no rule closes; it reads, it cannot change
    };

    explicit PermissionGridModel(EditSession *session, QObject *parent = nullptr);

    void setRole(Id role);
    // Why a built-in role's cells cannot change: their tooltip.
    static QString lockedReason();
    Id role() const { return m_role; }

    static Level levelOf(int column) { return kAllLevels[column - ViewColumn]; }
    static bool isLevelColumn(int column) { return column >= ViewColumn && column <= DeleteColumn; }

    QModelIndex featureIndex(Id feature, int column = FeatureColumn) const;
    QModelIndex sectionIndex(Id section, int column = FeatureColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct SectionRow
    {
        Id section = 0;
        QList<int> features; // positions in Workspace::features()
    };

    void rebuild();
    void refreshAll();
    void onWorkingChanged(const Touched &touched);
    const Role *currentRole() const;
    const Feature *featureAt(const QModelIndex &index) const;
    Qt::CheckState sectionState(const SectionRow &row, Level level) const;
    bool cellChanged(const Feature &feature, Level level) const;
    bool isOpen(const Role &role, const Feature &feature) const;
    QVariant featureData(const Feature &feature, int column, int role) const;
    QVariant sectionData(const SectionRow &row, int column, int role) const;
    bool setSection(const SectionRow &row, Level level, bool on);

    EditSession *m_session;
    Id m_role = 0;
    QList<SectionRow> m_rows;
    QHash<Id, QPair<int, int>> m_featureRow; // feature -> (section row, row within section)
    mutable QList<bool> m_open; // per catalog position: may the current role hold anything there
    mutable Id m_openFor = 0;
    mutable quint64 m_openGeneration = 0;
};

} // namespace rs
