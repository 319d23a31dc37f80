// The one door for the rows kept beside the workspace (access reviews, duty rules, approval requests): a transaction
// on the store's connection, the work, and its audit record chained after the others with the workspace's digest.
#include "Store.h"

#include "AuditLog.h"
#include "AuditState.h"
#include "Digest.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rs {

Status Store::writeBeside(const std::function<Status(SideWrite &)> &work, const SideOptions &options)
{
    if (options.changes) {
        m_alsoWrite = [&](qint64 version) { return recordBeside(work, options, version); };
        m_approvalRecord = options.approval;
        const Status s = applyAll(*options.changes);
        m_alsoWrite = nullptr;
        m_approvalRecord = {};
        return s;
    }
    return watched([&]() -> Status {
        if (m_readOnly)
            return Error::badInput(
                QCoreApplication::translate("rs::Store", "%1 was opened read-only; nothing was changed.")
                    .arg(m_location));
        qint64 version = 0;
        std::optional<Transaction> tx;
        if (Status s = begin(tx, Transaction::Mode::Write, &version); !s)
            return s;
        if (Status s = recordBeside(work, options, version); !s)
            return s; // the guard rolls back
        return commit(*tx);
    });
}

Status Store::recordBeside(const std::function<Status(SideWrite &)> &work, const SideOptions &options, qint64 version)
{
    SideWrite side;
    side.db = db();
    side.version = version;
    digest::Tracker tracker(db());
    for (const char *table : options.tables)
        tracker.trackTable(table);
    if (!options.tables.isEmpty()) {
        if (Status s = tracker.before(); !s)
            return s;
    }
    if (Status s = work(side); !s)
        return s;
    // The rows the work inserted are what it adds to the workspace's digest, which its record carries.
    for (const auto &row : std::as_const(side.inserted))
        tracker.trackNew(row.first, row.second);
    const Result<QString> state = digest::recordAfter(tracker, db());
    if (!state)
        return state.error();
    return AuditLog::append(statements(), m_dialect,
        { 0, version, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), auditstate::osUser(), m_dbUser,
            side.actor.isNull() ? m_actor : side.actor, side.summary, auditstate::joinSubjects({ side.subject }),
            QString::fromUtf8(QJsonDocument(side.change).toJson(QJsonDocument::Compact)), QStringLiteral("{}"),
            QStringLiteral("{}"), state.value() });
}

} // namespace rs
