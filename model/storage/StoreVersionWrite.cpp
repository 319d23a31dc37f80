// The end of every write (StoreVersionWrite.h).
#include "StoreVersionWrite.h"

#include "AuditLog.h"
#include "AuditState.h"

#include <QDateTime>
#include <QJsonDocument>

namespace rs::versionwrite {

Status writeVersion(rows::Writer &w, const VersionWrite &v, const QStringList &summaries,
    const QList<QJsonObject> &changes, const QList<QJsonObject> &before, const QList<QJsonObject> &after,
    const QList<QStringList> &subjects, digest::Tracker &tracker)
{
    const qint64 version = v.version;
    if (!v.bumped) {
        if (Status s = w.run(rows::meta::kSetVersion, { version }); !s)
            return s;
    }
    if (v.nextIdChanged) {
        if (Status s
            = w.run(rows::meta::kUpsert, { QString::fromLatin1(rows::meta::kNextId), QString::number(v.nextId) });
            !s)
            return s;
    }
    // An identity read with the workspace is in the database already: nothing to write for it.
    if (v.newIdentity || !v.identityStored) {
        if (Status s = w.run(v.newIdentity ? rows::meta::kUpsert : rows::meta::kInsertOnce,
                { QString::fromLatin1(rows::meta::kIdentity), v.identity });
            !s)
            return s;
    }
    // Every row is written now: the digest of the workspace as it will be committed goes on the last record.
    const Result<QString> digest = digest::recordAfter(tracker, w.database());
    if (!digest)
        return digest.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto json
        = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
    for (int i = 0; i < summaries.size(); ++i) {
        // Chained onto the row before; on PostgreSQL the server sets the time and the login.
        if (Status s = AuditLog::append(w.statements(), v.dialect,
                { 0, version, now, auditstate::osUser(), v.dbUser, v.actor, summaries.at(i),
                    auditstate::joinSubjects(subjects.at(i)), json(changes.at(i)), json(before.at(i)),
                    json(after.at(i)), i == summaries.size() - 1 ? digest.value() : QString() });
            !s)
            return s;
    }
    if (v.dialect == Dialect::PostgreSQL && !v.bumped) {
        // Delivered to listeners when the transaction commits, and never if it does not.
        if (Status s = w.run("SELECT pg_notify('rolesheet_changed', ?)", { QString::number(version) }); !s)
            return s;
    }
    return {};
}

} // namespace rs::versionwrite
