#pragma once

#include "storage/Store.h"

#include <QString>

namespace rs::formats {

// The audit trail as CSV, one record an applied change: When (UTC, ISO 8601), Version, Acting member, OS user,
// Database user, Summary, Touched, Before, After, Change. The header is part of the format and never translated;
// the JSON columns are compact. Shared by `rolesheet-cli audit --format csv` and the editor's Export CSV.
QString auditCsv(const QList<AuditEntry> &entries);

} // namespace rs::formats
