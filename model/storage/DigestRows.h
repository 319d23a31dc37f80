#pragma once
// The rows of the tables in a workspace's digest as the digest reads them (Digest.h): the query that selects them,
// and each row hashed with its key. Shared by the digest's sums and the tracker of what a write changes.
#include "Digest.h"

#include <QSqlQuery>

#include <functional>

namespace rs::digest {
// Counts one row in a table's sum (sign +1) or takes it out (-1).
void addRow(TableSum &t, const Row &row, int sign);
} // namespace rs::digest

namespace rs::digest::rows {

// The prime the keyed sums are taken modulo: 2^61 - 1.
inline constexpr quint64 kP = (quint64(1) << 61) - 1;

// SELECT * of the table's rows that belong to the digest, and those `condition` (SQL, may be empty) chooses.
QString selectAll(const TableInfo &t, const QString &condition);
// A read that failed, with the engine's reason (a lock time-out, a lost server) in the one line.
Error unreadable(const QSqlQuery &q);
// Runs `sql` and hands every row to `each`; `named`: with the text that names its key.
Status forEachRow(const QSqlDatabase &db, const TableInfo &t, const QString &sql,
    const std::function<void(const Row &)> &each, bool named = false);
// The same over the rows of a statement a batch ran.
void forEachRow(const TableInfo &t, BatchRows &rows, const std::function<void(const Row &)> &each);

} // namespace rs::digest::rows
