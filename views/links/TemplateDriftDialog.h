#pragma once
// The Template Drift view: for a template, every role linked to it with its state (in step, behind, locally changed),
// and for the chosen role the three-way view of its cells — the template when the role was last in step, the
// template now, the role now — each difference marked. Propagate stages the template's changes on the chosen roles
// (overrides kept, conflicts going the way chosen, what a rule forbids reported and left) as one undoable step, then
// opens the usual review.
#include "Workbench.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace rs {

class TemplateDriftDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDriftDialog(const Workbench &bench, QWidget *parent = nullptr);

    // Adds Roles › Template Drift… to the window's menus.
    static void install(const Workbench &bench);

    // Shows the template of that name; false when there is none.
    bool showTemplate(const QString &name);
    // Stages the propagation onto the selected roles (none selected: every role that is behind); false when nothing
    // was staged. `review` opens the usual review afterwards.
    bool propagate(bool review = true);

    QComboBox *templates() const { return m_templates; }
    QComboBox *prefer() const { return m_prefer; }
    QTreeWidget *roles() const { return m_roles; }
    QTreeWidget *cells() const { return m_cells; }

private:
    void refresh();
    void showCells();
    Id currentTemplate() const;
    QList<Id> selectedRoles() const;

    Workbench m_bench;
    QComboBox *m_templates;
    QComboBox *m_prefer;
    QTreeWidget *m_roles;
    QTreeWidget *m_cells;
    QLabel *m_summary;
    QPushButton *m_propagate;
};

} // namespace rs
