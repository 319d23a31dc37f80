#pragma once

#include "Schema.h"
#include "domain/Workspace.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace rs {

// A workspace kept in a database: loads it whole, and writes every accepted change in one transaction. The same
// store speaks SQLite (a .rolesheet file) and PostgreSQL.
class Store
{
public:
    enum class Access { ReadOnly, ReadWrite };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // The default workspace file, in the user's data folder.
    static QString defaultLocation();
    // Opens an existing workspace. Nothing is written to it until a change is applied.
    static Result<std::unique_ptr<Store>> open(const QString &location, Access access = Access::ReadWrite);
    // Creates a new workspace at `location`, which must not hold one yet.
    static Result<std::unique_ptr<Store>> create(const QString &location, const Workspace &initial);

    const Workspace &workspace() const { return m_workspace; }
    QString location() const { return m_location; }
    Dialect dialect() const { return m_dialect; }

    // The member the changes are made on behalf of, for the audit trail.
    void setActor(const QString &actor) { m_actor = actor; }

    // Checks the change against the rules, applies it and commits it, or changes nothing.
    Result<Touched> apply(Change &change);
    // Applies several changes as one: all are committed in one transaction, or none is.
    Status applyAll(QList<Change> &changes);
    // Replaces the whole workspace (an import), in one transaction.
    Status replace(const Workspace &workspace);

private:
    Store(QString location, Dialect dialect, QString connection);
    Status connect(Access access);
    Status load();
    Status applyChanges(QList<Change> &changes, QList<Touched> &touched);
    Status writeAll();
    QSqlDatabase db() const;

    QString m_location;
    Dialect m_dialect;
    QString m_connection;
    QString m_actor;
    Workspace m_workspace;
    bool m_readOnly = false;
};

} // namespace rs
