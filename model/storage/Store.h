#pragma once

#include "Credentials.h"
#include "Schema.h"
#include "domain/Workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rs {

class StatementCache;

// One row of the audit trail: one applied change, who made it, what it touched and how it was before and after.
struct AuditEntry
{
    qint64 id = 0;
    qint64 version = 0; // the workspace version the change produced
    QDateTime at;
    QString osUser;
    QString dbUser;
    QString actor; // the member the change was made on behalf of
    QString summary;
    QStringList subjects; // "role:12", "member:3", "production:8", "feature:40", "workspace"
    QJsonObject change;
    QJsonObject before;
    QJsonObject after;
};

// Which audit rows to read; empty fields do not filter.
struct AuditFilter
{
    Id role = 0;
    Id member = 0; // rows touching the member, or made on behalf of a member of that name
    QString memberName;
    QDateTime since;
    qint64 afterVersion = 0;
    int limit = 0; // 0: all
};

// A workspace kept in a database: loads it whole, and writes every accepted change in one transaction. The same
// store speaks SQLite (a .rolesheet file) and PostgreSQL (a postgresql:// address). Several stores may write one
// workspace at once: each remembers the revisions it read, and an apply that touches something another writer
// changed since is refused as a conflict.
class Store
{
public:
    enum class Access { ReadOnly, ReadWrite };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The default workspace file, in the user's data folder.
    static QString defaultLocation();
    // Whether a location names a PostgreSQL database rather than a file.
    static bool isPostgres(const QString &location);
    // Opens an existing workspace. Nothing is written to it until a change is applied. A PostgreSQL server's password
    // comes from `credentials` when given (the store keeps nothing of it), else from ~/.pgpass, PGPASSFILE or
    // PGPASSWORD; when the server wants one it was not given or refuses it, the error's code is Password.
    static Result<std::unique_ptr<Store>> open(
        const QString &location, Access access = Access::ReadWrite, const Credentials &credentials = Credentials());
    // Creates a new workspace at `location`, which must not hold one yet.
    static Result<std::unique_ptr<Store>> create(
        const QString &location, const Workspace &initial, const Credentials &credentials = Credentials());

    const Workspace &workspace() const { return m_workspace; }
    // The location as given, without any password.
    QString location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }
    // The workspace version this store last read or wrote; every applied change in any process raises it by one.
    qint64 version() const { return m_version; }

    // The member the changes are made on behalf of, for the audit trail.
    void setActor(const QString &actor) { m_actor = actor; }

    // Checks the change against the rules, applies it and commits it, or changes nothing.
    Result<Touched> apply(Change &change);
    // Applies several changes as one: all are committed in one transaction, or none is. When another writer changed
    // what the changes touch since this store read it, nothing is changed and the error's code is Conflict.
    Status applyAll(QList<Change> &changes);
    // Replaces the whole workspace (an import), in one transaction.
    Status replace(const Workspace &workspace);
    // Reads the workspace again, with every change other writers committed.
    Status reload();
    // The workspace version in the database now, read without loading anything.
    Result<qint64> currentVersion() const;

    // The audit trail, oldest first.
    Result<QList<AuditEntry>> audit(const AuditFilter &filter = {}) const;

    // A new connection to the same database under `name`, for a watcher; the caller removes it. It holds no
    // password: the caller sets one for open() and clears it after.
    QSqlDatabase cloneConnection(const QString &name) const;

private:
    // Revisions of what a store read, keyed by kind and id.
    enum class Kind { Role, Member, Production, Feature };
    using Revisions = QHash<QPair<int, Id>, qint64>;
    struct Loaded
    {
        Workspace workspace;
        Revisions revisions;
        qint64 version = 0;
    };

    Store(QString location, Dialect dialect, QString connection);
    Status connect(Access access);
    Status connectPostgres(const QString &url, const Credentials &credentials);
    Result<Loaded> read(bool inTransaction) const;
    // Inside a write transaction: the workspace at `dbVersion`, from the changes committed since this store read.
    Result<Loaded> catchUp(qint64 dbVersion);
    Status load();
    Status begin(bool write, qint64 *version = nullptr);
    Status commit();
    void rollback();
    Status applyChanges(QList<Change> &changes, QList<Touched> &touched);
    Status checkConflicts(const Loaded &fresh, const QList<Touched> &touched) const;
    // The revisions the database holds now for what the changes touched; -1 for what is gone.
    Result<Revisions> readRevisions(const QList<Touched> &touched) const;
    StatementCache &statements();
    Status writeAll(const QString &summary);
    Result<std::unique_ptr<Store>> static finishOpen(std::unique_ptr<Store> store, Access access);
    QSqlDatabase db() const;

    QString m_location;
    Dialect m_dialect;
    QString m_connection;
    QString m_actor;
    QString m_dbUser;
    Workspace m_workspace;
    Revisions m_revisions;
    qint64 m_version = 0;
    bool m_readOnly = false;
    // Statements prepared once on this connection and reused by every apply; dropped before the connection.
    std::shared_ptr<StatementCache> m_statements;

    friend class StoreWatcher;
};

} // namespace rs
