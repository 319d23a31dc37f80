#include "Document.h"

#include "commands/EditSession.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <optional>

namespace rs {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_session(new EditSession(this))
    , m_thread(new QThread(this))
    , m_worker(new StoreWorker)
    , m_journalTimer(new QTimer(this))
{
    m_thread->setObjectName(QStringLiteral("storeWorker"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWorker::changedElsewhere, this, [this]() {
        Q_EMIT changedElsewhere();
        reload();
    });
    // Read already, on the watcher's hint: taken as a reload's outcome, without asking the store again; a snapshot
    // this document cannot take as it stands (busy, another workspace open since) is read again the usual way.
    connect(m_worker, &StoreWorker::caughtUp, this, [this](const StoreSnapshot &snapshot) {
        if (!isOpen() || (!isBusy() && snapshot.version <= m_version && snapshot.identity == m_identity))
            return;
        if (isBusy() && m_reloadFromElsewhere) {
            m_reloadPending = true; // announced already; read once more after the reload under way
            return;
        }
        Q_EMIT changedElsewhere();
        if (isBusy() || snapshot.identity != m_identity || snapshot.location != m_location) {
            reload();
            return;
        }
        m_reloadFromElsewhere = true;
        onReloaded(start(Operation::Reload), snapshot);
    });
    connect(m_worker, &StoreWorker::requestsChanged, this, &Document::requestsChanged);
    m_thread->start();

    // The journal is written as soon as control returns to the event loop: after the grid has repainted, before the
    // next input is read. A burst of edits in one turn writes it once.
    m_journalTimer->setSingleShot(true);
    m_journalTimer->setInterval(0);
    connect(m_journalTimer, &QTimer::timeout, this, &Document::writeJournal);
    connect(m_session, &EditSession::stagedChanged, this, [this]() {
        if (!m_restoring)
            m_journalTimer->start();
    });
}

Document::~Document()
{
    const bool applying = isBusy() && m_kind == Operation::Apply;
    // Evidence being written stops between two items; no file is left.
    for (const ExportRun &run : std::as_const(m_exports)) {
        *run.cancel = true;
        run.thread->wait();
        delete run.thread;
    }
    m_exports.clear();
    if (m_journalTimer->isActive())
        writeJournal();
    m_operation = 0;
    // Waits for the operation under way (its outcome is dropped: the journal keeps the staged changes), then closes
    // the store and the watcher on their own thread.
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker]() { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    if (applying)
        settleApplyInFlight();
    // The session's item models read the stored workspace: the session goes first.
    delete m_session;
    m_session = nullptr;
}

template <typename Work> auto Document::onWorker(Work &&work)
{
    return QMetaObject::invokeMethod(m_worker, std::forward<Work>(work), Qt::QueuedConnection);
}

void Document::runOnStore(const std::function<void(Store *)> &work)
{
    QEventLoop loop;
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, &work, &loop]() {
            worker->withStore(work);
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    loop.exec();
}

void Document::setBeforeOperation(StoreWorker::Hook hook)
{
    m_worker->setHook(std::move(hook));
}

bool Document::canCancel() const
{
    return isBusy() && (m_kind == Operation::Open || m_kind == Operation::Create);
}

QString Document::busyText() const
{
    const QString name = QFileInfo(m_target).fileName();
    switch (m_kind) {
    case Operation::Open:
        return tr("Opening %1…").arg(name.isEmpty() ? m_target : name);
    case Operation::Create:
        return tr("Creating %1…").arg(name.isEmpty() ? m_target : name);
    case Operation::Apply:
        return tr("Applying %n staged changes…", nullptr, m_sent);
    case Operation::Reload:
        return tr("Reading the workspace again…");
    case Operation::Replace:
        return tr("Replacing the workspace…");
    case Operation::Audit:
        return tr("Reading the audit trail…");
    }
    return QString();
}

quint64 Document::start(Operation kind)
{
    m_kind = kind;
    m_operation = ++m_lastOperation;
    Q_EMIT busyChanged(true);
    return m_operation;
}

void Document::finish(Operation kind, const Status &status)
{
    m_operation = 0;
    m_lastStatus = status;
    Q_EMIT busyChanged(false);
    switch (kind) {
    case Operation::Open:
    case Operation::Create:
        Q_EMIT opened(status);
        break;
    case Operation::Apply:
        Q_EMIT applied(status, status ? m_sent : 0);
        break;
    case Operation::Reload:
        m_lastReloadFromElsewhere = m_reloadFromElsewhere;
        if (!m_reloadPending)
            m_reloadFromElsewhere = false;
        Q_EMIT reloaded(status, m_refused);
        break;
    case Operation::Replace:
        Q_EMIT replaced(status);
        break;
    case Operation::Audit:
        break;
    }
    Q_EMIT finished(kind, status);
    if (m_reloadPending && !isBusy()) {
        m_reloadPending = false;
        reloadAfterOwnWrite(); // whoever asked, m_reloadFromElsewhere still says
    }
}

Status Document::refuseWhileBusy(Operation kind)
{
    const Status busy = Error::badInput(tr("Wait until this is done: %1").arg(busyText()));
    m_lastStatus = busy;
    switch (kind) {
    case Operation::Open:
    case Operation::Create:
        Q_EMIT opened(busy);
        break;
    case Operation::Apply:
        Q_EMIT applied(busy, 0);
        break;
    case Operation::Reload:
        Q_EMIT reloaded(busy, 0);
        break;
    case Operation::Replace:
        Q_EMIT replaced(busy);
        break;
    case Operation::Audit:
        break;
    }
    return busy;
}

void Document::take(StoreSnapshot snapshot)
{
    // The session keeps a reference to the stored workspace: the old one goes once the session reads the new one.
    auto stored = std::make_unique<Workspace>(std::move(snapshot.workspace));
    m_session->load(*stored);
    m_stored = std::move(stored);
    m_location = snapshot.location;
    m_identity = snapshot.identity;
    m_brokenRule = snapshot.brokenRule;
    m_version = snapshot.version;
    m_dutyWarnings = snapshot.dutyWarnings;
}

bool Document::open(const QString &location, const QString &password)
{
    return runOpen(location, password, false, Workspace());
}

bool Document::create(const QString &location, const Workspace &initial)
{
    return runOpen(location, QString(), true, initial);
}

bool Document::runOpen(const QString &location, const QString &password, bool create, const Workspace &initial)
{
    if (isBusy()) {
        static_cast<void>(refuseWhileBusy(Operation::Open));
        return false;
    }
    m_target = location;
    const quint64 operation = start(create ? Operation::Create : Operation::Open);
    StoreWorker *worker = m_worker;
    onWorker([this, worker, operation, location, password, create, initial]() {
        Result<StoreSnapshot> result = worker->open(operation, location, password, create, initial);
        QMetaObject::invokeMethod(
            this, [this, operation, result, password]() { onOpened(operation, result, password); },
            Qt::QueuedConnection);
    });
    return true;
}

void Document::onOpened(quint64 operation, Result<StoreSnapshot> result, const QString &password)
{
    StoreWorker *worker = m_worker;
    if (operation != m_operation) {
        // Cancelled: the store it opened is closed, and the one open before stays.
        if (result)
            onWorker([worker, operation]() { worker->drop(operation); });
        return;
    }
    const Operation kind = m_kind;
    if (!result) {
        finish(kind, result.error());
        return;
    }
    onWorker([worker, operation, password]() { worker->adopt(operation, password); });
    if (m_journalTimer->isActive())
        writeJournal();
    m_journalTimer->stop();
    m_journal.reset(); // loading empties the staged list; the journal on disk must outlive that
    m_journalHeld = false;
    m_restoring = true;
    take(std::move(result.value()));
    m_restoring = false;
    m_journal = std::make_unique<Journal>(m_location, m_identity);
    m_journalWritten = false; // what is there is an earlier session's, offered before anything replaces it
    finish(kind, {});
}

bool Document::apply()
{
    if (isBusy()) {
        static_cast<void>(refuseWhileBusy(Operation::Apply));
        return false;
    }
    if (!isOpen() || !m_session->hasStagedChanges()) {
        m_lastStatus = {};
        return false;
    }
    const QList<Change> sent = m_session->stagedChanges();
    m_sent = int(sent.size());
    const quint64 operation = start(Operation::Apply);
    StoreWorker *worker = m_worker;
    auto inFlight = std::make_shared<ApplyInFlight>();
    inFlight->sent = sent;
    m_applyInFlight = inFlight;
    onWorker([this, worker, operation, sent, inFlight]() {
        Result<StoreSnapshot> result = worker->apply(sent);
        inFlight->outcome = result; // read by the destructor once this thread has stopped
        QMetaObject::invokeMethod(
            this, [this, operation, result, sent]() { onApplied(operation, result, sent); }, Qt::QueuedConnection);
    });
    return true;
}

void Document::onApplied(quint64 operation, Result<StoreSnapshot> result, const QList<Change> &sent)
{
    if (operation != m_operation)
        return;
    if (!result) {
        // Nothing was written: every change stays staged, and the journal keeps them.
        finish(Operation::Apply, result.error());
        if (result.error().code == Error::Code::Conflict)
            reload(); // the staged changes stay, now on top of the other writer's
        return;
    }
    // Changes staged while the apply ran stay staged, on top of what it wrote.
    const QList<Change> later = stagedSince(sent, m_session->stagedChanges());
    m_journalTimer->stop();
    m_restoring = true;
    take(std::move(result.value()));
    if (!later.isEmpty())
        m_session->replay(later);
    m_restoring = false;
    dropJournal();
    if (!later.isEmpty())
        writeJournal();
    finish(Operation::Apply, {});
}

QList<Change> Document::stagedSince(const QList<Change> &sent, const QList<Change> &now)
{
    qsizetype common = 0;
    while (common < sent.size() && common < now.size() && now.at(common) == sent.at(common))
        ++common;
    return now.mid(common);
}

void Document::settleApplyInFlight()
{
    const std::shared_ptr<ApplyInFlight> inFlight = std::move(m_applyInFlight);
    // Nothing written (or the outcome unknown): every change stays in the journal as it is.
    if (!inFlight || !inFlight->outcome || !*inFlight->outcome || m_journalHeld)
        return;
    const StoreSnapshot &written = inFlight->outcome->value();
    const QList<Change> later = stagedSince(inFlight->sent, m_session->stagedChanges());
    // The first write may have given the workspace its identity: the journal follows it, as writeJournal() does.
    if (m_journal && m_journalWritten && m_journal->workspaceId() != written.identity)
        m_journal->clear();
    const Journal journal(written.location, written.identity);
    if (Status s = journal.write(later, written.version); !s)
        qWarning("%s", qPrintable(s.error().message));
}

void Document::reload()
{
    m_reloadFromElsewhere = true;
    reloadAfterOwnWrite();
}

void Document::reloadAfterOwnWrite()
{
    if (!isOpen())
        return;
    if (isBusy()) {
        m_reloadPending = true;
        return;
    }
    const quint64 operation = start(Operation::Reload);
    StoreWorker *worker = m_worker;
    onWorker([this, worker, operation]() {
        Result<StoreSnapshot> result = worker->reload();
        QMetaObject::invokeMethod(
            this, [this, operation, result]() { onReloaded(operation, result); }, Qt::QueuedConnection);
    });
}

void Document::onReloaded(quint64 operation, Result<StoreSnapshot> result)
{
    if (operation != m_operation)
        return;
    m_refused = 0;
    if (!result) {
        finish(Operation::Reload, result.error());
        return;
    }
    const QList<Change> staged = m_session->stagedChanges();
    m_restoring = true;
    take(std::move(result.value()));
    m_refused = m_session->replay(staged);
    m_restoring = false;
    writeJournal();
    finish(Operation::Reload, {});
}

bool Document::replace(const Workspace &workspace, const QString &summary)
{
    if (isBusy()) {
        static_cast<void>(refuseWhileBusy(Operation::Replace));
        return false;
    }
    if (!isOpen()) {
        m_lastStatus = Error::notFound(tr("No workspace is open."));
        return false;
    }
    const quint64 operation = start(Operation::Replace);
    StoreWorker *worker = m_worker;
    onWorker([this, worker, operation, workspace, summary]() {
        Result<StoreSnapshot> result = worker->replace(workspace, summary);
        QMetaObject::invokeMethod(
            this, [this, operation, result]() { onReplaced(operation, result); }, Qt::QueuedConnection);
    });
    return true;
}

void Document::onReplaced(quint64 operation, Result<StoreSnapshot> result)
{
    if (operation != m_operation)
        return;
    if (!result) {
        finish(Operation::Replace, result.error());
        return;
    }
    m_journalTimer->stop();
    dropJournal();
    m_restoring = true;
    take(std::move(result.value()));
    m_restoring = false;
    // A replaced workspace has an identity of its own: its journal starts empty.
    m_journal = std::make_unique<Journal>(m_location, m_identity);
    finish(Operation::Replace, {});
}

void Document::discard()
{
    m_session->discard();
    m_journalTimer->stop();
    dropJournal();
}

bool Document::cancel()
{
    if (!canCancel())
        return false;
    // The worker finishes the open on its own; its store is closed when the answer comes, unseen.
    finish(m_kind, Error::badInput(tr("Cancelled; the workspace open before stays open as it was.")));
    return true;
}

Status Document::waitForFinished()
{
    if (!isBusy())
        return m_lastStatus;
    QEventLoop loop;
    Status status;
    const QMetaObject::Connection done
        = connect(this, &Document::finished, &loop, [&loop, &status](Operation, const Status &outcome) {
              status = outcome;
              loop.quit();
          });
    loop.exec();
    disconnect(done);
    return status;
}

int Document::restore(const QString &text, const QList<Change> &changes)
{
    m_restoring = true;
    const int refused = m_session->replayAsOneStep(text, changes);
    m_restoring = false;
    writeJournal();
    return refused;
}

void Document::holdJournal(bool held)
{
    m_journalHeld = held;
}

void Document::dropJournal()
{
    // Only a journal this session wrote: another window on the same workspace may keep its staged changes there.
    if (m_journal && m_journalWritten)
        m_journal->clear();
    m_journalWritten = false;
}

void Document::writeJournal()
{
    if (!m_journal || m_restoring || m_journalHeld)
        return;
    if (m_journal->workspaceId() != m_identity) {
        // The workspace was given its identity by its first write, or replaced: this session's journal follows it.
        dropJournal();
        m_journal = std::make_unique<Journal>(m_location, m_identity);
    }
    if (!m_session->hasStagedChanges()) {
        dropJournal();
        return;
    }
    if (Status s = m_journal->write(m_session->stagedChanges(), m_version); !s)
        Q_EMIT journalFailed(s.error().message);
    else
        m_journalWritten = true;
}

void Document::readAudit(
    QObject *context, const AuditFilter &filter, std::function<void(const Result<QList<AuditEntry>> &)> done)
{
    StoreWorker *worker = m_worker;
    const QPointer<QObject> guard(context);
    onWorker([this, worker, filter, guard, done = std::move(done)]() {
        const Result<QList<AuditEntry>> result = worker->audit(filter);
        QMetaObject::invokeMethod(
            this,
            [guard, done, result]() {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

void Document::checkAudit(QObject *context, std::function<void(const Result<AuditChain> &)> done)
{
    StoreWorker *worker = m_worker;
    const QPointer<QObject> guard(context);
    onWorker([this, worker, guard, done = std::move(done)]() {
        const Result<AuditChain> result = worker->verifyAudit();
        QMetaObject::invokeMethod(
            this,
            [guard, done, result]() {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

Result<AuditEntry> Document::keptImport(qint64 version)
{
    return onStore<Result<AuditEntry>>(
        [version](Store &store) { return store.keptImport(version); }, Error::badInput(tr("No workspace is open.")));
}

Result<QList<AuditEntry>> Document::audit(const AuditFilter &filter)
{
    std::optional<Result<QList<AuditEntry>>> result;
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, filter, &result]() { result.emplace(worker->audit(filter)); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

Result<AuditChain> Document::verifyAudit()
{
    std::optional<Result<AuditChain>> result;
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, &result]() { result.emplace(worker->verifyAudit()); }, Qt::BlockingQueuedConnection);
    return std::move(*result);
}

} // namespace rs
