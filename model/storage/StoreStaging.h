#pragma once
// What both of Store's PostgreSQL apply paths share: changes staged on the workspace in memory (and taken off it
// again), the workspace's new id, and the transaction a batch began, rolled back unless committed.
#include "AuditState.h"
#include "Store.h"
#include "StoreBatch.h"

#include <QUuid>

namespace rs::staging {

inline void unstage(Workspace &ws, StagedChanges &staged)
{
    for (auto it = staged.touched.crbegin(); it != staged.touched.crend(); ++it)
        ws.restore(*it);
    staged = StagedChanges();
}

// Applies the changes in order, each checked against the rules; on a refusal undoes those applied.
inline Status stage(Workspace &ws, QList<Change> &changes, StagedChanges &staged)
{
    for (Change &change : changes) {
        const QString summary = change.describe(ws);
        Result<Touched> t = ws.apply(change);
        if (!t) {
            unstage(ws, staged);
            return t.error();
        }
        staged.summaries.append(summary);
        staged.before.append(auditstate::before(ws, t.value()));
        staged.after.append(auditstate::after(ws, t.value()));
        staged.subjects.append(auditstate::subjects(ws, t.value()));
        staged.touched.append(std::move(t).value());
    }
    return {};
}

inline QString makeIdentity()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Rolls back the transaction a batch began unless it was committed.
struct BatchTransaction
{
    QSqlDatabase db;
    bool open = true;
    ~BatchTransaction()
    {
        if (open && db.isOpen())
            StoreBatch(db).rollbackIfOpen();
    }
};

} // namespace rs::staging
