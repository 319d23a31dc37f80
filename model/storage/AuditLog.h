#pragma once

#include "AuditState.h"
#include "Schema.h"
#include "StoreBatch.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace rs {

class StatementCache;
class Transaction;
struct AuditChain;
struct AuditEntry;
struct AuditFilter;

// The audit trail of one workspace: its rows appended one writer at a time onto the hash chain, read back by filter,
// and the chain verified whole (AuditState.h defines what each hash covers).
class AuditLog
{
public:
    AuditLog(const QSqlDatabase &db, Dialect dialect, const QString &location);

    // Appends one audit row to the chain, with the statements of the connection that writes. The caller holds the
    // writers' lock in an open transaction (the workspace version row), so no other writer appends between reading
    // the last hash and inserting. `row.id`, and on PostgreSQL `row.at` and `row.dbUser`, are set here: the server's
    // transaction time and login (session_user).
    static Status append(StatementCache &statements, Dialect dialect, auditstate::StoredAuditRow row);

    // The same append on PostgreSQL inside a batch (StoreBatch.h), for `count` records of one write: the statements
    // that read the chain's head (the server's time and login, the last hash, then the records' ids), and from their
    // rows the statements that append the records and the head.
    static QStringList headReads(int count);
    static bool addAppends(StoreBatch &batch, QList<auditstate::StoredAuditRow> rows, BatchRows head, BatchRows ids);

    // The rows the filter lets through, oldest first.
    Result<QList<AuditEntry>> read(const AuditFilter &filter) const;
    // Reads the whole trail in one transaction and checks its hash chain.
    Result<AuditChain> verify() const;
    // The first record of `version`, read in one transaction with every record before it and given only when the
    // hash chain holds from the first record up to it: what a record keeps (the workspace an import replaced) is
    // used only then.
    Result<AuditEntry> verifiedRecord(qint64 version) const;

private:
    // The read transaction could not begin: busy, locked, gone.
    Error failure(const QSqlError &error, const QString &message) const;
    // The read transaction could not begin (busy, locked, gone): the engine's reason in the message.
    Error busy(const Transaction &tx) const;
    // A statement reading the trail failed; the engine's code and text are the detail.
    Error unreadable(const QSqlError &error) const;

    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_location;
};

} // namespace rs
