#pragma once
// What the writers of cells on PostgreSQL share (StoreWriterLate.cpp, StoreWriterQuick.cpp).
#include "Store.h"

#include <QStringList>

namespace rs::cells {

// Changes that set cells and nothing else: their rows are the cells and their roles' revisions, which the database's
// rules (one owner, shared role names) do not look at, so they may be written before the writers' lock is taken.
inline bool only(const QList<Touched> &touched)
{
    for (const Touched &t : touched) {
        if (t.grants.isEmpty() || !t.roles.isEmpty() || !t.members.isEmpty() || !t.productions.isEmpty()
            || !t.seats.isEmpty() || !t.seatTerms.isEmpty() || t.catalog || t.workspaceName || t.timeZone
            || t.approvalPolicy)
            return false;
    }
    return !touched.isEmpty();
}

// The roles whose cells the changes set, as a PostgreSQL array literal of their ids in order.
inline QString roleArray(const QList<Touched> &touched)
{
    QList<Id> ids;
    for (const Touched &t : touched) {
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it)
            ids.append(it.key().first);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList numbers;
    for (const Id id : std::as_const(ids))
        numbers.append(QString::number(id));
    return QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Texts as a PostgreSQL array literal: each element quoted, its quotes and backslashes escaped.
inline QString textArray(const QStringList &texts)
{
    QStringList quoted;
    for (QString text : texts) {
        text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        text.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted.append(QLatin1Char('"') + text + QLatin1Char('"'));
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace rs::cells
