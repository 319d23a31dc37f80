#pragma once

#include "domain/Workspace.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace rs {

class CompareModel;

// Two or more roles side by side; rows where they differ are highlighted, and can be shown alone.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const Workspace &ws, Id current, Id production, QWidget *parent = nullptr);

    QListWidget *roleList() const { return m_roles; }
    CompareModel *model() const { return m_model; }
    QCheckBox *onlyDifferences() const { return m_only; }

private:
    void refresh();

    const Workspace &m_ws;
    QListWidget *m_roles;
    CompareModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QCheckBox *m_only;
    QLabel *m_summary;
};

} // namespace rs
