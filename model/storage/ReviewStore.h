#pragma once

#include "Store.h"
#include "review/Campaign.h"

namespace rs {

// Access review campaigns kept in a workspace's database beside it, written through the workspace's store: every
// step in its own transaction and in the audit trail. Every review row is inserted once and never changed (schema
// 8): a decision is a row of its own, so reviewers deciding at once on PostgreSQL keep each other's decisions and a
// change of mind keeps the decision before it; closing applies the revokes and inserts the outcomes and the closing in
// one transaction. Each step's audit record carries what binds the rows it wrote (reviewseal::check()).
class ReviewStore
{
public:
    explicit ReviewStore(Store &store)
        : m_store(store)
    {
    }

    // Freezes the items in scope (delta: only the access that changed since the last closed campaign of the same
    // scope) and stores the campaign.
    Result<Campaign> start(const CampaignStart &request);
    Result<QList<Campaign>> campaigns() const;
    Result<Campaign> campaign(const QString &name) const;
    // The items with their decisions; `changed` is worked out against the store's workspace.
    Result<QList<CampaignItem>> items(const Campaign &campaign) const;
    // Records a decision on one item, by the acting member; refused on a closed campaign, an unknown item, an end
    // date in the past, a member who is not one of the campaign's reviewers, and an item of the member's own access.
    Status decide(const QString &campaign, int item, review::Decision decision);
    // Records many decisions by the acting member in one transaction and one audit record, or none: refused as
    // decide() refuses any one of them. Gives how many were recorded.
    Result<int> decideMany(const QString &campaign, QList<review::ItemDecision> decisions);
    // The owner names the campaign's reviewers anew (members of the workspace, at least one); refused on a closed
    // campaign and for anyone else.
    Status setReviewers(const QString &campaign, const QList<Id> &reviewers);
    // Who takes review steps through this store (see ReviewActor), or why nobody can.
    Result<ReviewActor> actor() const;
    // SQLite: act as this member instead of the store's actor (the editor's "Deciding as"). Ignored on PostgreSQL.
    void actAs(const QString &member) { m_as = member; }
    // What close() would do, or why it cannot: undecided items (counted), end dates the workspace cannot hold.
    Result<ClosePlan> planClose(const QString &campaign);
    // Applies the plan's changes and closes the campaign, in one transaction. Refused when the decisions changed
    // since the plan was made.
    Result<Campaign> close(const ClosePlan &plan);

private:
    // The rows the step under way inserted, by table and condition: what its audit record adds to the workspace's
    // digest (Digest.h).
    QList<QPair<const char *, QString>> m_newRows;
    Result<Campaign> readCampaign(const QString &where, const QVariant &value) const;
    Result<QList<review::Item>> readItems(Id campaign) const;
    // Every decision row of the campaign by item, oldest first, each with the item's outcome.
    Result<QHash<int, QList<review::Decision>>> readDecisions(Id campaign) const;
    Result<QList<Reviewer>> readReviewers(Id campaign, int *assignment = nullptr) const;
    // Inside a write: whether the campaign is closed already (an error saying so when it is).
    Status checkOpen(const Campaign &c) const;
    // The one place each kind of review row is inserted.
    Result<Id> insertCampaign(const Campaign &c);
    Status insertItems(Id campaign, const QList<review::Item> &items);
    Status insertReviewers(Id campaign, int assignment, const QList<Id> &members);
    Result<qint64> insertDecision(Id campaign, int item, const review::Decision &d);
    // Inserts the decisions in order and sets each one's seq; gives the first and last seq.
    Result<QPair<qint64, qint64>> insertDecisions(Id campaign, QList<review::ItemDecision> &decisions);
    Status insertOutcome(Id campaign, int item, const QString &outcome);
    Status insertClosing(const Campaign &closed);
    // Runs `work` through Store::writeBeside(), with the workspace version the database holds (with `changes`: the
    // version they produce); `work` ends with audit(), which sets the step's audit record.
    Status write(const std::function<Status(qint64 version)> &work, QList<Change> *changes = nullptr,
        const QJsonObject &approval = {});
    Status audit(qint64 version, const QString &summary, Id campaign, const QJsonObject &change);
    QString actorName() const;
    // Who started or closed a campaign, as before schema 8: the database login on PostgreSQL, else the OS user.
    QString who() const;

    Store &m_store;
    QString m_as;
    SideWrite *m_side = nullptr; // the write under way
};

} // namespace rs
