#pragma once

#include "Workbench.h"
#include "review/Campaign.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rs {

class ReviewItemsModel;

// The Reviews view: start an access review, work through its items (K keep, R revoke, E end on a date, N next
// undecided; every selected item at once), filter them by production, role, member, who decided and undecided, see
// the progress, close the review through the document's apply and export its evidence with progress and Cancel. It
// asks the document for everything (Document's access review requests) and never waits for the database.
class ReviewsDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewsDialog(const Workbench &bench, QWidget *parent = nullptr);

    // Adds View › Access Reviews… to the window's menus.
    static void install(const Workbench &bench);

    // Shows the named campaign once the document has answered; loaded() follows.
    void showCampaign(const QString &name);
    // The campaign shown; empty when there is none.
    QString campaignName() const;
    // Decides every selected item (the comment field's text goes with each), then moves to the next undecided one.
    void decideSelected(review::Decision::Kind kind, const QDate &endDate = QDate());
    // Asks for the end date with the date control, then decides the selected items.
    void endSelectedOnDate();
    // Selects the next undecided item after the current one (wrapping around).
    void nextUndecided();
    // Selects the items of these numbers (those shown).
    void selectItems(const QList<int> &numbers);
    QList<int> selectedItems() const;

    QTableView *table() const { return m_table; }
    ReviewItemsModel *items() const { return m_model; }
    QLabel *progress() const { return m_progress; }
    QCheckBox *undecidedOnly() const { return m_undecidedOnly; }
    QComboBox *productionFilter() const { return m_production; }
    QComboBox *roleFilter() const { return m_role; }
    QLineEdit *memberFilter() const { return m_member; }
    QComboBox *actingAs() const { return m_actingAs; }
    QLineEdit *comment() const { return m_comment; }

Q_SIGNALS:
    // The campaigns or the items shown were read again.
    void loaded();
    // An export finished: written, cancelled or refused.
    void exported(const rs::Status &status);

private:
    void reloadCampaigns(const QString &select = QString());
    void loadItems();
    void applyFilter();
    void startCampaign();
    void closeCampaign();
    void exportEvidence();
    void report(const Error &error);
    // The member steps are taken by: the one chosen in "Acting as".
    QString actingMember() const;
    void fillChoices();
    QTimeZone zone() const;

    Workbench m_bench;
    QComboBox *m_campaigns;
    QComboBox *m_decidedBy;
    QComboBox *m_actingAs;
    QComboBox *m_production;
    QComboBox *m_role;
    QLineEdit *m_member;
    QCheckBox *m_undecidedOnly;
    QLabel *m_progress;
    QTableView *m_table;
    ReviewItemsModel *m_model;
    QLineEdit *m_comment;
    QPushButton *m_close;
    QPushButton *m_export;
    QList<Campaign> m_list;
    std::optional<Campaign> m_current;
    QString m_select; // the campaign to show once the list is read
    QList<int> m_keepSelected; // the items to select once the items are read again
    int m_moveOnFrom = 0; // after a decision: the item after which the next undecided one is selected
    bool m_deciding = false; // a decision is on its way: keys wait for the items read after it
};

} // namespace rs
