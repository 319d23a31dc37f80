#pragma once

#include "review/Campaign.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace rs {

// The items of an access review as the Reviews view lists them, filtered: one row per item shown, with its member,
// production, role, dates, grants, decision, who decided and the comment. Filtering keeps a list of the items shown,
// so the model answers at once whatever the campaign's size.
class ReviewItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Member, Production, Role, From, Until, Grants, DecisionColumn, DecidedBy, Comment, Count };

    explicit ReviewItemsModel(QObject *parent = nullptr);

    // The items of a campaign, and the zone their dates are shown in.
    void setItems(QList<CampaignItem> items, const QTimeZone &zone);
    // Which items are shown: `decidedBy` (a member's name) further keeps the items that member decided.
    void setFilter(const review::ItemFilter &filter, const QString &decidedBy = QString());

    const QList<CampaignItem> &items() const { return m_items; }
    // The item shown in `row`; its number, or 0 past the end.
    const CampaignItem &itemAt(int row) const { return m_items.at(m_shown.at(row)); }
    int numberAt(int row) const;
    // The row showing item `number`; -1 when it is filtered out or there is no such item.
    int rowOf(int number) const;
    // The first undecided item shown after `row`, wrapping around; -1 when every item shown is decided.
    int nextUndecided(int row) const;

    // Of all items, not only those shown.
    int decidedCount() const { return m_decided; }
    QStringList deciders() const;
    QStringList productions() const;
    QStringList roles() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    QString dateText(const QString &iso) const;

    QList<CampaignItem> m_items;
    QList<int> m_shown; // indexes into m_items, in item order
    QList<int> m_rowOfItem; // by item index: its row, or -1
    review::ItemFilter m_filter;
    QString m_decidedBy;
    QTimeZone m_zone = QTimeZone::utc();
    int m_decided = 0;
};

} // namespace rs
