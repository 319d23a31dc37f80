#pragma once

#include "Workbench.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace rs {

class AccessGridModel;

// What the centre shows when a member is chosen in the navigator: their account role and its end, every seat with
// its dates and state, the access they hold in one production (or account-wide) now, and the audit records that
// touched them. Double-clicking a seat opens its production's page.
class MemberPage : public QWidget
{
    Q_OBJECT
public:
    explicit MemberPage(const Workbench &bench, QWidget *parent = nullptr);

    void showMember(Id member);
    Id member() const { return m_member; }

    QLabel *title() const { return m_title; }
    QLabel *accountLine() const { return m_account; }
    QTableWidget *seats() const { return m_seats; }
    QComboBox *accessIn() const { return m_accessIn; }
    QTableView *access() const { return m_accessView; }
    QTableWidget *history() const { return m_history; }

signals:
    void productionChosen(rs::Id production);

private:
    void refresh();
    void refreshAccess();
    void readHistory();

    Workbench m_bench;
    Id m_member = 0;
    QLabel *m_title;
    QLabel *m_account;
    QTableWidget *m_seats;
    QComboBox *m_accessIn;
    AccessGridModel *m_accessModel;
    QTableView *m_accessView;
    QLabel *m_historyNote;
    QTableWidget *m_history;
};

} // namespace rs
