#pragma once
// The end of every write: the new workspace version, the id counter, the audit records with the digest on the last,
// and on PostgreSQL the notification. Shared by Store's applies and its whole-workspace write.
#include "Digest.h"
#include "RowWriter.h"
#include "Schema.h"

#include <QJsonObject>
#include <QStringList>

namespace rs::versionwrite {

// What every write ends with: the new workspace version, the id counter, one audit row per change, and on PostgreSQL
// a notification for the watchers of other processes.
struct VersionWrite
{
    Dialect dialect;
    Id nextId;
    QString dbUser;
    QString actor;
    qint64 version;
    QString identity; // the workspace's id, kept when it has one
    bool newIdentity = false; // the contents are replaced: the workspace is another one now
    bool bumped = false; // beginApply() already raised the version and notified
    bool nextIdChanged = true;
    bool identityStored = false; // the identity was read from the database, so the row holds it already
};

Status writeVersion(rows::Writer &w, const VersionWrite &v, const QStringList &summaries,
    const QList<QJsonObject> &changes, const QList<QJsonObject> &before, const QList<QJsonObject> &after,
    const QList<QStringList> &subjects, digest::Tracker &tracker);

} // namespace rs::versionwrite
