// Access reviews as the document offers them to the editor's views: requests run on the worker thread with the open
// store and answer on the document's thread; a close is an apply; the evidence is written on a thread of its own.
#include "Document.h"

#include "commands/EditSession.h"
#include "formats/ReviewEvidence.h"
#include "formats/SafeWrite.h"
#include "formats/XlsxExport.h"
#include "storage/ReviewDutyEvidence.h"
#include "storage/ReviewSeal.h"
#include "storage/ReviewStore.h"

#include <QCoreApplication>
#include <QThread>

namespace rs {

namespace {

Error notOpen()
{
    return Error::notFound(QCoreApplication::translate("rs::Document", "No workspace is open."));
}

Error cancelled()
{
    return Error::badInput(
        QCoreApplication::translate("rs::Document", "The export was cancelled; no file was written."));
}

// A review store acting as `as` (SQLite; the login decides on PostgreSQL).
ReviewStore reviewsAs(Store &store, const QString &as)
{
    ReviewStore reviews(store);
    if (!as.isEmpty())
        reviews.actAs(as);
    return reviews;
}

// Writes the evidence in the format the path's suffix names, telling how far it got; `cancel` stops it.
Status writeEvidence(const formats::ReviewEvidence &evidence, const QString &path, const std::atomic<bool> &cancel,
    const std::function<void(int, int)> &progress)
{
    const int total = int(evidence.items.size());
    const auto step = [&](int done, int) {
        progress(done, total);
        return !cancel;
    };
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        // Written page by page into the file.
        return formats::saveReviewPdf(evidence, path, formats::Overwrite::Replace, step);
    }
    QByteArray data;
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        Result<QByteArray> book = formats::reviewXlsx(evidence);
        if (!book)
            return book.error();
        data = std::move(book).value();
    } else {
        data = formats::reviewCsv(evidence);
    }
    if (!step(total, total))
        return cancelled();
    return formats::writeFileSafely(path, data, formats::Overwrite::Replace);
}

} // namespace

template <typename T>
void Document::askStore(QObject *context, std::function<T(Store &)> work, T closed, std::function<void(const T &)> done)
{
    StoreWorker *worker = m_worker;
    const QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, worker, guard, work = std::move(work), closed = std::move(closed), done = std::move(done)]() {
        std::optional<T> answer;
        worker->withStore([&](Store *store) { answer.emplace(store ? work(*store) : closed); });
        QMetaObject::invokeMethod(
            this,
            [guard, done, answer = std::move(*answer)]() {
                if (guard)
                    done(answer);
            },
            Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Document::reviewCampaigns(QObject *context, std::function<void(const Result<QList<Campaign>> &)> done)
{
    askStore<Result<QList<Campaign>>>(
        context, [](Store &store) { return ReviewStore(store).campaigns(); }, notOpen(), std::move(done));
}

void Document::reviewItems(QObject *context, const QString &campaign,
    std::function<void(const Result<std::pair<Campaign, QList<CampaignItem>>> &)> done)
{
    using Answer = Result<std::pair<Campaign, QList<CampaignItem>>>;
    askStore<Answer>(
        context,
        [campaign](Store &store) -> Answer {
            ReviewStore reviews(store);
            Result<Campaign> c = reviews.campaign(campaign);
            if (!c)
                return c.error();
            Result<QList<CampaignItem>> items = reviews.items(c.value());
            if (!items)
                return items.error();
            return std::make_pair(std::move(c).value(), std::move(items).value());
        },
        notOpen(), std::move(done));
}

void Document::startReview(
    QObject *context, const CampaignStart &request, const QString &as, std::function<void(const Result<Campaign> &)> done)
{
    askStore<Result<Campaign>>(
        context, [request, as](Store &store) { return reviewsAs(store, as).start(request); }, notOpen(),
        [this, done = std::move(done)](const Result<Campaign> &started) {
            if (started)
                Q_EMIT reviewsChanged(started.value().name);
            done(started);
        });
}

void Document::decideReview(QObject *context, const QString &campaign, const QList<review::ItemDecision> &decisions,
    const QString &as, std::function<void(const Result<int> &)> done)
{
    askStore<Result<int>>(
        context,
        [campaign, decisions, as](Store &store) -> Result<int> {
            ReviewStore reviews = reviewsAs(store, as);
            // One decision is recorded as `review decide` records it, with its own audit record.
            if (decisions.size() == 1) {
                if (Status s = reviews.decide(campaign, decisions.first().item, decisions.first().decision); !s)
                    return s.error();
                return 1;
            }
            return reviews.decideMany(campaign, decisions);
        },
        notOpen(),
        [this, campaign, done = std::move(done)](const Result<int> &decided) {
            if (decided && decided.value() > 0)
                Q_EMIT reviewsChanged(campaign);
            done(decided);
        });
}

void Document::planReviewClose(
    QObject *context, const QString &campaign, std::function<void(const Result<ClosePlan> &)> done)
{
    askStore<Result<ClosePlan>>(
        context, [campaign](Store &store) { return ReviewStore(store).planClose(campaign); }, notOpen(),
        std::move(done));
}

bool Document::closeReview(const ClosePlan &plan, const QString &as)
{
    if (isBusy()) {
        static_cast<void>(refuseWhileBusy(Operation::Apply));
        return false;
    }
    if (!isOpen()) {
        m_lastStatus = notOpen();
        return false;
    }
    if (m_session->hasStagedChanges()) {
        m_lastStatus = Error::badInput(
            tr("Apply or discard the staged changes before closing an access review."));
        return false;
    }
    m_sent = int(plan.changes.size());
    const quint64 operation = start(Operation::Apply);
    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker, operation, plan, as]() {
            Result<StoreSnapshot> result = worker->closeReview(plan, as);
            QMetaObject::invokeMethod(
                this,
                [this, operation, result, name = plan.campaign.name]() { onReviewClosed(operation, result, name); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

void Document::onReviewClosed(quint64 operation, Result<StoreSnapshot> result, const QString &campaign)
{
    if (operation != m_operation)
        return;
    if (!result) {
        finish(Operation::Apply, result.error());
        return;
    }
    // The store's workspace after the write: the revokes are in it, and nothing needs reading again.
    m_restoring = true;
    take(std::move(result.value()));
    m_restoring = false;
    finish(Operation::Apply, {});
    Q_EMIT reviewsChanged(campaign);
}

void Document::exportReview(QObject *context, const QString &campaign, const QString &path,
    std::shared_ptr<std::atomic<bool>> cancel, std::function<void(int done, int total)> progress,
    std::function<void(const Status &)> done)
{
    using Sealed = Result<formats::ReviewEvidence>;
    const QPointer<QObject> guard(context);
    askStore<Sealed>(
        context,
        [campaign](Store &store) -> Sealed {
            ReviewStore reviews(store);
            Result<Campaign> c = reviews.campaign(campaign);
            if (!c)
                return c.error();
            Result<QList<CampaignItem>> items = reviews.items(c.value());
            if (!items)
                return items.error();
            // Written only from rows that still agree with the audit trail.
            if (Status s = reviewseal::check(store, c.value(), items.value()); !s)
                return s.error();
            // With what the campaign froze of the duty rules and break glass, as the command line writes it.
            const Result<review::DutyEvidence> duties = reviewDutyEvidence(store, c.value());
            if (!duties)
                return duties.error();
            return formats::ReviewEvidence { store.workspace().name(), std::move(c).value(), std::move(items).value(),
                store.workspace().timeZone(), duties.value() };
        },
        notOpen(),
        [this, guard, path, cancel, progress = std::move(progress), done = std::move(done)](const Sealed &sealed) {
            if (!sealed) {
                done(sealed.error());
                return;
            }
            // The file is written off this thread; its progress and outcome come back here.
            auto outcome = std::make_shared<Status>();
            QThread *writer = QThread::create([this, guard, evidence = sealed.value(), path, cancel, progress,
                                                  outcome]() {
                *outcome = writeEvidence(evidence, path, *cancel, [this, guard, progress](int n, int total) {
                    QMetaObject::invokeMethod(
                        this,
                        [guard, progress, n, total]() {
                            if (guard)
                                progress(n, total);
                        },
                        Qt::QueuedConnection);
                });
                if (*cancel && !*outcome)
                    *outcome = cancelled();
            });
            m_exports.append({ writer, cancel });
            connect(writer, &QThread::finished, this, [this, writer, guard, outcome, done]() {
                m_exports.removeIf([writer](const ExportRun &run) { return run.thread == writer; });
                writer->deleteLater();
                if (guard)
                    done(*outcome);
            });
            writer->start();
        });
}

} // namespace rs
