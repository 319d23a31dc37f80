#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace rs {

class EditSession;
class PermissionGridModel;

// The permission grid of the selected role, with its title, the reason it is read-only, and a filter box.
class GridPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GridPanel(EditSession *session, QWidget *parent = nullptr);

    void showRole(Id role);
    Id role() const;

    QTreeView *view() const { return m_view; }
    PermissionGridModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *lockLabel() const { return m_lock; }
    // The view's index of a feature's cell (through the filter).
    QModelIndex cellIndex(Id feature, int column) const;
    QModelIndex sectionCellIndex(Id section, int column) const;

private:
    void updateTitle();

    EditSession *m_session;
    PermissionGridModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_title;
    QLabel *m_lock;
};

} // namespace rs
