#include "StoreWatcher.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace rs {

namespace {

const QLatin1String kChannel("rolesheet_changed");

QString newWatcherConnection()
{
    static QAtomicInt counter;
    return QStringLiteral("rolesheet-watcher-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

StoreWatcher::StoreWatcher(const Store &store, QObject *parent, const Credentials &credentials)
    : QObject(parent)
    , m_store(store)
    , m_connection(newWatcherConnection())
    , m_announced(store.version())
    , m_poll(new QTimer(this))
{
    QSqlDatabase db = store.cloneConnection(m_connection);
    if (store.dialect() == Dialect::SQLite)
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    if (!credentials.password.isEmpty())
        db.setPassword(credentials.password);
    m_active = db.open();
    db.setPassword(QString());
    if (m_active && store.dialect() == Dialect::SQLite)
        QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
    if (!m_active)
        return;
    if (store.dialect() == Dialect::PostgreSQL) {
        QSqlDriver *driver = db.driver();
        // A notification is only a hint to look: any database user may send one on this channel, with any
        // payload. The payload only says where to look first (a version past the store's: the store's own read,
        // through hinted()); the version row decides. Hints arriving together are read once.
        m_hint = new QTimer(this);
        m_hint->setSingleShot(true);
        m_hint->setInterval(0);
        connect(m_hint, &QTimer::timeout, this, &StoreWatcher::takeHint);
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != kChannel)
                    return;
                bool number = false;
                const qint64 version = payload.toString().toLongLong(&number);
                if (number)
                    m_hintedVersion = std::max(m_hintedVersion, version);
                if (!m_hint->isActive())
                    m_hint->start();
            });
        driver->subscribeToNotification(kChannel);
        setPollInterval(5000);
    } else {
        watchFiles();
        setPollInterval(500);
    }
    connect(m_poll, &QTimer::timeout, this, &StoreWatcher::check);
    m_poll->start();
    m_requests = requestsMark();
}

StoreWatcher::~StoreWatcher()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            if (m_store.dialect() == Dialect::PostgreSQL)
                db.driver()->unsubscribeFromNotification(kChannel);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void StoreWatcher::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void StoreWatcher::watchFiles()
{
    // SQLite in WAL mode writes a commit to the -wal file; the main file changes at checkpoints. The folder is
    // watched too, for a -wal file that comes and goes.
    m_files = new QFileSystemWatcher(this);
    const QString path = m_store.location();
    const QStringList paths = { path, path + QStringLiteral("-wal"), QFileInfo(path).absolutePath() };
    for (const QString &p : paths) {
        if (QFileInfo::exists(p))
            m_files->addPath(p);
    }
    const auto changed = [this](const QString &) {
        const QString wal = m_store.location() + QStringLiteral("-wal");
        if (QFileInfo::exists(wal) && !m_files->files().contains(wal))
            m_files->addPath(wal);
        check();
    };
    connect(m_files, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_files, &QFileSystemWatcher::directoryChanged, this, changed);
}

namespace {

// The approval rows' mark: only ever inserted, so the largest keys and the counts move with every step.
const char kMarkColumns[] = "(SELECT COALESCE(MAX(id), 0) FROM approval_requests), "
                            "(SELECT COALESCE(MAX(seq), 0) FROM approval_votes), "
                            "(SELECT COUNT(*) FROM approval_revisions), (SELECT COUNT(*) FROM approval_steps)";

QString markFrom(const QSqlQuery &q, int first)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(q.value(first).toLongLong())
        .arg(q.value(first + 1).toLongLong())
        .arg(q.value(first + 2).toLongLong())
        .arg(q.value(first + 3).toLongLong());
}

} // namespace

void StoreWatcher::check()
{
    if (!m_active)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // The version and the approval rows' mark in one statement: one round trip per look. A workspace without the
    // approval tables (an older schema opened read-only) is asked for its version alone.
    const bool marks = !m_requests.isEmpty()
        && q.exec(QStringLiteral("SELECT version, ") + QLatin1String(kMarkColumns)
            + QStringLiteral(" FROM workspace_version WHERE id = 1"));
    if (!marks && !q.exec(QStringLiteral("SELECT version FROM workspace_version WHERE id = 1")))
        return;
    if (!q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    const QString requests = marks ? markFrom(q, 1) : m_requests;
    q.finish();
    // On PostgreSQL whoever owns the store may read what changed through it at once (hinted()); what it did not
    // read is announced.
    if (version > m_store.version() && m_hint)
        Q_EMIT hinted();
    if (version > m_store.version() && version > m_announced) {
        m_announced = version;
        Q_EMIT changedElsewhere(version);
    }
    if (requests != m_requests) {
        m_requests = requests;
        Q_EMIT requestsChanged();
    }
}

void StoreWatcher::takeHint()
{
    if (m_hintedVersion > m_store.version())
        Q_EMIT hinted();
    m_hintedVersion = 0;
    check();
}

QString StoreWatcher::requestsMark() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT ") + QLatin1String(kMarkColumns)) || !q.next())
        return QString();
    return markFrom(q, 0);
}

} // namespace rs
