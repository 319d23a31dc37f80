#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace rs {

class EditSession;
class NavigatorModel;

// The tree beside the grid: account roles, templates, productions with their roles and teams, members.
class NavigatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NavigatorPanel(EditSession *session, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    // The search field above the tree: typing picks the first member, role or production whose name holds the text;
    // Enter (or Down) the next one (NavigatorSearch.cpp).
    QLineEdit *search() const { return m_search; }
    // Picks the next row after the current one (or the first) whose member, role or production name holds `text`;
    // false when none does.
    bool findNext(const QString &text, bool afterCurrent);
    NavigatorModel *model() const { return m_model; }

    // What is selected: the role shown in the grid, the production and member it concerns.
    Id currentRole() const;
    Id currentProduction() const;
    Id currentMember() const;
    // Every role selected (Ctrl+click, Shift+click), the current one included.
    QList<Id> selectedRoles() const;
    void selectRole(Id role);
    void selectMember(Id member);
    void selectProduction(Id production);

signals:
    // The row chosen stands for a role (its grid shows), a member (a member row or a seat) or a production.
    void roleChosen(rs::Id role);
    void memberChosen(rs::Id member);
    void productionChosen(rs::Id production);
    void selectionChanged();
    // A row was double-clicked: what it stands for is shown, and the centre takes the keyboard.
    void opened();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A row as it can be found again after the tree is rebuilt: its kind, what it stands for, and its production.
    struct NodeKey
    {
        int kind = -1;
        Id id = 0;
        Id production = 0;
        bool operator==(const NodeKey &other) const = default;
    };
    NodeKey keyOf(const QModelIndex &index) const;
    // Kept across a rebuild (apply, import, reload): the open branches, the current row and the selected rows.
    void rememberState();
    void restoreState();
    void select(const QModelIndex &index);
    void onCurrentChanged(const QModelIndex &current);
    void setUpSearch();

    EditSession *m_session;
    NavigatorModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_search = nullptr;
    QLabel *m_noMatch = nullptr;
    // Ctrl or Shift is held on the click or key that moves the selection: it adds roles to the selection, and the
    // grid keeps showing the role it showed.
    bool m_extending = false;
    QList<NodeKey> m_expanded;
    NodeKey m_current;
    QList<NodeKey> m_selected;
    bool m_remembered = false;
};

} // namespace rs
