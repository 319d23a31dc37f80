#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace rs {

// The audit trail as a table, one row an applied change: when, who (OS user, database user, acting member), what,
// and the state before → after in words.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, OsUserColumn, DbUserColumn, ActorColumn, WhatColumn, ChangeColumn, ColumnCount };
    enum DataRole { AtRole = Qt::UserRole + 1, SubjectsRole, ActorRole, EntryIdRole, SortRole };

    explicit AuditModel(QObject *parent = nullptr);

    // Replaces the rows: the model is reset, as on a load.
    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    // "Production · Jobs: Add → View / Edit; Bob → Robert": what the change altered, for a person to read.
    static QString describe(const QJsonObject &before, const QJsonObject &after);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QStringList m_described;
};

// Keeps the audit rows that touch one of the given roles, concern one of the given members (touched, or acting),
// and fall in a date range; an unset criterion keeps every row. The same meaning as the store's AuditFilter.
class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject *parent = nullptr);

    // Rows touching any of `roles`; std::nullopt: any role. An empty set keeps nothing.
    void setRoles(const std::optional<QSet<Id>> &roles);
    // Rows touching any of `members`, or made on behalf of someone whose name contains `actorText`.
    void setMembers(const std::optional<QSet<Id>> &members, const QString &actorText);
    // Rows from the start of `from` to the end of `to`, local time; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<Id>> m_roles;
    std::optional<QSet<Id>> m_members;
    QString m_actorText;
    QDate m_from;
    QDate m_to;
};

} // namespace rs
