#pragma once

#include "Schema.h"
#include "domain/Workspace.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace rs {
class StatementCache;
}

namespace rs::auditstate {

// The operating-system user running this process.
QString osUser();

// The entities a change touched, as audit subjects: "role:12", "feature:40", "member:3", "production:8",
// "workspace". Stored space-separated with a space at either end so that one LIKE finds a subject.
QStringList subjects(const Workspace &after, const Touched &touched);
QString joinSubjects(const QStringList &subjects);
QStringList splitSubjects(const QString &stored);

// What the touched roles, grants, members, productions, seats and catalog entries looked like before the change
// (from the memento) or after it (from the workspace), with names rather than ids where people read them.
QJsonObject before(const Workspace &after, const Touched &touched);
QJsonObject after(const Workspace &after, const Touched &touched);

// The hash chain of the audit trail. Every row carries `hash`: SHA-256, lower-case hex, of this canonical text,
// encoded as UTF-8:
//
//     "rolesheet-audit-1\n", then for each field in this order
//         previous, id, version, at, os_user, db_user, actor, summary, subjects, change, before_state, after_state
//     its length in UTF-8 bytes as a decimal number, ':', its UTF-8 bytes, '\n'.
//
// `previous` is the hash of the row with the next lower id, or 64 '0' for the first row. `id` and `version` are
// decimal integers (no sign, no leading zeros). Every other field is the column's stored text, byte for byte: no
// parsing, so nothing depends on the engine or on a time zone. `at` is stored by both engines as UTC in one form,
// 2026-01-31T12:34:56.789Z (on PostgreSQL the server writes it), and the JSON columns as the compact text the writer
// produced. The length prefixes make the text unambiguous whatever the fields hold.
//
// A record that carries the digest of the stored workspace (schema 9 on, the last record of every write) is hashed
// the same way from "rolesheet-audit-2\n", with `digest` as a thirteenth field after after_state.
struct StoredAuditRow
{
    qint64 id = 0;
    qint64 version = 0;
    QString at;
    QString osUser;
    QString dbUser;
    QString actor;
    QString summary;
    QString subjects;
    QString change;
    QString before;
    QString after;
    QString digest; // the workspace's digest after the write (Digest.h); on the last record of a write only
};

// The statement that reads audit rows as the chain covers them, then the stored hash and (withDigest) the digest,
// `rest` appended ("WHERE …", " ORDER BY id"); and a row of it.
QString selectRows(const char *rest, bool withDigest = true);
StoredAuditRow storedRow(const QSqlQuery &q, bool withDigest = true);

// The hash that precedes the first row.
QString firstPrevious();
// The hash of `row` chained after `previous`.
QString chainHash(const QString &previous, const StoredAuditRow &row);
// The fields of a record's hash from its actor on (actor, summary, subjects, change, before, after), framed as
// chainHash() frames them: what a server that fills in the rest needs of the record to hash it.
QString hashTail(const StoredAuditRow &row);

// Schema migration 5: gives every row written before it its hash, oldest first. Runs inside the migration's
// transaction, before the triggers that refuse any change to audit rows are created.
Status chainExisting(QSqlDatabase &db, Dialect dialect);

// Schema migration 9: appends a record that carries the digest of the workspace as stored (Digest.h), at the
// workspace's version, so that `audit --verify` compares the rows from then on. Nothing for a new, empty database.
Status recordDigest(QSqlDatabase &db, Dialect dialect);

} // namespace rs::auditstate
