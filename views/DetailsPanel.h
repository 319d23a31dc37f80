#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QStringListModel;
class QPushButton;

namespace rs {

class EditSession;

// The selected role's name, kind, guardrails, reach and holders; guardrail and reach changes are staged from here.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(EditSession *session, QWidget *parent = nullptr);

    void showRole(Id role);
    Id role() const { return m_role; }
    QCheckBox *guardrailBox(Category category) const;
    QCheckBox *invitedOnlyBox() const { return m_invitedOnly; }
    QListView *holdersList() const { return m_holders; }

private:
    void refresh();
    const QList<Id> &holdersOf(Id role);
    void guardrailToggled(Category category, bool on);

    EditSession *m_session;
    Id m_role = 0;
    bool m_refreshing = false;
    QHash<Id, QList<Id>> m_holderIndex; // role -> members holding it; built on first use, dropped on change
    bool m_holderIndexValid = false;
    QLabel *m_name;
    QLabel *m_kind;
    QLabel *m_description;
    QCheckBox *m_guardrails[3];
    QCheckBox *m_invitedOnly;
    QPushButton *m_editDescription;
    QLabel *m_holdersTitle;
    QListView *m_holders;
    QStringListModel *m_holderNames;
};

} // namespace rs
