#include "Store.h"

#include "AuditState.h"
#include "PgSession.h"
#include "Rows.h"
#include "StatementCache.h"
#include "StoreBatch.h"
#include "StoreFiles.h"
#include "formats/SafeWrite.h"
#include "location/Location.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <tuple>

namespace rs {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rolesheet-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isWritableFile(const QString &path)
{
    // Permission bits, not access(): an administrator may write anything, but a file marked read-only is meant so.
    const QFile::Permissions p = QFileInfo(path).permissions();
    return p & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

} // namespace

Store::Store(QString location, Dialect dialect, QString connection)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_connection(std::move(connection))
    , m_actor(auditstate::osUser())
{
}

Store::~Store()
{
    // Prepared statements go before their connection, which frees them on the server; a lost connection goes first,
    // and its statements after it without a word to a server that no longer answers.
    std::shared_ptr<StatementCache> statements = std::move(m_statements);
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (statements && !m_lost && database.isOpen())
            statements.reset();
        else if (statements)
            statements->detach();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    storefiles::letGo(m_connection);
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Store::defaultLocation()
{
    return location::defaultFile();
}

bool Store::isPostgres(const QString &address)
{
    return location::isServer(address);
}

Status Store::connect(Access access)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_readOnly = access == Access::ReadOnly;
    if (m_readOnly) {
        // A read-only connection that creates no file beside the workspace, so a read-only folder is no obstacle.
        storefiles::configureReadOnly(database, m_location);
    } else {
        database.setDatabaseName(m_location);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!database.open())
        return storefiles::sqlError(database.lastError(),
            QCoreApplication::translate("rs::Store", "%1 cannot be opened.").arg(m_location), m_location);
    storefiles::holdOpen(m_connection, m_location);
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
        || (m_readOnly && !q.exec(QStringLiteral("PRAGMA query_only = ON"))))
        return storefiles::sqlError(q.lastError(),
            QCoreApplication::translate("rs::Store", "%1 cannot be opened.").arg(m_location), m_location);
    return {};
}

Result<std::unique_ptr<Store>> Store::open(
    const QString &location, Access access, Broken broken, const Credentials &credentials)
{
    if (isPostgres(location)) {
        std::unique_ptr<Store> store(new Store(location, Dialect::PostgreSQL, newConnectionName()));
        store->m_rescue = broken == Broken::OpenForRescue;
        if (Status s = store->connectPostgres(location, credentials, true); !s)
            return s.error();
        store->m_readOnly = access == Access::ReadOnly;
        // Reading the workspace, too, gives up on a server that stops answering.
        const std::shared_ptr<PgDeadline> deadline = store->m_deadline;
        PgDeadline::Armed armed(deadline, store->db());
        if (store->m_readOnly) {
            // The server enforces it too: a read-only store cannot write even by mistake.
            QSqlQuery q(store->db());
            q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        }
        Result<std::unique_ptr<Store>> opened = finishOpen(std::move(store), access);
        if (armed.disarm()) {
            if (!opened)
                return deadline->stalled();
            opened.value()->m_lost = true;
        }
        return opened;
    }
    // A file no program has open is read without locks (configureReadOnly), and another program that opens it, writes
    // and closes meanwhile copies its log back into the file under the read: SQLite then finds half of that copy and
    // calls the file damaged. Such a failure is told apart by the file having changed, or a log having appeared
    // beside it, during the attempt; the open is tried again once the copy is done. A file that fails without
    // changing is refused at once. A read without locks that succeeded while the file changed under it may have read
    // half a copy without noticing: it is not trusted either, and read again.
    const auto stamp = [&location] {
        const QFileInfo file(location);
        return std::make_tuple(file.size(), file.lastModified().toMSecsSinceEpoch(),
            QFileInfo::exists(location + QStringLiteral("-wal")), QFileInfo::exists(location + QStringLiteral("-shm")));
    };
    for (int attempt = 0;; ++attempt) {
        const auto before = stamp();
        Result<std::unique_ptr<Store>> opened = openFile(location, access, broken);
        if (attempt == 3)
            return opened;
        const auto after = stamp();
        if (opened) {
            const bool withoutLocks = access == Access::ReadOnly && !std::get<2>(before) && !std::get<3>(before);
            if (!withoutLocks || after == before)
                return opened;
        } else if (after == before && !std::get<2>(after) && !std::get<3>(after)) {
            return opened;
        }
        QThread::msleep(25u << attempt);
    }
}

Result<std::unique_ptr<Store>> Store::openFile(const QString &location, Access access, Broken broken)
{
    const QFileInfo info(location);
    if (!info.exists())
        return Error::notFound(QCoreApplication::translate(
            "rs::Store", "There is no workspace at %1; create one with \"rolesheet-cli init\".")
                                   .arg(location));
    if (info.isDir())
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 is a folder, not a workspace file.").arg(location));
    if (Status s = storefiles::checkHeader(location); !s)
        return s.error();
    if (access == Access::ReadWrite && !isWritableFile(location))
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 is read-only; nothing was changed.").arg(location));
    if (access == Access::ReadWrite && !QFileInfo(info.absolutePath()).isWritable())
        return Error::badInput(QCoreApplication::translate("rs::Store",
            "%1 cannot be changed: no permission to write in its folder %2, which SQLite needs; nothing was changed.")
                                   .arg(location, info.absolutePath()));
    // Recognised before anything is written: another program's database is never migrated or switched to WAL.
    if (Result<int> recognised = storefiles::recognise(location); !recognised)
        return recognised.error();
    std::unique_ptr<Store> store(new Store(location, Dialect::SQLite, newConnectionName()));
    store->m_rescue = broken == Broken::OpenForRescue;
    if (Status s = store->connect(access); !s)
        return s.error();
    return finishOpen(std::move(store), access);
}

Result<std::unique_ptr<Store>> Store::finishOpen(std::unique_ptr<Store> store, Access access)
{
    const QString &location = store->m_location;
    QSqlDatabase database = store->db();
    if (store->m_dialect == Dialect::SQLite) {
        // A first read, so that a folder without write permission, a full disk or a lock is told as such.
        QSqlQuery probe(database);
        if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !probe.next())
            return storefiles::sqlError(probe.lastError(),
                QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(location),
                location);
        probe.finish();
    }
    // A workspace read with the session's set-up was at the latest schema.
    const Result<int> version = store->m_prefetched ? Schema::latestVersion() : Schema::currentVersion(database);
    if (!version) {
        Error damaged = Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(location));
        damaged.detail = version.error().detail;
        return damaged;
    }
    if (version.value() == 0 && store->m_dialect == Dialect::PostgreSQL)
        return Error::notFound(QCoreApplication::translate(
            "rs::Store", "The database %1 holds no workspace yet; create one with \"rolesheet-cli init\".")
                                   .arg(location));
    if (version.value() <= 0)
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 is a database but not a Rolesheet workspace.").arg(location));
    if (version.value() > Schema::latestVersion())
        return Error::badInput(
            QCoreApplication::translate(
                "rs::Store", "%1 was written by a newer Rolesheet (schema %2); this version reads up to schema %3.")
                .arg(location, QString::number(version.value()), QString::number(Schema::latestVersion())));
    if (version.value() < Schema::latestVersion()) {
        if (access == Access::ReadOnly)
            return Error::badInput(QCoreApplication::translate("rs::Store",
                "%1 was written by an older Rolesheet and must be upgraded; open it for a change "
                "first.")
                                       .arg(location));
        if (store->m_dialect == Dialect::SQLite && !store->m_rehearsal) {
            if (Status s = store->rehearseUpgrade(); !s)
                return s.error();
        }
        if (Status s = Schema::migrate(database, store->m_dialect); !s)
            return s.error();
    }
    // Read whole before anything is written: a file that turns out damaged is refused as it was, byte for byte.
    if (Status s = store->load(); !s)
        return s.error();
    QSqlQuery q(database);
    if (access == Access::ReadWrite && store->m_dialect == Dialect::SQLite) {
        const QString damaged
            = QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(location);
        const auto unreadable = [&] {
            Error error = Error::badInput(damaged);
            error.detail = storefiles::errorDetail(q.lastError());
            return error;
        };
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return unreadable();
        const bool marked = quint32(q.value(0).toLongLong()) == storefiles::kApplicationId;
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
            return unreadable();
        const bool wal = q.value(0).toString() == QLatin1String("wal");
        q.finish();
        // Marking the file or switching it to WAL writes to it: every page is checked first.
        if (!marked || !wal) {
            if (Status s = store->checkIntact(); !s)
                return s.error();
        }
        // A workspace written before workspaces were marked, recognised by its schema: marked now.
        if (!marked && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(storefiles::kApplicationId)))
            return storefiles::sqlError(q.lastError(),
                QCoreApplication::translate("rs::Store", "%1 cannot be written.").arg(location), location);
        if (!wal)
            q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return store;
}

Status Store::checkIntact() const
{
    // Reads every page: a damaged file is found before anything writes to it, even where a plain read of the
    // tables would not look.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    const QString damaged
        = QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(m_location);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return failure(q.lastError(), damaged);
    if (q.next() && q.value(0).toString() == QLatin1String("ok"))
        return {};
    // SQLite's own report of the damage, a few lines of it, for the detail.
    QStringList report;
    for (bool more = q.isValid(); more && report.size() < 3; more = q.next())
        report.append(q.value(0).toString());
    Error error = Error::badInput(damaged);
    error.detail = report.isEmpty() ? storefiles::errorDetail(q.lastError())
                                    : QStringLiteral("quick_check: ") + report.join(QStringLiteral("; "));
    return error;
}

Status Store::rehearseUpgrade() const
{
    if (Status s = checkIntact(); !s)
        return s;
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(
            QCoreApplication::translate("rs::Store", "%1 cannot be upgraded: no temporary folder.").arg(m_location),
            dir.errorString());
    const QString copy = dir.filePath(QStringLiteral("upgrade.rolesheet"));
    // VACUUM INTO reads the workspace and writes the copy; the workspace itself is not written.
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return failure(q.lastError(),
            QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(m_location));
    q.addBindValue(copy);
    if (!q.exec())
        return failure(q.lastError(),
            QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(m_location));
    q.finish();
    std::unique_ptr<Store> trial(new Store(copy, Dialect::SQLite, newConnectionName()));
    trial->m_rehearsal = true;
    trial->m_rescue = m_rescue;
    Status s = trial->connect(Access::ReadWrite);
    if (s) {
        Result<std::unique_ptr<Store>> upgraded = finishOpen(std::move(trial), Access::ReadWrite);
        if (!upgraded)
            s = upgraded.error();
    }
    if (s)
        return {};
    Error error = s.error();
    error.message.replace(copy, m_location);
    return error;
}

Result<std::unique_ptr<Store>> Store::create(
    const QString &location, const Workspace &initial, const Credentials &credentials)
{
    if (Status s = initial.verify(); !s)
        return s.error();
    if (isPostgres(location)) {
        std::unique_ptr<Store> store(new Store(location, Dialect::PostgreSQL, newConnectionName()));
        if (Status s = store->connectPostgres(location, credentials); !s)
            return s.error();
        const Status created = store->watched([&]() -> Status {
            QSqlDatabase database = store->db();
            // An empty schema left by an interrupted create is taken over; a workspace with roles is not.
            if (Status s = Schema::migrate(database, Dialect::PostgreSQL); !s)
                return s;
            std::optional<Transaction> tx;
            if (Status s = store->begin(tx, Transaction::Mode::Write); !s)
                return s;
            QSqlQuery q(database);
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM roles")) || !q.next()) {
                return Error::storage(
                    QCoreApplication::translate("rs::Store", "%1 cannot be read.").arg(store->m_location),
                    storefiles::errorDetail(q.lastError()));
            }
            const bool holdsWorkspace = q.value(0).toLongLong() > 0;
            q.finish();
            tx.reset();
            if (holdsWorkspace)
                return Error::badInput(
                    QCoreApplication::translate("rs::Store", "%1 already holds a workspace; nothing was changed.")
                        .arg(store->m_location));
            store->m_workspace = initial;
            if (Status s = store->writeAll(QCoreApplication::translate("rs::Store", "Created the workspace")); !s)
                return s;
            return store->load();
        });
        if (!created)
            return created.error();
        return store;
    }
    if (QFileInfo::exists(location))
        return Error::badInput(
            QCoreApplication::translate("rs::Store", "%1 already exists; nothing was changed.").arg(location));
    // Leftovers of an earlier workspace are never adopted: SQLite would replay an old log into the new file.
    if (Status s = storefiles::checkCreatable(location); !s)
        return s.error();
    const QFileInfo info(location);
    if (!formats::makeOwnerOnlyFolder(info.absolutePath()))
        return Error::storage(
            QCoreApplication::translate("rs::Store", "The folder for %1 cannot be created.").arg(location));
    // Built beside the target and renamed into place when complete: no half-written workspace ever carries the name.
    // The half-built file is claimed exclusively, so two creates never build in the same file. It is its owner's
    // alone before SQLite opens it: SQLite gives the log and shared-memory files beside it the same mode.
    const QString partial = location + QStringLiteral(".partial");
    {
        QFile claim(partial);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::storage(QCoreApplication::translate(
                "rs::Store", "%1 cannot be created: %2 cannot be written (%3); nothing was changed.")
                                      .arg(location, partial, claim.errorString()));
    }
    const auto removePartial = [&]() {
        for (const QString &suffix :
            { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
            QFile::remove(partial + suffix);
    };
    // What the file holds once built: the workspace given, at this version and identity, with these revisions.
    Loaded written;
    {
        Store building(partial, Dialect::SQLite, newConnectionName());
        Status s = building.connect(Access::ReadWrite);
        if (s) {
            // No sync per transaction while the file is built under a name nothing opens (each step of the schema
            // and the write synced on its own): it is synced once, whole, before it takes its name (below).
            QSqlQuery q(building.db());
            q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
            // The references are checked once, whole, after the rows are in (below), not at each insert: a large
            // workspace's 1.4 million rows spent half their insert looking up the rows they name.
            q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
            QSqlDatabase database = building.db();
            s = Schema::migrate(database, Dialect::SQLite);
        }
        if (s) {
            QSqlQuery q(building.db());
            if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(storefiles::kApplicationId)))
                s = storefiles::sqlError(q.lastError(),
                    QCoreApplication::translate("rs::Store", "%1 cannot be written.").arg(location), location);
        }
        if (s) {
            building.m_workspace = initial;
            s = building.writeAll(QCoreApplication::translate("rs::Store", "Created the workspace"), nullptr,
                [&]() { return storefiles::checkReferences(building.db(), location); });
        }
        if (s)
            s = building.readAllRevisions(written.revisions);
        if (!s) {
            building.m_statements.reset(); // finalized before their connection closes
            building.db().close();
            removePartial();
            return s.error();
        }
        QSqlQuery q(building.db());
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        written.version = building.m_version;
        written.identity = building.m_identity;
    }
    if (!storefiles::syncToDisk(partial) || !QFile::rename(partial, location)) {
        removePartial();
        return Error::storage(QCoreApplication::translate("rs::Store", "%1 cannot be written.").arg(location));
    }
    // Opened as any workspace is, but not read back: it holds the workspace given, checked against the rules above,
    // as just written. Reading 1.4 million rows again took an eighth of creating a large workspace.
    written.workspace = initial;
    written.checked = true;
    std::unique_ptr<Store> store(new Store(location, Dialect::SQLite, newConnectionName()));
    if (Status s = store->connect(Access::ReadWrite); !s)
        return s.error();
    store->m_prefetched = std::move(written);
    return finishOpen(std::move(store), Access::ReadWrite);
}

Status Store::readAllRevisions(Revisions &into) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(allRevisionsQuery()))
        return failure(q.lastError(), QCoreApplication::translate("rs::Store", "%1 cannot be read.").arg(m_location));
    while (q.next())
        into.insert({ q.value(0).toInt(), q.value(1).toLongLong() }, q.value(2).toLongLong());
    return {};
}

Status Store::begin(std::optional<Transaction> &tx, Transaction::Mode mode, qint64 *version)
{
    m_prefetchedRows.clear(); // what the open read is stale once anything is read or written in a transaction
    const QString busy
        = QCoreApplication::translate("rs::Store", "The workspace is busy or cannot be written; nothing was changed.");
    tx.emplace(db(), m_dialect, mode);
    if (!tx->isOpen())
        return failure(tx->error(), busy);
    if (mode == Transaction::Mode::Read)
        return {};
    // Every writer takes the same row lock first: writers queue up, and each sees all that the others committed.
    QSqlQuery q(db());
    const bool locked = m_dialect == Dialect::SQLite
        ? q.exec(QStringLiteral("SELECT version FROM workspace_version WHERE id = 1"))
        : q.exec(QStringLiteral("SELECT version FROM workspace_version WHERE id = 1 FOR UPDATE"));
    if (!locked) {
        const QSqlError error = q.lastError();
        tx.reset();
        return failure(error, busy);
    }
    if (version)
        *version = q.next() ? q.value(0).toLongLong() : 0;
    return {};
}

Status Store::commit(Transaction &tx)
{
    if (tx.commit())
        return {};
    return failure(
        tx.error(), QCoreApplication::translate("rs::Store", "The workspace could not be saved; nothing was changed."));
}

Error Store::failure(const QSqlError &error, const QString &message) const
{
    return m_dialect == Dialect::SQLite ? storefiles::sqlError(error, message, m_location)
                                        : pgsession::storageError(message, error);
}

QString Store::readIdentity() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'")) && q.next())
        return q.value(0).toString();
    return {};
}

Result<qint64> Store::currentVersion() const
{
    return watched([this]() -> Result<qint64> {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("SELECT version FROM workspace_version WHERE id = 1")) || !q.next())
            return Error::storage(QCoreApplication::translate("rs::Store", "%1 cannot be read.").arg(m_location),
                storefiles::errorDetail(q.lastError()));
        return q.value(0).toLongLong();
    });
}

Status Store::load()
{
    Result<Loaded> loaded = !m_prefetched ? read(false, m_rescue)
        : m_prefetched->checked          ? Result<Loaded>(std::move(*m_prefetched))
                                         : verified(std::move(*m_prefetched), m_rescue);
    m_prefetched.reset();
    if (!loaded)
        return loaded.error();
    m_broken = loaded.value().broken;
    m_workspace = std::move(loaded.value().workspace);
    m_revisions = std::move(loaded.value().revisions);
    m_version = loaded.value().version;
    m_identity = loaded.value().identity;
    return {};
}

namespace {

// Whether the database holds still `version` of the workspace `identity` (an import makes another one): one
// statement, one snapshot.
bool holdsVersion(const QSqlDatabase &db, qint64 version, const QString &identity)
{
    if (identity.isEmpty())
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (%1), (SELECT value FROM meta WHERE key = '%2')")
                .arg(QLatin1String(rows::meta::kSelectVersion), QLatin1String(rows::meta::kIdentity)))
        || !q.next())
        return false;
    return !q.value(0).isNull() && q.value(0).toLongLong() == version && q.value(1).toString() == identity;
}

} // namespace

Status Store::reload()
{
    m_prefetchedRows.clear();
    return watched([this]() -> Status {
        if (std::optional<Status> changed = reloadChanged())
            return *changed;
        // Nothing committed since: kept as read, as reloadChanged() keeps it on PostgreSQL. Reading a large workspace
        // whole took a fifth of starting an access review, which reloads first.
        if (m_dialect == Dialect::SQLite && m_broken.isEmpty() && !m_prefetched
            && holdsVersion(db(), m_version, m_identity))
            return Status();
        return load();
    });
}

Error Store::lost() const
{
    return Error::storage(QCoreApplication::translate("rs::Store",
        "The connection to %1 was closed when the server stopped answering; open the workspace again. Nothing was "
        "changed.")
                              .arg(m_location));
}

} // namespace rs
