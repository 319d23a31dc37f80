#pragma once

#include "domain/Result.h"
#include "domain/Workspace.h"

#include <QHash>
#include <QPair>
#include <QStringList>

namespace rs {

struct AuditEntry;

// What a store remembers of the rows it read: each row's revision, raised by every write of it, keyed by kind and id.
enum class RevisionKind { Role, Member, Production, Feature };
using Revisions = QHash<QPair<int, Id>, qint64>;

// Whether changes made to the workspace as a store read it still hold on the workspace another writer has committed
// since: a touched role, member or production whose revision moved, a grant cell, feature, team, the catalog or the
// workspace name that reads differently now. Conflicting is what both writers touched, not merely a newer version.
class ConflictCheck
{
public:
    // `mine` is the workspace as this store read it (its own changes undone), `now` as the database holds it.
    ConflictCheck(
        const Workspace &mine, const Revisions &mineRevisions, const Workspace &now, const Revisions &nowRevisions);

    // Compares what one change touched; call once per change.
    void compare(const Touched &touched);
    bool found() const { return !m_keys.isEmpty(); }
    // The refusal, naming what conflicts and, from the audit rows written since this store read, who changed it.
    Error error(const QList<AuditEntry> &since) const;

private:
    bool changed(RevisionKind kind, Id id) const;
    void flag(const QString &key, const QString &name);
    QString roleLabel(Id id) const;

    const Workspace &m_mine;
    const Revisions &m_mineRevisions;
    const Workspace &m_now;
    const Revisions &m_nowRevisions;
    QStringList m_keys; // audit subjects of what conflicts: "role:12", "catalog"…
    QStringList m_names; // the same, as people read them
};

} // namespace rs
