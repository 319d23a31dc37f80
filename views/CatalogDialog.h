#pragma once

#include "domain/Entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace rs {

class EditSession;

// Catalog editing: add, rename, reorder and remove sections and features; change scope, categories and owner-only.
// Every edit is staged like a grid edit.
class CatalogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CatalogDialog(EditSession *session, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void selectFeature(Id feature);
    void selectSection(Id section);
    void addSection();
    void addFeature();
    void renameSelected();
    void moveSelected(int delta);
    void removeSelected();

private:
    void rebuild();
    void showSelected();
    Id selectedSection() const;
    Id selectedFeature() const;

    EditSession *m_session;
    QTreeWidget *m_tree;
    QComboBox *m_scope;
    QCheckBox *m_categories[3];
    QCheckBox *m_ownerOnly;
    bool m_updating = false;
};

} // namespace rs
