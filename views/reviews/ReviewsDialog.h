#pragma once

#include "Workbench.h"
#include "storage/ReviewStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rs {

// The Reviews view: start an access review, work through its items with the keyboard (K keep, R revoke, E end on a
// date, N next undecided), filter by who decided and by undecided, see the progress, close it and export its
// evidence.
class ReviewsDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewsDialog(const Workbench &bench, QWidget *parent = nullptr);

    // Adds View › Access Reviews… to the window's menus.
    static void install(const Workbench &bench);

    // Shows the named campaign; false when there is none of that name.
    bool showCampaign(const QString &name);
    // Decides the selected item and moves to the next undecided one.
    Status decideSelected(review::Decision::Kind kind, const QDate &endDate = QDate());
    // Selects the next undecided item after the selected one (wrapping around).
    void nextUndecided();
    QTableWidget *table() const { return m_table; }
    QLabel *progress() const { return m_progress; }
    QCheckBox *undecidedOnly() const { return m_undecidedOnly; }

private:
    void reloadCampaigns(const QString &select = QString());
    void fill();
    void startCampaign();
    void closeCampaign();
    void exportEvidence();
    void report(const Error &error);
    std::optional<Campaign> current() const;

    Workbench m_bench;
    QComboBox *m_campaigns;
    QComboBox *m_decidedBy;
    QComboBox *m_decidingAs;
    QCheckBox *m_undecidedOnly;
    QLabel *m_progress;
    QTableWidget *m_table;
    QPushButton *m_close;
    QPushButton *m_export;
    QList<Campaign> m_list;
    QList<CampaignItem> m_items;
};

} // namespace rs
