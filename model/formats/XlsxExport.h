#pragma once

#include "ReviewEvidence.h"
#include "domain/Duties.h"
#include "domain/Workspace.h"
#include "storage/Store.h"

#include <QByteArray>

namespace rs::formats {

// The spreadsheet files as xlsx workbooks (XlsxWrite.h): the same rows and columns as their CSV, the header row frozen.

// The auditors' matrix; the feature columns stay in view too. A role cell of an owner-only feature is marked
// Owner-only, a cell a guardrail of its role forbids is marked Guarded.
Result<QByteArray> workspaceMatrixXlsx(const Workspace &ws);
// One role's sheet, its level cells marked as the matrix's are.
Result<QByteArray> roleSheetXlsx(const Workspace &ws, const Role &role, const duties::Book &duties = {});
// The audit trail.
Result<QByteArray> auditXlsx(const QList<AuditEntry> &entries);
// The evidence of a closed access review; the campaign's facts and the items' header stay in view.
Result<QByteArray> reviewXlsx(const ReviewEvidence &evidence);

} // namespace rs::formats
