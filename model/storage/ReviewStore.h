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
    // reviewseal::evidenceHash() of the campaign as it was closed; empty while open, and for a campaign closed before
    // schema 8.
    QString evidenceHash;
    QList<Reviewer> reviewers; // those of the last assignment
    int assignment = 0; // 0: the reviewers it started with; each reassignment adds one

    bool isClosed() const { return closedAt.isValid(); }
};

// One item of a campaign with its decision, and whether its access changed since the campaign started.
struct CampaignItem
{
    review::Item item;
    review::Decision decision; // the last of `history`, with the outcome of the close; None when undecided
    QList<review::Decision> history; // every decision on the item, oldest first
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

// The member a review step is taken by: on PostgreSQL the member named as the database login, on SQLite the member
// the store acts for (--as).
struct ReviewActor
{
    Id member = 0;
    QString name;
};

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
    // Runs `work` in a write transaction under the writers' lock, with the workspace version the database holds.
    Status write(const std::function<Status(qint64 version)> &work);
    Status audit(qint64 version, const QString &summary, Id campaign, const QJsonObject &change);
    QString actorName() const;
    // Who started or closed a campaign, as before schema 8: the database login on PostgreSQL, else the OS user.
    QString who() const;

    Store &m_store;
    QString m_as;
};

} // namespace rs
