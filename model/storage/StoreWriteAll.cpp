// The whole-workspace write of Store (create, import, revert-import): every row replaced in one transaction.
#include "Store.h"

#include "Digest.h"
#include "PgSession.h"
#include "RowWriter.h"
#include "StoreStaging.h"
#include "StoreVersionWrite.h"
#include "Transaction.h"
#include "formats/Json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <future>

namespace rs {

namespace {

using rows::Writer;
using rows::writeTouched;
using staging::makeIdentity;
using versionwrite::writeVersion;

// The grants' share of the digest of a whole write, summed from the numbers the writer binds (the same function gives
// both) on a thread of its own while the rows are inserted: nine rows in ten of a large workspace, which the digest
// read back after the write otherwise. Only where the stored table has exactly the columns written, in that order;
// an invalid future otherwise, and the rows are read back.
std::future<digest::TableSum> sumGrantsAlongside(const QSqlDatabase &db, const Workspace &ws)
{
    const QList<QByteArray> columns = rows::grants().insertedColumns();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM grants WHERE 1 = 0")))
        return {};
    const QSqlRecord record = q.record();
    QList<QByteArray> stored;
    for (int i = 0; i < record.count(); ++i)
        stored.append(record.fieldName(i).toUtf8());
    const digest::TableInfo *table = digest::table(QStringLiteral("grants"));
    if (stored != columns || !table)
        return {};
    return std::async(std::launch::async, [&ws, table, columns]() {
        digest::NumberRows sum(*table, columns);
        for (const Role &r : ws.roles()) {
            const std::vector<qint64> values = rows::grantNumbers(r);
            sum.add(values.data(), values.size());
        }
        return sum.sum();
    });
}

// On SQLite, the plain (not unique) indexes of the largest tables, taken away for a write of the whole workspace and
// made again once its rows are in (`restore`), from the definitions the file holds: an index built in one pass over
// the rows costs a fraction of one kept up to date row by row, which spread a write of a million grants over
// hundreds of its pages. The same transaction takes them away and makes them again, so no commit ever lacks one;
// unique indexes stay, since they are the rules on names.
class IndexesAside
{
public:
    Status setAside(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT m.name, m.sql FROM sqlite_master m WHERE m.type = 'index'"
                                   " AND m.tbl_name IN ('grants', 'seats') AND m.sql IS NOT NULL AND m.name IN"
                                   " (SELECT l.name FROM pragma_index_list(m.tbl_name) l WHERE l.\"unique\" = 0)"
                                   " ORDER BY m.name")))
            return failure(q);
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            m_definitions.append(q.value(1).toString().toUtf8());
        }
        if (q.lastError().isValid())
            return failure(q);
        q.finish();
        for (const QString &name : std::as_const(names)) {
            if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                return failure(q);
        }
        return {};
    }
    Status restore(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        for (const QByteArray &sql : std::as_const(m_definitions)) {
            if (!q.exec(QString::fromUtf8(sql)))
                return failure(q);
        }
        return {};
    }

private:
    static Error failure(const QSqlQuery &q)
    {
        return pgsession::storageError(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved."), q.lastError());
    }
    QByteArrayList m_definitions;
};

} // namespace

Status Store::writeAll(const QString &summary, const Workspace *previous, const std::function<Status()> &alongside)
{
    QSqlDatabase database = db();
    qint64 dbVersion = 0;
    std::optional<Transaction> tx;
    if (Status s = begin(tx, Transaction::Mode::Write, &dbVersion); !s)
        return s;
    Writer w(statements());
    const Workspace &ws = m_workspace;
    Status s;
    digest::Tracker tracker(database);
    tracker.trackEverything();
    std::future<digest::TableSum> grants = sumGrantsAlongside(database, ws);
    IndexesAside indexes;
    if (m_dialect == Dialect::SQLite)
        s = indexes.setAside(database);
    for (const char *sql : { "DELETE FROM seats", "DELETE FROM role_links", "DELETE FROM grants", "DELETE FROM members",
             "DELETE FROM roles", "DELETE FROM productions", "DELETE FROM features", "DELETE FROM sections" }) {
        if (s)
            s = w.run(sql, {});
    }
    Touched all;
    all.catalog = true;
    for (const Role &r : ws.roles())
        all.roles.insert(r.id, std::nullopt);
    for (const Member &m : ws.members())
        all.members.insert(m.id, std::nullopt);
    for (const Production &p : ws.productions())
        all.productions.insert(p.id, std::nullopt);
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it)
        all.seats.insert(it.key(), 0);
    all.workspaceName = true;
    all.timeZone = true;
    all.approvalPolicy = true;
    if (s)
        s = writeTouched(w, ws, all);
    if (s && m_dialect == Dialect::SQLite)
        s = indexes.restore(database);
    if (s && alongside)
        s = alongside();
    if (grants.valid())
        tracker.know(QStringLiteral("grants"), grants.get());
    const qint64 version = dbVersion + 1;
    // Every id an old journal or copy names may mean something else now: the replaced workspace is another one.
    const QString identity = makeIdentity();
    if (s)
        s = writeVersion(w, { m_dialect, m_workspace.nextId(), m_dbUser, m_actor, version, identity, true },
            { summary }, { QJsonObject { { QStringLiteral("kind"), QStringLiteral("replace-workspace") } } },
            { previous ? QJsonObject { { QStringLiteral("workspace"),
                  QJsonDocument::fromJson(formats::workspaceJson(*previous)).object() } }
                       : QJsonObject() },
            { QJsonObject() },
            { { QStringLiteral("catalog"), QStringLiteral("replace"), QStringLiteral("workspace") } }, tracker);
    if (!s)
        return s; // rolled back with the transaction
    if (Status c = commit(*tx); !c)
        return c;
    m_version = version;
    m_identity = identity;
    return {};
}

Status Store::replace(const Workspace &workspace, const QString &summaryText, const std::function<Status()> &alongside)
{
    if (m_readOnly)
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 was opened read-only; nothing was changed.").arg(m_location));
    if (Status s = workspace.verify(); !s)
        return s;
    if (m_workspace.approvalPolicy().changes != ApprovalPolicy::Changes::None && !m_skipApprovalCheck)
        return Error::rule(QCoreApplication::translate("rs::Store",
            "The workspace's approval policy gates changes, and an import replaces all of them at once; import into "
            "a workspace without a policy, or make the changes as requests. Nothing was changed."));
    Workspace previous = m_workspace;
    m_workspace = workspace;
    const QString summary = summaryText.isEmpty()
        ? QCoreApplication::translate("rs::Store", "Replaced the whole workspace")
        : summaryText;
    if (Status s = watched([&] { return writeAll(summary, &previous, alongside); }); !s) {
        m_workspace = std::move(previous);
        return s;
    }
    return watched([this] { return load(); });
}

} // namespace rs
