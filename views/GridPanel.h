#pragma once

#include "domain/Entities.h"

#include <QModelIndex>
#include <QWidget>

class QAction;
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

    // Bulk edits of the selected cells (GridBulk.cpp); each is one undo step, and cells a rule forbids are left as
    // they are, their reason said once through message().
    // Space on a selection: grants every open selected cell when one of them is not granted, else clears them all.
    void toggleSelection();
    // Ctrl+C: the selected rectangle on the clipboard, as cells and as a sheet with feature and level names.
    void copySelection();
    // Ctrl+V: the clipboard's cells onto the shown role, from the current cell rightwards and down.
    void paste();
    // The selected cells of the shown role onto each of `roles` (the shown role itself is left out).
    void applySelectionToRoles(const QList<Id> &roles);
    // Copy Cells, Paste Cells and Set or Clear Selected Cells, for the Edit menu; their shortcuts work in the grid.
    QList<QAction *> editActions() const { return m_editActions; }

signals:
    // A message for the message bar: what a bulk edit left out, and why.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTitle();
    void updateLegend();
    // The four level columns always show: they keep the width of their names, the feature column takes what is
    // left, and "Why this matters" shows only when there is room for it. The panel asks for the width that needs,
    // so the side panels give way first.
    void fitColumns();
    // The selected level cells in view order (a section's cell stands for its features' cells); closed ones too.
    QModelIndexList selectedCells() const;
    void showStatus(const QString &text);
    void createEditActions();

    EditSession *m_session;
    PermissionGridModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QLabel *m_title;
    QLabel *m_lock;
    QLabel *m_legend;
    QList<QAction *> m_editActions;
};

} // namespace rs
