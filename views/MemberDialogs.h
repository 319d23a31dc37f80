#pragma once

#include "domain/Workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace rs {

class AccessGridModel;
class DateField;

// Fills a combo box with members, by name; the owner first when `ownerFirst`.
void fillMembers(QComboBox *combo, const Workspace &ws, Id except = 0);

// Hands the workspace to a new owner, saying plainly what happens to the old one.
class TransferOwnershipDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TransferOwnershipDialog(const Workspace &ws, QWidget *parent = nullptr);
    QComboBox *memberCombo() const { return m_member; }
    QLabel *explanation() const { return m_explanation; }
    Id newOwner() const;

private:
    void explain();
    const Workspace &m_ws;
    QComboBox *m_member;
    QLabel *m_explanation;
};

// A member and a production, and the member's effective grid there with the roles that grant each level.
class CheckAccessDialog : public QDialog
{
    Q_OBJECT
public:
    CheckAccessDialog(const Workspace &ws, Id member, Id production, QWidget *parent = nullptr);
    QComboBox *memberCombo() const { return m_member; }
    QComboBox *productionCombo() const { return m_production; }
    AccessGridModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    DateField *momentEdit() const { return m_at; }
    QLabel *summary() const { return m_summary; }

private:
    void refresh();
    const Workspace &m_ws;
    QComboBox *m_member;
    QComboBox *m_production;
    DateField *m_at;
    AccessGridModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace rs
