// The steps that change a campaign after it started: a reviewer's decision, the owner's new reviewers, the close.
#include "ReviewStore.h"

#include "ReviewSeal.h"
#include "ReviewStoreSql.h"
#include "ReviewStoreStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace rs {

using namespace reviewsql;

namespace {

QJsonArray idsOf(const QList<Reviewer> &reviewers)
{
    QJsonArray ids;
    for (const Reviewer &r : reviewers)
        ids.append(r.member);
    return ids;
}

QString namesOf(const QList<Reviewer> &reviewers)
{
    QStringList names;
    for (const Reviewer &r : reviewers)
        names.append(r.name);
    return names.join(QStringLiteral(", "));
}

} // namespace

Status ReviewStore::checkOpen(const Campaign &c) const
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    // Under the writers' lock: a close that committed before this is seen.
    if (!run(q, "SELECT COUNT(*) FROM review_closings WHERE campaign_id = ?", { c.id }) || !q.next())
        return unsaved(q);
    if (q.value(0).toInt() > 0)
        return Error::rule(tr("Access review %1 is closed; its decisions can no longer change.").arg(quoted(c.name)));
    return {};
}

Status ReviewStore::decide(const QString &campaignName, int item, review::Decision decision)
{
    Result<Campaign> c = campaign(campaignName);
    if (!c)
        return c.error();
    if (Status s = review::checkDecision(decision, QDate::currentDate()); !s)
        return s;
    if (item < 1 || item > c.value().itemCount)
        return Error::notFound(tr("Access review %1 has no item %2; its items are numbered 1 to %3.")
                                   .arg(quoted(c.value().name))
                                   .arg(item)
                                   .arg(c.value().itemCount));
    const Result<ReviewActor> me = actor();
    if (!me)
        return me.error();
    const Campaign &campaign = c.value();
    return write([&](qint64 version) -> Status {
        if (Status open = checkOpen(campaign); !open)
            return open;
        // The reviewers and the item as the database holds them under the writers' lock.
        Result<QList<Reviewer>> reviewers = readReviewers(campaign.id);
        if (!reviewers)
            return reviewers.error();
        const bool reviews = std::any_of(reviewers.value().cbegin(), reviewers.value().cend(),
            [&](const Reviewer &r) { return r.member == me.value().member; });
        if (reviewers.value().isEmpty())
            return Error::rule(tr("Access review %1 has no reviewers; the workspace's owner names them first.")
                                   .arg(quoted(campaign.name)));
        if (!reviews)
            return Error::rule(tr("%1 is not a reviewer of access review %2; its reviewers are %3.")
                                   .arg(quoted(me.value().name), quoted(campaign.name), namesOf(reviewers.value())));
        QSqlQuery q(m_store.db());
        q.setForwardOnly(true);
        if (!run(q, "SELECT member_id FROM review_items WHERE campaign_id = ? AND item = ?", { campaign.id, item })
            || !q.next())
            return unsaved(q);
        if (q.value(0).toLongLong() == me.value().member)
            return Error::rule(tr("%1 cannot decide item %2 of access review %3: it is their own access.")
                                   .arg(quoted(me.value().name))
                                   .arg(item)
                                   .arg(quoted(campaign.name)));
        q.finish();
        decision.decidedBy = me.value().name;
        decision.member = me.value().member;
        decision.actor = actorName();
        decision.at = parseStamp(stamp(QDateTime::currentDateTimeUtc()));
        Result<qint64> seq = insertDecision(campaign.id, item, decision);
        if (!seq)
            return seq.error();
        decision.seq = seq.value();
        QJsonObject change = reviewseal::decisionRecord(item, decision);
        change.insert(QStringLiteral("kind"), QStringLiteral("review-decide"));
        change.insert(QStringLiteral("campaign"), campaign.name);
        return audit(version,
            tr("Access review %1, item %2: %3").arg(quoted(campaign.name)).arg(item).arg(decision.text()), campaign.id,
            change);
    });
}

Result<int> ReviewStore::decideMany(const QString &campaignName, QList<review::ItemDecision> decisions)
{
    Result<Campaign> c = campaign(campaignName);
    if (!c)
        return c.error();
    const Campaign &campaign = c.value();
    const QDate today = QDate::currentDate();
    for (review::ItemDecision &d : decisions) {
        if (d.item < 1 || d.item > campaign.itemCount)
            return Error::notFound(tr("Access review %1 has no item %2; its items are numbered 1 to %3.")
                                       .arg(quoted(campaign.name))
                                       .arg(d.item)
                                       .arg(campaign.itemCount));
        if (Status s = review::checkDecision(d.decision, today); !s)
            return Error::badInput(tr("Item %1: %2").arg(d.item).arg(s.error().message));
    }
    if (decisions.isEmpty())
        return 0;
    const Result<ReviewActor> me = actor();
    if (!me)
        return me.error();
    Status written = write([&](qint64 version) -> Status {
        if (Status open = checkOpen(campaign); !open)
            return open;
        Result<QList<Reviewer>> reviewers = readReviewers(campaign.id);
        if (!reviewers)
            return reviewers.error();
        if (reviewers.value().isEmpty())
            return Error::rule(tr("Access review %1 has no reviewers; the workspace's owner names them first.")
                                   .arg(quoted(campaign.name)));
        const bool reviews = std::any_of(reviewers.value().cbegin(), reviewers.value().cend(),
            [&](const Reviewer &r) { return r.member == me.value().member; });
        if (!reviews)
            return Error::rule(tr("%1 is not a reviewer of access review %2; its reviewers are %3.")
                                   .arg(quoted(me.value().name), quoted(campaign.name), namesOf(reviewers.value())));
        // The reviewer's own access, as the database holds the items under the writers' lock.
        Statement own(m_store.db(), "SELECT item FROM review_items WHERE campaign_id = ? AND member_id = ?");
        own.bind(0, campaign.id);
        own.bind(1, me.value().member);
        if (!own.select())
            return Error::storage(tr("The access review could not be saved; nothing was changed."), own.error());
        QSet<int> mine;
        while (own.next())
            mine.insert(int(own.integer(0)));
        for (const review::ItemDecision &d : std::as_const(decisions)) {
            if (mine.contains(d.item))
                return Error::rule(tr("%1 cannot decide item %2 of access review %3: it is their own access.")
                                       .arg(quoted(me.value().name))
                                       .arg(d.item)
                                       .arg(quoted(campaign.name)));
        }
        const QDateTime at = parseStamp(stamp(QDateTime::currentDateTimeUtc()));
        for (review::ItemDecision &d : decisions) {
            d.decision.decidedBy = me.value().name;
            d.decision.member = me.value().member;
            d.decision.actor = actorName();
            d.decision.at = at;
        }
        Result<QPair<qint64, qint64>> seqs = insertDecisions(campaign.id, decisions);
        if (!seqs)
            return seqs.error();
        QJsonObject change = reviewseal::decisionsRecord(decisions);
        change.insert(QStringLiteral("kind"), QStringLiteral("review-decide-many"));
        change.insert(QStringLiteral("campaign"), campaign.name);
        return audit(version,
            QCoreApplication::translate(
                "rs::ReviewStore", "Access review %1: %n items decided at once", nullptr, int(decisions.size()))
                .arg(quoted(campaign.name)),
            campaign.id, change);
    });
    if (!written)
        return written.error();
    return int(decisions.size());
}

Status ReviewStore::setReviewers(const QString &campaignName, const QList<Id> &reviewers)
{
    if (Status s = m_store.reload(); !s)
        return s.error();
    Result<Campaign> c = campaign(campaignName);
    if (!c)
        return c.error();
    const Workspace &ws = m_store.workspace();
    QList<Id> members;
    for (Id id : reviewers) {
        if (!ws.member(id))
            return Error::notFound(tr("A reviewer is not a member of the workspace."));
        if (!members.contains(id))
            members.append(id);
    }
    if (members.isEmpty())
        return Error::badInput(tr("An access review needs at least one reviewer."));
    const Result<ReviewActor> me = actor();
    if (!me)
        return me.error();
    if (me.value().member != ws.owner())
        return Error::rule(tr("Only the workspace's owner names the reviewers of an access review; %1 is not the "
                              "owner.")
                               .arg(quoted(me.value().name)));
    const Campaign &campaign = c.value();
    return write([&](qint64 version) -> Status {
        if (Status open = checkOpen(campaign); !open)
            return open;
        int assignment = 0;
        Result<QList<Reviewer>> before = readReviewers(campaign.id, &assignment);
        if (!before)
            return before.error();
        const int next = assignment + 1;
        if (Status s = insertReviewers(campaign.id, next, members); !s)
            return s;
        Result<QList<Reviewer>> now = readReviewers(campaign.id);
        if (!now)
            return now.error();
        return audit(version,
            tr("Access review %1: reviewers %2 (were %3)")
                .arg(quoted(campaign.name), namesOf(now.value()),
                    before.value().isEmpty() ? tr("none") : namesOf(before.value())),
            campaign.id,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("review-reviewers") },
                { QStringLiteral("campaign"), campaign.name }, { QStringLiteral("assignment"), next },
                { QStringLiteral("reviewers"), idsOf(now.value()) },
                { QStringLiteral("before"), idsOf(before.value()) } });
    });
}

Result<Campaign> ReviewStore::close(const ClosePlan &plan)
{
    const Campaign &c = plan.campaign;
    const QDateTime now = parseStamp(stamp(QDateTime::currentDateTimeUtc()));
    const Result<ReviewActor> me = actor();
    const QString closedBy = me ? me.value().name : who();
    // Inside the transaction that applies the changes: the decisions must still be those the plan was made from,
    // every item decided, and the campaign still open.
    Result<QHash<int, QList<review::Decision>>> planned = m_store.watched([&] { return readDecisions(c.id); });
    if (!planned)
        return planned.error();
    const auto lastSeqs = [](const QHash<int, QList<review::Decision>> &decisions) {
        QHash<int, qint64> seqs;
        for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
            seqs.insert(it.key(), it.value().isEmpty() ? 0 : it.value().last().seq);
        return seqs;
    };
    const auto finish = [&](qint64 version) -> Status {
        if (Status open = checkOpen(c); !open)
            return Error::rule(tr("Access review %1 is closed already.").arg(quoted(c.name)));
        Result<Campaign> stored = readCampaign(QStringLiteral("WHERE c.id = ?"), c.id);
        if (!stored)
            return stored.error();
        Result<QList<review::Item>> items = readItems(c.id);
        if (!items)
            return items.error();
        Result<QHash<int, QList<review::Decision>>> decisions = readDecisions(c.id);
        if (!decisions)
            return decisions.error();
        if (decisions.value().size() != c.itemCount || lastSeqs(decisions.value()) != lastSeqs(planned.value()))
            return Error::conflict(tr("Another reviewer changed a decision of access review %1 while it was being "
                                      "closed. Nothing was changed; close it again.")
                                       .arg(quoted(c.name)));
        // The campaign as it will read once closed: what its evidence hash covers.
        Campaign closed = stored.value();
        closed.closedAt = now;
        closed.closedBy = closedBy;
        closed.appliedVersion = version;
        QList<CampaignItem> sealed;
        for (review::Item &i : items.value()) {
            QString outcome;
            if (plan.changedItems.contains(i.number))
                outcome = QStringLiteral("changed");
            else if (plan.revoked.contains(i.number))
                outcome = QStringLiteral("applied");
            else
                outcome = QStringLiteral("kept");
            if (Status s = insertOutcome(c.id, i.number, outcome); !s)
                return s;
            CampaignItem ci;
            ci.history = decisions.value().value(i.number);
            ci.history.last().outcome = outcome;
            ci.decision = ci.history.last();
            ci.item = std::move(i);
            sealed.append(std::move(ci));
        }
        closed.evidenceHash = reviewseal::evidenceHash(closed, sealed);
        if (Status s = insertClosing(closed); !s)
            return s;
        return audit(version,
            QCoreApplication::translate(
                "rs::ReviewStore", "Closed access review %1: %n revoked", nullptr, int(plan.revoked.size()))
                .arg(quoted(c.name)),
            c.id,
            QJsonObject { { QStringLiteral("kind"), QStringLiteral("review-close") },
                { QStringLiteral("campaign"), c.name }, { QStringLiteral("revoked"), int(plan.revoked.size()) },
                { QStringLiteral("changed"), int(plan.changedItems.size()) },
                { QStringLiteral("closedAt"), stamp(closed.closedAt) }, { QStringLiteral("closedBy"), closedBy },
                { QStringLiteral("appliedVersion"), closed.appliedVersion },
                { QStringLiteral("evidenceHash"), closed.evidenceHash } });
    };
    Status s;
    if (plan.changes.isEmpty()) {
        s = write(finish);
    } else {
        QList<Change> changes = plan.changes;
        // Under an approval policy the revokes' audit records say who stands behind them: the review.
        s = write(finish, &changes,
            m_store.workspace().approvalPolicy().changes != ApprovalPolicy::Changes::None
                ? QJsonObject { { QStringLiteral("review"), c.name } }
                : QJsonObject());
    }
    if (!s)
        return s.error();
    return campaign(c.name);
}

} // namespace rs
