#pragma once

#include "Store.h"

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace rs {

// Tells an open editor that another process committed a change to its workspace: LISTEN/NOTIFY on PostgreSQL (a
// notification only prompts a read of the stored version; its payload is never trusted), the
// file and its write-ahead log watched on SQLite, with a slow poll behind both. It reads through a connection of its
// own and never touches the store; the store must outlive it.
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    // `credentials`: the password the store was opened with, if any; it is used for this connection and not kept.
    explicit StoreWatcher(
        const Store &store, QObject *parent = nullptr, const Credentials &credentials = Credentials());
    ~StoreWatcher() override;

    // Whether the watcher could connect; a watcher that could not still polls nothing and stays silent.
    bool isActive() const { return m_active; }
    // How often the database is read when nothing announced a change, in milliseconds.
    void setPollInterval(int milliseconds);

    // Reads the version now and emits changedElsewhere() if it is newer than the store's.
    void check();

Q_SIGNALS:
    // The workspace in the database is newer than what the store last read or wrote: call Store::reload() (after
    // keeping any staged changes) and show the result.
    void changedElsewhere(qint64 version);
    // PostgreSQL only: the workspace may have moved past the store's version — a notification says so (emitted
    // before the watcher looks itself, so that one round trip, the store's read, shows the change), or the watcher's
    // look found it. Whoever owns the store may read what changed through the store at once, in the slot; a
    // notification is not trusted, so the store's read decides. changedElsewhere() follows only if the store is
    // still behind.
    void hinted();
    // An approval request was filed, voted on, changed, applied or withdrawn (by anyone, this program too): what an
    // editor waiting for approvals reads again. Approval steps leave the workspace version as it is.
    void requestsChanged();

private:
    void watchFiles();
    void takeHint();
    // A mark that moves with every approval step: the newest request and vote, the revisions and final steps;
    // empty when unreadable.
    QString requestsMark() const;

    const Store &m_store;
    QString m_connection;
    bool m_active = false;
    qint64 m_announced = 0;
    qint64 m_hintedVersion = 0;
    QString m_requests;
    QTimer *m_poll = nullptr;
    QTimer *m_hint = nullptr;
    QFileSystemWatcher *m_files = nullptr;
};

} // namespace rs
