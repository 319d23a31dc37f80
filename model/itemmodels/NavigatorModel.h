#pragma once

#include "domain/Workspace.h"

#include <QAbstractItemModel>

namespace rs {

class EditSession;

// The navigator's tree over the working copy: account roles, templates, productions with their roles and teams, and
// members. Lists of a production load when first expanded, so that a workspace of a thousand productions opens fast.
class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Group { AccountRoles, Templates, Productions, Members, GroupCount };
    enum NodeKind {
        GroupNode,
        AccountRoleNode,
        TemplateNode,
        ProductionNode,
        RolesFolderNode,
        TeamFolderNode,
        ProductionRoleNode,
        SeatNode,
        MemberNode
    };
    enum DataRole {
        KindRole = Qt::UserRole + 1, // NodeKind
        IdRole, // the role, production or member the row stands for
        ProductionIdRole, // the production a row belongs to; 0 outside productions
        RoleIdRole, // the role of a row: the role itself, a member's account role, a seat's role
    };

    explicit NavigatorModel(EditSession *session, QObject *parent = nullptr);

    QModelIndex groupIndex(Group group) const { return index(group, 0); }
    // The row of a role (account, template or production role), a production or a member; invalid if unknown.
    QModelIndex roleIndex(Id role) const;
    QModelIndex productionIndex(Id production) const;
    QModelIndex memberIndex(Id member) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct ProductionLists
    {
        bool loaded = false;
        QList<Id> roles;
        QList<Id> team; // member ids
    };

    void rebuild();
    void onWorkingChanged(const Touched &touched);
    QList<Id> groupIds(Group group) const;
    QList<Id> productionRoleIds(Id production) const;
    QList<Id> teamIds(Id production) const;
    ProductionLists &lists(Id production) const;
    void sync(const QModelIndex &parent, QList<Id> &rows, const QList<Id> &fresh);
    void refreshRow(const QModelIndex &index);
    NodeKind kindOf(const QModelIndex &index) const;
    Id idOf(const QModelIndex &index) const;
    Id productionOf(const QModelIndex &index) const;

    EditSession *m_session;
    QList<Id> m_groups[GroupCount];
    // A map, not a hash: lists() adds a production's lists while onWorkingChanged() holds an iterator and a reference
    // into another's (a view asks for rows in the middle of an insert), and a hash that grows moves its entries.
    mutable QMap<Id, ProductionLists> m_production;
    mutable QHash<Id, QList<Id>> m_teams; // production -> members with a seat, built on first use
    mutable bool m_teamsBuilt = false;
};

} // namespace rs
