// Store's audit trail and conflict check, each done by a class of its own (AuditLog, ConflictCheck).
#include "Store.h"

#include "AuditLog.h"
#include "Conflicts.h"

#include <QCoreApplication>

namespace rs {

Result<AuditChain> Store::verifyAudit() const
{
    return watched([this] { return AuditLog(db(), m_dialect, m_location).verify(); });
}

Result<AuditEntry> Store::keptImport(qint64 version) const
{
    Result<AuditEntry> entry = watched([&] { return AuditLog(db(), m_dialect, m_location).verifiedRecord(version); });
    if (!entry && entry.error().code != Error::Code::NotFound)
        return entry;
    if (!entry || !entry.value().keepsReplacedWorkspace())
        return Error::notFound(QCoreApplication::translate("rs::Store",
            "Version %1 is not a whole-workspace import that kept the workspace it replaced; nothing was changed.")
                                   .arg(version));
    return entry;
}

Result<QList<AuditEntry>> Store::audit(const AuditFilter &filter) const
{
    return watched([&] { return AuditLog(db(), m_dialect, m_location).read(filter); });
}

Status Store::checkConflicts(const Loaded &fresh, const QList<Touched> &touched) const
{
    // m_workspace is the workspace as this store read it, the staged changes undone.
    ConflictCheck check(m_workspace, m_revisions, fresh.workspace, fresh.revisions);
    for (const Touched &t : touched)
        check.compare(t);
    if (!check.found())
        return {};
    // Who changed it, from the audit rows written since this store read the workspace.
    AuditFilter since;
    since.afterVersion = m_version;
    const Result<QList<AuditEntry>> rows = audit(since);
    return check.error(rows ? rows.value() : QList<AuditEntry>());
}

} // namespace rs
