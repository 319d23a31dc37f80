#pragma once
// What the writers on PostgreSQL share about roles and cells (StoreWriter.cpp, StoreWriterLate.cpp,
// StoreWriterQuick.cpp).
#include "Store.h"

#include <QStringList>

#include <set>

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

// The roles the changes touch (themselves or their cells), as a PostgreSQL array literal of their ids in order, the
// order in which every writer of a role locks them; empty when there are none.
inline QString roleArray(const QList<Touched> &touched)
{
    std::set<Id> ids;
    for (const Touched &t : touched) {
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it)
            ids.insert(it.key());
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it)
            ids.insert(it.key().first);
    }
    QStringList numbers;
    for (const Id id : ids)
        numbers.append(QString::number(id));
    return numbers.isEmpty() ? QString() : QLatin1Char('{') + numbers.join(QLatin1Char(',')) + QLatin1Char('}');
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
