#pragma once

#include "Workbench.h"
#include "document/DocumentApprovals.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rs {

// View › Approvals…: the approval requests — those waiting for the acting member, pending, approved and ready to
// apply, expired, or all — read from the document on its worker. Opening one shows its change set cell by cell and
// who gains or loses which access, as Review Changes does, with Approve, Deny, Apply and Withdraw.
class ApprovalsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Show { WaitingForMe, Pending, Approved, Expired, All };

    explicit ApprovalsDialog(const Workbench &bench, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *showing() const { return m_show; }
    // Empty on a server, where the login acts.
    QComboBox *actingAs() const { return m_as; }
    // Whether the last read has arrived and is shown (tests wait for it).
    bool isCurrent() const { return m_ticket == 0; }
    // Selects request `id` in the list; false when it is not listed.
    bool select(Id id);
    // The steps on the selected request, as the buttons take them (asking for a comment where one is needed);
    // the refusal, if any, is shown and returned.
    Status approveSelected();
    Status denySelected();
    Status applySelected();
    Status withdrawSelected();
    // Opens the selected request: its changes and member impact, with the steps its state allows.
    void openSelected();

private:
    void read();
    void fill();
    void updateButtons();
    int selectedIndex() const;
    // What request `i` kept of who gained or lost what when it was applied.
    std::optional<QJsonArray> impact(int i) const;
    Status step(ApprovalStep step, const QString &text = QString());

    Workbench m_bench;
    ApprovalListing m_listing;
    quint64 m_ticket = 0;
    QComboBox *m_as = nullptr;
    QComboBox *m_show;
    QLabel *m_who;
    QTableWidget *m_table;
    QPushButton *m_open;
    QPushButton *m_approve;
    QPushButton *m_deny;
    QPushButton *m_apply;
    QPushButton *m_withdraw;
};

} // namespace rs
