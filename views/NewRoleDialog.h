#pragma once

#include "domain/Workspace.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace rs {

// Asks what a new role is called, where it lives and what it starts from. In freelancer mode it makes a production
// role from scratch and lists the production features so the manager can switch off what is not needed.
class NewRoleDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { General, Freelancer };

    NewRoleDialog(const Workspace &ws, Mode mode, Id production, QWidget *parent = nullptr);

    // The changes that create the role as asked (a CreateRole, then grants switched off in freelancer mode).
    QList<Change> changes() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *productionCombo() const { return m_production; }
    QComboBox *sourceCombo() const { return m_source; }
    QListWidget *featureList() const { return m_features; }

    enum Kind { AccountRole, ProductionRole, AccountTemplate };

private:
    void refillSources();
    void validate();

    const Workspace &m_ws;
    Mode m_mode;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_production;
    QComboBox *m_source;
    QListWidget *m_features = nullptr;
};

} // namespace rs
