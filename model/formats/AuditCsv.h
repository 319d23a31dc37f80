#pragma once

#include "storage/Store.h"

#include <QString>

namespace rs::formats {

// The audit trail as CSV (UTF-8 with a byte order mark), one record an applied change: When (UTC, ISO 8601), Version, Acting member, OS user,
// Database user, Summary, Touched, Before, After, Change. The header is part of the format and never translated;
// the JSON columns are compact. Shared by `rolesheet-cli audit --format csv` and the editor's Export CSV.
QString auditCsv(const QList<AuditEntry> &entries);
// Its rows, the header first.
QList<QStringList> auditRows(const QList<AuditEntry> &entries);
// The state before a change as compact JSON; a whole replaced workspace, kept in the record for revert, is named by
// the SHA-256 of its JSON instead ({"workspaceSha256": …}): a spreadsheet cell holds at most 32,767 characters.
QString auditBeforeText(const AuditEntry &entry);
// The workspace a recorded whole-workspace import replaced (entry.keepsReplacedWorkspace()), read and checked as an
// imported workspace is.
Result<Workspace> replacedWorkspace(const AuditEntry &entry);
// The audit summary of putting that workspace back.
QString revertedImportSummary(qint64 version);

} // namespace rs::formats
