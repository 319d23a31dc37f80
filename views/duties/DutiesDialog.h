#pragma once

#include "Workbench.h"
#include "domain/Duties.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace rs {

// The Duties view: the duty rules (and the suggested ones, switched on from here), the conflicts of the working copy
// with those that staged changes would make marked as such, the exceptions, and "who can": every member who holds a
// cell, in one production or all, at a moment, with the holding that gives it.
class DutiesDialog : public QDialog
{
    Q_OBJECT
public:
    DutiesDialog(const Workbench &bench, QWidget *parent = nullptr);

    // Adds View › Duties… to the window's menus.
    static void install(const Workbench &bench);

    // The moment conflicts and "who can" are answered for; now unless set (tests and screenshots).
    void setNow(const QDateTime &now);
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *rules() const { return m_rules; }
    QTableWidget *conflicts() const { return m_conflicts; }
    QTableWidget *whoTable() const { return m_who; }
    // Asks "who can LEVEL FEATURE in PRODUCTION (0: all) at the moment" and shows the answer.
    void askWho(Id feature, Level level, Id production);
    // Switches the selected suggested rule on; false when none is selected or it is refused.
    bool switchOnSelected();

private:
    void reload();
    void fillRules();
    void fillConflicts();

    Workbench m_bench;
    QDateTime m_now;
    duties::Book m_book;
    QTabWidget *m_tabs;
    QTableWidget *m_rules;
    QTableWidget *m_conflicts;
    QLabel *m_conflictSummary;
    QComboBox *m_feature;
    QComboBox *m_level;
    QComboBox *m_production;
    QDateTimeEdit *m_at;
    QTableWidget *m_who;
    QLabel *m_whoSummary;
};

} // namespace rs
