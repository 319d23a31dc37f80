#pragma once

#include "Store.h"
#include "review/Review.h"

namespace rs {

// A member asked to review a campaign, named as they were when it started.
struct Reviewer
{
    Id member = 0;
    QString name;
};

// An access review campaign as stored.
struct Campaign
{
    Id id = 0;
    QString name;
    review::Scope scope;
    QDate due;
    bool delta = false;
    Id follows = 0; // delta mode: the closed campaign it follows
    QString followsName;
    QDateTime startedAt;
    QString startedBy;
    qint64 startedVersion = 0;
    int itemCount = 0;
    QString itemsHash; // review::itemsHash() of the items when the campaign started
    QDateTime closedAt;
    QString closedBy;
    qint64 appliedVersion = 0; // the workspace version its changes were applied at
    QList<Reviewer> reviewers;

    bool isClosed() const { return closedAt.isValid(); }
};

// One item of a campaign with its decision, and whether its access changed since the campaign started.
struct CampaignItem
{
    review::Item item;
    review::Decision decision;
    bool changed = false; // the workspace no longer holds the access as it was frozen
};

// What starting a campaign needs.
struct CampaignStart
{
    QString name;
    review::Scope scope;
    QDate due;
    QList<Id> reviewers;
    bool delta = false;
};

// What closing a campaign would do: the changes its revokes make, and the items it leaves alone.
struct ClosePlan
{
    Campaign campaign;
    QList<Change> changes;
    QList<int> revoked; // the items the changes revoke, in the same order
    QList<int> changedItems; // decided, but their access changed since the start: not applied
    int kept = 0;
};

// Access review campaigns kept in a workspace's database beside it, written through the workspace's store: every
// step in its own transaction and in the audit trail. Decisions are single rows, so reviewers deciding at once on
// PostgreSQL keep each other's decisions; closing applies the revokes and records the campaign as closed in one
// transaction.
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
    // Records a decision on one item; refused on a closed campaign, an unknown item, an end date in the past.
    Status decide(const QString &campaign, int item, review::Decision decision);
    // What close() would do, or why it cannot: undecided items (counted), end dates the workspace cannot hold.
    Result<ClosePlan> planClose(const QString &campaign);
    // Applies the plan's changes and closes the campaign, in one transaction. Refused when the decisions changed
    // since the plan was made.
    Result<Campaign> close(const ClosePlan &plan);

private:
    Result<Campaign> readCampaign(const QString &where, const QVariant &value) const;
    Result<QList<review::Item>> readItems(Id campaign) const;
    Result<QHash<int, review::Decision>> readDecisions(Id campaign) const;
    // Runs `work` in a write transaction under the writers' lock, with the workspace version the database holds.
    Status write(const std::function<Status(qint64 version)> &work);
    Status audit(qint64 version, const QString &summary, Id campaign, const QJsonObject &change);
    QString who() const;

    Store &m_store;
};

} // namespace rs
