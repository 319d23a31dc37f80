#include "StoreWorker.h"

#include "storage/DutyStore.h"
#include "storage/ReviewStore.h"
#include "storage/StoreWatcher.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace rs {

StoreWorker::StoreWorker() = default;

StoreWorker::~StoreWorker()
{
    close();
}

void StoreWorker::setHook(Hook hook)
{
    QMutexLocker lock(&m_hookLock);
    m_hook = std::move(hook);
}

Status StoreWorker::before(DocumentOperation operation)
{
    Hook hook;
    {
        QMutexLocker lock(&m_hookLock);
        hook = m_hook;
    }
    return hook ? hook(operation) : Status();
}

StoreSnapshot StoreWorker::snapshot() const
{
    return StoreSnapshot { m_store->workspace(), m_store->location(), m_store->identity(), m_store->brokenRule(),
        m_store->version(), {} };
}

Result<StoreSnapshot> StoreWorker::open(
    quint64 operation, const QString &location, const QString &password, bool create, const Workspace &initial)
{
    m_pending.reset();
    m_pendingOperation = 0;
    if (Status s = before(create ? DocumentOperation::Create : DocumentOperation::Open); !s)
        return s.error();
    const Credentials credentials(password);
    if (create) {
        Result<std::unique_ptr<Store>> created = Store::create(location, initial, credentials);
        if (!created)
            return created.error();
    }
    // A workspace file that breaks a rule opens too, read-only, so its data can be seen and saved; a server's
    // workspace is refused as before.
    Result<std::unique_ptr<Store>> opened = Store::isPostgres(location)
        ? Store::open(location, Store::Access::ReadWrite, Store::Broken::Refuse, credentials)
        : Store::open(location, Store::Access::ReadWrite, Store::Broken::OpenForRescue, credentials);
    if (!opened)
        return opened.error();
    // The editor's applies pass the workspace's duty rules as the command line's do.
    if (Status s = DutyStore::guard(*opened.value(), dutyWarner()); !s)
        return s.error();
    m_pending = std::move(opened.value());
    m_pendingOperation = operation;
    return StoreSnapshot { m_pending->workspace(), m_pending->location(), m_pending->identity(),
        m_pending->brokenRule(), m_pending->version(), {} };
}

void StoreWorker::adopt(quint64 operation, const QString &password)
{
    if (!m_pending || m_pendingOperation != operation)
        return;
    m_watcher.reset();
    m_store = std::move(m_pending);
    watch(password);
}

void StoreWorker::watch(const QString &password)
{
    const Credentials credentials(password);
    m_watcher = std::make_unique<StoreWatcher>(*m_store, nullptr, credentials);
    connect(m_watcher.get(), &StoreWatcher::changedElsewhere, this, &StoreWorker::changedElsewhere);
    connect(m_watcher.get(), &StoreWatcher::requestsChanged, this, &StoreWorker::requestsChanged);
    connect(m_watcher.get(), &StoreWatcher::hinted, this, &StoreWorker::catchUp);
}

void StoreWorker::catchUp()
{
    if (!m_store)
        return;
    const qint64 was = m_store->version();
    // A failing read is left to the document's own reload, which says why.
    if (!before(DocumentOperation::Reload) || !m_store->reload()) {
        Q_EMIT changedElsewhere();
        return;
    }
    if (m_store->version() != was)
        Q_EMIT caughtUp(snapshot());
}

void StoreWorker::drop(quint64 operation)
{
    if (m_pendingOperation == operation)
        m_pending.reset();
}

Result<StoreSnapshot> StoreWorker::apply(QList<Change> changes)
{
    if (!m_store)
        return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
    if (Status s = before(DocumentOperation::Apply); !s)
        return s.error();
    m_dutyWarnings.clear();
    if (Status s = m_store->applyAll(changes); !s)
        return s.error();
    StoreSnapshot result = snapshot();
    result.dutyWarnings = m_dutyWarnings;
    return result;
}

Result<StoreSnapshot> StoreWorker::reload()
{
    if (!m_store)
        return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
    if (Status s = before(DocumentOperation::Reload); !s)
        return s.error();
    if (Status s = m_store->reload(); !s)
        return s.error();
    return snapshot();
}

Result<StoreSnapshot> StoreWorker::replace(const Workspace &workspace, const QString &summary)
{
    if (!m_store)
        return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
    if (Status s = before(DocumentOperation::Replace); !s)
        return s.error();
    if (Status s = m_store->replace(workspace, summary); !s)
        return s.error();
    // Read back as an open reads it, so what the window shows is what the database holds.
    if (Status s = m_store->reload(); !s)
        return s.error();
    return snapshot();
}

Result<StoreSnapshot> StoreWorker::closeReview(const ClosePlan &plan, const QString &as)
{
    if (!m_store)
        return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
    if (Status s = before(DocumentOperation::Apply); !s)
        return s.error();
    ReviewStore reviews(*m_store);
    if (!as.isEmpty())
        reviews.actAs(as);
    if (Result<Campaign> closed = reviews.close(plan); !closed)
        return closed.error();
    return snapshot();
}

Result<QList<AuditEntry>> StoreWorker::audit(const AuditFilter &filter)
{
    if (!m_store)
        return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
    if (Status s = before(DocumentOperation::Audit); !s)
        return s.error();
    return m_store->audit(filter);
}

Result<AuditChain> StoreWorker::verifyAudit()
{
    if (!m_store)
        return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
    if (Status s = before(DocumentOperation::Audit); !s)
        return s.error();
    return m_store->verifyAudit();
}

void StoreWorker::close()
{
    m_watcher.reset();
    m_pending.reset();
    m_store.reset();
}

} // namespace rs
