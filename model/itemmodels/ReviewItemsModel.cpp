#include "ReviewItemsModel.h"

#include "domain/Dates.h"

#include <QSet>

namespace rs {

ReviewItemsModel::ReviewItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewItemsModel::setItems(QList<CampaignItem> items, const QTimeZone &zone)
{
    beginResetModel();
    m_items = std::move(items);
    m_zone = zone;
    m_decided = 0;
    for (const CampaignItem &ci : std::as_const(m_items))
        m_decided += ci.decision.kind != review::Decision::Kind::None ? 1 : 0;
    refilter();
    endResetModel();
}

void ReviewItemsModel::setFilter(const review::ItemFilter &filter, const QString &decidedBy)
{
    beginResetModel();
    m_filter = filter;
    m_decidedBy = decidedBy;
    refilter();
    endResetModel();
}

void ReviewItemsModel::refilter()
{
    m_shown.clear();
    m_rowOfItem.fill(-1, m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const CampaignItem &ci = m_items.at(i);
        if (!m_filter.matches(ci.item, ci.decision))
            continue;
        if (!m_decidedBy.isEmpty() && ci.decision.decidedBy != m_decidedBy)
            continue;
        m_rowOfItem[i] = int(m_shown.size());
        m_shown.append(i);
    }
}

int ReviewItemsModel::numberAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? itemAt(row).item.number : 0;
}

int ReviewItemsModel::rowOf(int number) const
{
    // Items are numbered 1 … n in order.
    const int index = number - 1;
    if (index >= 0 && index < m_items.size() && m_items.at(index).item.number == number)
        return m_rowOfItem.at(index);
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).item.number == number)
            return m_rowOfItem.at(i);
    }
    return -1;
}

int ReviewItemsModel::nextUndecided(int row) const
{
    const int rows = int(m_shown.size());
    for (int step = 1; step <= rows; ++step) {
        const int at = (std::max(row, -1) + step + rows) % rows;
        if (itemAt(at).decision.kind == review::Decision::Kind::None)
            return at;
    }
    return -1;
}

QStringList ReviewItemsModel::deciders() const
{
    QStringList names;
    QSet<QString> seen;
    for (const CampaignItem &ci : m_items) {
        if (!ci.decision.decidedBy.isEmpty() && !seen.contains(ci.decision.decidedBy)) {
            seen.insert(ci.decision.decidedBy);
            names.append(ci.decision.decidedBy);
        }
    }
    return names;
}

QStringList ReviewItemsModel::productions() const
{
    QSet<QString> names;
    for (const CampaignItem &ci : m_items) {
        if (ci.item.kind == review::Item::Kind::Seat)
            names.insert(ci.item.productionName);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

QStringList ReviewItemsModel::roles() const
{
    QSet<QString> names;
    for (const CampaignItem &ci : m_items)
        names.insert(ci.item.roleName);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

int ReviewItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ReviewItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QString ReviewItemsModel::dateText(const QString &iso) const
{
    if (iso.isEmpty())
        return QString();
    const Result<QDateTime> at = dates::parseIso(iso);
    return at ? dates::date(at.value(), m_zone) : iso;
}

QVariant ReviewItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const CampaignItem &ci = itemAt(index.row());
    const review::Item &i = ci.item;
    if (role == Qt::ToolTipRole && index.column() == Grants)
        return QString(i.provenance() + QLatin1Char('\n') + i.grantsDetail());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return i.number;
    case Member:
        return i.memberName;
    case Production:
        return i.kind == review::Item::Kind::Seat ? i.productionName : tr("(account role)");
    case Role:
        return i.roleName;
    case From:
        return dateText(i.starts);
    case Until:
        return i.ends.isEmpty() ? tr("no end") : dateText(i.ends);
    case Grants:
        return i.grantsSummary();
    case DecisionColumn: {
        QString text = ci.decision.text();
        if (ci.changed)
            text += QLatin1Char(' ') + tr("(access changed since the start)");
        return text;
    }
    case DecidedBy:
        return ci.decision.at.isValid()
            ? QStringLiteral("%1, %2").arg(ci.decision.decidedBy, dates::dateTime(ci.decision.at, m_zone))
            : QString();
    case Comment:
        return ci.decision.comment;
    case Count:
        break;
    }
    return {};
}

QVariant ReviewItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("#");
    case Member:
        return tr("Member");
    case Production:
        return tr("Production");
    case Role:
        return tr("Role");
    case From:
        return tr("From");
    case Until:
        return tr("Until");
    case Grants:
        return tr("What it grants");
    case DecisionColumn:
        return tr("Decision");
    case DecidedBy:
        return tr("Decided by");
    case Comment:
        return tr("Comment");
    case Count:
        break;
    }
    return {};
}

} // namespace rs
